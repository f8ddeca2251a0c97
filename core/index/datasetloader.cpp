// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/datasetloader.h"

#include "index/eventtablemodel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace entente::core {

namespace {

struct Loaded
{
    std::shared_ptr<const EventIndex> index; //!< null: failed (or cancelled)
    QString error;
    StoreError code = StoreError::None;
};

// Reads, here, what the window reads first on its own thread: the table's first page of titles
// and the first event's details. After a reboot or a copy the file is not in the page cache, and
// those reads would wait for the disk on the GUI thread (775 ms at a million events, cold);
// afterwards they find the pages in memory.
void warmFirstRows(EventStore &store, const EventIndex &index)
{
    QList<qint64> ids;
    for (qsizetype pos = 0; pos < std::min<qsizetype>(EventTableModel::kPageSize, index.size());
         ++pos)
        ids.append(index.id(pos));
    store.headlines(ids);
    if (!ids.isEmpty())
        store.event(ids.front());
}

Loaded loadIndex(const QString &path, const std::function<bool()> &cancelled)
{
    EventStore store;
    Loaded out;
    if (!store.open(path)) {
        out.error = store.errorString();
        out.code = store.error();
    } else if (auto built = EventIndex::load(store, &out.error, cancelled)) {
        out.index = std::make_shared<const EventIndex>(std::move(*built));
        warmFirstRows(store, *out.index);
    } else {
        out.code = store.error() == StoreError::None ? StoreError::Corrupt : store.error();
    }
    // Closed on the thread that opened it.
    store.close();
    return out;
}

} // namespace

DatasetLoader::DatasetLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const EventIndex>>();
    qRegisterMetaType<StoreError>();
    m_pool.setObjectName(QStringLiteral("entente-load"));
}

DatasetLoader::~DatasetLoader()
{
    cancel();
    m_pool.waitForDone();
}

void DatasetLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    // Back on the loader's thread; a newer load that started meanwhile wins there too.
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (m_generation.load() != generation)
            return;
        if (loaded.index)
            Q_EMIT this->loaded(path, loaded.index);
        else
            Q_EMIT failed(path, loaded.error, loaded.code);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [this, path, generation] {
        return loadIndex(path, [this, generation] { return m_generation.load() != generation; });
    }));
}

void DatasetLoader::cancel()
{
    ++m_generation;
}

} // namespace entente::core
