// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/datasetloader.h"

#include <QThread>

namespace entente::core {

DatasetLoader::DatasetLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const EventIndex>>();
    qRegisterMetaType<StoreError>();
}

DatasetLoader::~DatasetLoader()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

void DatasetLoader::load(const QString &path)
{
    const quint64 generation = ++*m_generation;
    auto latest = m_generation;
    QThread *thread = QThread::create([this, path, generation, latest] {
        auto cancelled = [&] { return latest->load() != generation; };
        EventStore store;
        QString error;
        std::shared_ptr<const EventIndex> index;
        StoreError code = StoreError::None;
        if (!store.open(path)) {
            error = store.errorString();
            code = store.error();
        } else if (auto built = EventIndex::load(store, &error, cancelled)) {
            index = std::make_shared<const EventIndex>(std::move(*built));
        } else {
            code = store.error() == StoreError::None ? StoreError::Corrupt : store.error();
        }
        store.close();
        if (cancelled())
            return;
        // Back on the loader's thread; a newer load that started meanwhile wins there too.
        QMetaObject::invokeMethod(
            this,
            [this, path, index, error, code, generation, latest] {
                if (latest->load() != generation)
                    return;
                if (index)
                    Q_EMIT loaded(path, index);
                else
                    Q_EMIT failed(path, error, code);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("entente-load"));
    ++m_running;
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        --m_running;
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void DatasetLoader::cancel()
{
    ++*m_generation;
}

} // namespace entente::core
