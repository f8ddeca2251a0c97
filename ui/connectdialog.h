// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace entente::ui {

/*!
 * File › Connect to Server…: where an Entente database on a PostgreSQL server is (host, port,
 * database, user), how to trust the connection (libpq's sslmode, and the authority's certificate
 * for verify-ca and verify-full) and, when the server wants one that ~/.pgpass does not give, a
 * password, kept for this session only unless the user asks for the system keyring. The address
 * it makes never holds the password.
 */
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /*! The address the fields make: postgresql://user@host:port/database?sslmode=…. */
    QString address() const;
    /*! Fills the fields from an address (the last one used); ignores what is not one. */
    void setAddress(const QString &address);
    QString password() const;
    /*! Whether to keep the password in the system keyring. */
    bool rememberPassword() const;

private:
    void updateState();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_rootCertificate;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace entente::ui
