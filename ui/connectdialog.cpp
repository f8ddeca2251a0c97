// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "store/serveraddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace entente::ui {

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(u"localhost"_s, this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_tls(new QComboBox(this)),
      m_rootCertificate(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the system keyring"), this)),
      m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_tls->setObjectName(u"encryption"_s);
    m_rootCertificate->setObjectName(u"rootCertificate"_s);
    m_password->setObjectName(u"password"_s);
    m_remember->setObjectName(u"remember"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("the database server-init made"));
    m_user->setPlaceholderText(tr("your login name"));
    // libpq's sslmode values, from least to most checked.
    m_tls->addItem(tr("Encrypt when the server can (prefer)"), u"prefer"_s);
    m_tls->addItem(tr("Never encrypt (disable)"), u"disable"_s);
    m_tls->addItem(tr("Always encrypt (require)"), u"require"_s);
    m_tls->addItem(tr("Encrypt and check the certificate's authority (verify-ca)"), u"verify-ca"_s);
    m_tls->addItem(tr("Encrypt and check the authority and host name (verify-full)"),
                   u"verify-full"_s);
    m_rootCertificate->setPlaceholderText(tr("libpq's default (~/.postgresql/root.crt)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to use ~/.pgpass or the keyring"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The Certificate Authority's Certificate"), m_rootCertificate->text(),
            tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCertificate->setText(file);
    });
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *certificateLabel = new QLabel(tr("&Authority's certificate:"), this);
    certificateLabel->setBuddy(m_rootCertificate); // a row of two widgets has no buddy of its own
    form->addRow(certificateLabel, certificateRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_rootCertificate, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    updateState();
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    if (!m_user->text().trimmed().isEmpty())
        url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    QUrlQuery query;
    const QString mode = m_tls->currentData().toString();
    if (mode != "prefer"_L1)
        query.addQueryItem(u"sslmode"_s, mode);
    if (!m_rootCertificate->text().trimmed().isEmpty())
        query.addQueryItem(u"sslrootcert"_s, m_rootCertificate->text().trimmed());
    url.setQuery(query);
    return url.toString();
}

void ConnectDialog::setAddress(const QString &text)
{
    QString error;
    const auto address = core::parseServerAddress(text, &error);
    if (!address)
        return;
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_database->setText(address->database);
    m_user->setText(address->user);
    const int mode = m_tls->findData(address->parameter(u"sslmode"_s, u"prefer"_s));
    m_tls->setCurrentIndex(std::max(mode, 0));
    m_rootCertificate->setText(address->parameter(u"sslrootcert"_s));
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void ConnectDialog::updateState()
{
    QString error;
    const bool valid = core::parseServerAddress(address(), &error).has_value();
    if (m_host->text().trimmed().isEmpty())
        m_preview->setText(tr("Give the server's host name or address."));
    else if (m_database->text().trimmed().isEmpty())
        m_preview->setText(tr("Give the name of the database on the server."));
    else
        m_preview->setText(valid ? address() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_remember->setEnabled(!m_password->text().isEmpty());
    const QString mode = m_tls->currentData().toString();
    m_rootCertificate->setEnabled(mode.startsWith("verify"_L1));
}

} // namespace entente::ui
