// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/indexcache.h"

#include "store/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// Asks for transparent huge pages over the 2 MiB-aligned part of [data, data + size), before
// anything touches it (a hint: without them it is merely slower). At 20 million events the cache
// is a gigabyte, and faulting it in 4 KiB at a time (about 20 µs a fault on these virtual
// machines) took seconds.
void adviseHugePages(char *data, size_t size)
{
#ifdef __linux__
    constexpr uintptr_t kHuge = uintptr_t(2) << 20;
    const uintptr_t from = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t to = (reinterpret_cast<uintptr_t>(data) + size) & ~(kHuge - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

bool hasPartTable(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                          "'index_cache_part'");
    return q.next();
}

} // namespace

bool storeIndexCache(const QSqlDatabase &db, qint64 changeCounter, const QByteArray &blob,
                     QString *error, qsizetype partSize)
{
    QSqlQuery q(db);
    auto failed = [&] {
        *error = q.lastError().text();
        return false;
    };
    q.prepare(u"INSERT OR REPLACE INTO index_cache (id, change_counter, data) VALUES (1, ?, ?)"_s);
    q.addBindValue(changeCounter);
    q.addBindValue(blob.left(partSize));
    if (!q.exec())
        return failed();
    const bool more = blob.size() > partSize;
    if (more && !q.exec(u"CREATE TABLE IF NOT EXISTS index_cache_part (seq INTEGER PRIMARY KEY, "
                        "data BLOB NOT NULL)"_s))
        return failed();
    // Parts of an older cache go, whether or not this one needs any.
    if (!q.exec(
            u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'index_cache_part'"_s))
        return failed();
    if (q.next() && !q.exec(u"DELETE FROM index_cache_part"_s))
        return failed();
    q.prepare(u"INSERT INTO index_cache_part (seq, data) VALUES (?, ?)"_s);
    for (qsizetype from = partSize, seq = 1; from < blob.size(); from += partSize, ++seq) {
        q.addBindValue(qint64(seq));
        q.addBindValue(blob.mid(from, partSize));
        if (!q.exec())
            return failed();
    }
    return true;
}

std::optional<QByteArray> loadIndexCache(sqlite3 *db, qint64 changeCounter)
{
    // No table (an older file) or no row: no cache. Neither is an error.
    SqliteStatement head(db, "SELECT change_counter, length(data) FROM index_cache WHERE id = 1");
    if (!head.next() || head.int64(0) != changeCounter)
        return std::nullopt; // none, or written to since the cache was made
    struct Piece
    {
        const char *table;
        qint64 row;
        int bytes;
    };
    std::vector<Piece> pieces{{"index_cache", 1, int(head.int64(1))}};
    if (hasPartTable(db)) {
        SqliteStatement parts(db, "SELECT seq, length(data) FROM index_cache_part ORDER BY seq");
        while (parts.next())
            pieces.push_back({"index_cache_part", parts.int64(0), int(parts.int64(1))});
    }
    qsizetype total = 0;
    for (const Piece &p : pieces)
        total += p.bytes;
    QByteArray bytes(total, Qt::Uninitialized);
    adviseHugePages(bytes.data(), size_t(total));
    // Read past the memory map: through it, the cache's pages of the file would stay mapped, and
    // resident, beside the copy.
    const MemoryMapOff unmapped(db);
    qsizetype at = 0;
    bool read = true;
    for (const Piece &p : pieces) {
        sqlite3_blob *handle = nullptr;
        read = sqlite3_blob_open(db, "main", p.table, "data", p.row, 0, &handle) == SQLITE_OK &&
               sqlite3_blob_bytes(handle) == p.bytes &&
               sqlite3_blob_read(handle, bytes.data() + at, p.bytes, 0) == SQLITE_OK;
        sqlite3_blob_close(handle);
        if (!read)
            break;
        at += p.bytes;
    }
    return read ? std::optional<QByteArray>(std::move(bytes)) : std::nullopt;
}

} // namespace entente::core
