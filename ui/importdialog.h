// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>

#include "formats/importer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace entente::ui {

/*!
 * Imports a file of events: the format is detected (and can be chosen), a preview lists what will
 * be imported and every problem with its line or path, filters narrow big files (GDELT), and the
 * import runs off the GUI thread with a progress bar and Cancel, all or nothing, into a database
 * of the user's (never the bundled one). On success importedInto() names the database.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    /*! \a file to import; \a database the suggested target (created when missing). */
    ImportDialog(const QString &file, const QString &database, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QString importedInto() const { return m_importedInto; }
    /*! The preview's and the import's last report. */
    const core::ImportReport &report() const { return m_report; }
    bool isBusy() const { return m_watcher->isRunning(); }
    /*! For tests: the options the dialog would import with. */
    core::ImportOptions options() const;
    void setDatabase(const QString &path);
    void setSkipProblems(bool skip);
    /*! Starts the import (as the Import button does). */
    void startImport();
    /*! Cancels the preview or import running. */
    void cancel();

Q_SIGNALS:
    void previewShown();
    void importFinished(bool imported);

protected:
    void reject() override;

private:
    QString createOptionControls(const QString &file, const QString &database, QFormLayout *form);
    void createResultControls(QVBoxLayout *layout);
    void startPreview();
    void showPreview(bool ok, const QString &error);
    void run(bool import);
    void workFinished();
    void updateButtons();

    QString m_file;
    QComboBox *m_format = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_countries = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_rootCodes = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_sample = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skipProblems = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_running_import = false;
    /*! What a preview or an import on the thread pool hands back. */
    struct Outcome
    {
        core::ImportReport report;
        QString error;
        bool ok = false;
    };
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    core::ImportReport m_report;
    QString m_importedInto;
    QString m_filterError;
};

} // namespace entente::ui
