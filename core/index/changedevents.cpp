// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/changedevents.h"

#include "store/chronology.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace entente::core {

struct ChangedEventsReader::Outcome
{
    QList<IndexedEvent> current;
    QString error;
};

ChangedEventsReader::ChangedEventsReader(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("entente-changes"));
}

ChangedEventsReader::~ChangedEventsReader()
{
    // The connection is closed where it was opened, after the last request.
    m_pool.start([this] { m_store.close(); });
    m_pool.waitForDone();
}

void ChangedEventsReader::request(const QString &address, const QList<qint64> &ids)
{
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, address, ids] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (outcome.error.isEmpty())
            Q_EMIT read(address, ids, outcome.current);
        else
            Q_EMIT failed(address, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [this, address, ids] {
        Outcome outcome;
        if (!m_store.isOpen() || m_store.path() != address) {
            if (!m_store.open(address))
                return Outcome{{}, m_store.errorString()};
        }
        m_store.forgetCachedRows(); // the tables as the server has them now
        if (!m_store.readEvents(ids, [&](Event &e) {
                outcome.current.append(Chronology::indexed(e.id, toImported(e)));
                return true;
            }))
            outcome.error = m_store.errorString();
        return outcome;
    }));
}

} // namespace entente::core
