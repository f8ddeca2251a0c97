// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/dataset.h"

#include <QCoreApplication>

namespace entente::core {

QString Dataset::notCheckedText()
{
    return QCoreApplication::translate(
        "entente::core::Dataset",
        "Imported or generated: no one has checked this event against its source.");
}

QString Dataset::notReviewedText()
{
    return QCoreApplication::translate(
        "entente::core::Dataset",
        "Proposed from a report's text: no one has reviewed this event against its source yet.");
}

QString Dataset::unsourcedText()
{
    return QCoreApplication::translate("entente::core::Dataset",
                                       "Unsourced: this event quotes no sentence from a source.");
}

void Dataset::setIndex(std::shared_ptr<const EventIndex> index)
{
    m_index = std::move(index);
    m_store.forgetCachedRows();
}

std::unique_ptr<Dataset> Dataset::open(const QString &path, QString *error, StoreError *code,
                                       const std::function<bool()> &cancelled)
{
    std::unique_ptr<Dataset> dataset(new Dataset);
    auto failed = [&](const QString &message) {
        *error = message;
        if (code)
            *code = dataset->m_store.error() == StoreError::None ? StoreError::Corrupt
                                                                 : dataset->m_store.error();
        return nullptr;
    };
    if (!dataset->m_store.open(path))
        return failed(dataset->m_store.errorString());
    QString indexError;
    auto index = EventIndex::load(dataset->m_store, &indexError, cancelled);
    if (!index)
        return failed(indexError);
    dataset->m_index = std::make_shared<const EventIndex>(std::move(*index));
    dataset->m_title = dataset->m_store.metadata(QStringLiteral("title"));
    dataset->m_synthetic = dataset->m_store.isSynthetic();
    dataset->m_checked = dataset->m_store.isChecked();
    return dataset;
}

std::unique_ptr<Dataset>
Dataset::openWithIndex(const QString &path, std::shared_ptr<const EventIndex> index, QString *error)
{
    std::unique_ptr<Dataset> dataset(new Dataset);
    if (!dataset->m_store.open(path)) {
        *error = dataset->m_store.errorString();
        return nullptr;
    }
    dataset->m_index = std::move(index);
    dataset->m_title = dataset->m_store.metadata(QStringLiteral("title"));
    dataset->m_synthetic = dataset->m_store.isSynthetic();
    dataset->m_checked = dataset->m_store.isChecked();
    return dataset;
}

} // namespace entente::core

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace entente::core {
QString bundledDatabasePath()
{
    const QString file = QStringLiteral("entente/azerbaijan-cambodia.sqlite");
    const QDir binDir(QCoreApplication::applicationDirPath());
    const QString installed =
        binDir.absoluteFilePath(QStringLiteral(ENTENTE_RELATIVE_DATADIR "/") + file);
    for (const QString &candidate :
         {installed, binDir.absoluteFilePath(QStringLiteral("../share/") + file)}) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    const QString located = QStandardPaths::locate(QStandardPaths::GenericDataLocation, file);
    return located.isEmpty() ? QDir::cleanPath(installed) : located;
}
} // namespace entente::core
