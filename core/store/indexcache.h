// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace entente::core {

/*!
 * The index cache's rows (see schema.sql): the first part of the serialized index in
 * index_cache, with the file change counter it is valid for, and the rest, when there is more
 * than kIndexCachePart, in index_cache_part (made when first needed: a database of 20 million
 * events has a cache of a gigabyte, and SQLite refuses a value of more than 10^9 bytes). A reader
 * of an older version sees a cache that does not deserialize and builds the index from the tables.
 */
inline constexpr qsizetype kIndexCachePart = qsizetype(256) << 20;

/*! Writes \a blob as the cache for \a changeCounter in parts of \a partSize bytes, inside the
    caller's transaction: it must be one transaction, the one that makes the counter one more. */
bool storeIndexCache(const QSqlDatabase &db, qint64 changeCounter, const QByteArray &blob,
                     QString *error, qsizetype partSize = kIndexCachePart);

/*!
 * The cache's bytes, read into memory the kernel may back with huge pages; nullopt when the file
 * has none or it was made for another change counter than \a changeCounter.
 */
std::optional<QByteArray> loadIndexCache(sqlite3 *db, qint64 changeCounter);

} // namespace entente::core
