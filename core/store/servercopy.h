// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/fileguard.h"
#include "store/serveraddress.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace entente::core {

class EventStore;

/*!
 * The three roles `entente server-init` makes for a database on a server, named after it
 * (database "chronology": chronology_owner, chronology_editor, chronology_reader). None may log
 * in: a person's own login role is made a member of one (GRANT chronology_reader TO alice).
 *   - owner: owns the schema and its tables; copies whole databases in.
 *   - editor: reads everything; adds, changes and deletes events, their links, citations,
 *     sources, actors, topics and types; cannot change the schema, the countries or the meta.
 *   - reader: reads everything, changes nothing.
 */
struct ServerRoles
{
    QString owner, editor, reader;
};
ServerRoles serverRoles(const ServerAddress &address);

/*! What initServer() did. */
enum class ServerInit {
    Made,     //!< an empty database with the current schema and the three roles
    Upgraded, //!< a database of an older schema taken to the current one, its new counts counted
    Counted,  //!< the summaries a copy or import left pending counted (ServerSummary::isCounted())
};

/*!
 * Creates Entente's schema (resources/data/schema-pg.sql, then schema-pg-2.sql to the current
 * version) in the database at \a address and the three roles, in one transaction: all of it or
 * nothing. The user connecting must own the database (or be a superuser) and may create roles.
 * A database of an older schema is taken to the current one instead (what it lacked counted
 * from its events), and a current one whose summaries are pending has them counted, under the
 * writers' lock; \a outcome, when given, says which. False with one sentence in \a error; a
 * current database with its summaries counted is refused.
 */
bool initServer(const QString &address, QString *error, ServerInit *outcome = nullptr);

/*! How far a copy is (rows written, rows in all), and whether to go on: false cancels. */
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

/*!
 * Copies a whole Entente database between a file and a server, in either direction, all or
 * nothing. Into a server (\a to a postgresql:// address): the server's Entente database must be
 * empty (just made by initServer), and the rows go in with COPY inside one transaction. Into a
 * file: written as every database file is (a partial copy, fsync, rename), replacing an existing
 * file only when \a target says so. Ids, dates, sources and quotes come over unchanged; the
 * full-text index is rebuilt on the other side from the same folded words. False with one sentence
 * in \a error (a cancelled copy leaves the destination as it was, and says so).
 */
bool copyBetween(const QString &from, const OutputTarget &target, QString *error,
                 const CopyProgress &progress = {});

/*!
 * For replacing a server's whole Entente database (an import into it): opens a transaction on
 * \a server (a ReadWrite EventStore on a server) that blocks every other writer until it ends;
 * readers go on reading the rows as they were. False with one sentence in \a error.
 */
bool lockServerForReplacing(EventStore &server, QString *error);
/*!
 * After a commit that counted the summary anew (a copy, an import, an upgrade): vacuums and
 * analyses it, so that its index-only scans read no table pages (at 20M, the whole span's lanes
 * took 380 ms before and 65 ms after). Outside any transaction; a failure only costs speed.
 */
void settleServerSummary(QSqlDatabase db);
/*!
 * Inside that transaction, replaces every row of the server's Entente database with those of the
 * database file \a file (its meta too, not the schema's own keys). The caller commits, or rolls
 * back to leave the server as it was.
 */
bool replaceServerRows(EventStore &server, const QString &file, QString *error,
                       const CopyProgress &progress = {});

} // namespace entente::core
