// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventindex.h"
#include "store/eventstore.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace entente::core {

/*!
 * Loads a database's index off the GUI thread (QtConcurrent::run on a pool of its own, the
 * result handed back through a QFutureWatcher), so that opening a large file never blocks the
 * GUI thread. Only the newest load reports back (a newer load() or cancel() drops an older one,
 * which stops at its next check); loaded() and failed() arrive on the loader's thread. The caller
 * then opens the store for details itself (fast) with Dataset::openWithIndex().
 */
class DatasetLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DatasetLoader(QObject *parent = nullptr);
    ~DatasetLoader() override;

    void load(const QString &path);
    void cancel();

Q_SIGNALS:
    void loaded(const QString &path, std::shared_ptr<const entente::core::EventIndex> index);
    void failed(const QString &path, const QString &error, entente::core::StoreError code);

private:
    QThreadPool m_pool;
    std::atomic<quint64> m_generation = 0;
};

} // namespace entente::core
