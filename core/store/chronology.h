// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "index/eventindex.h"
#include "store/fileguard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace entente::core {

class EventWriter;

/*! Why a change to a user's database was not written. */
enum class ChangeFailure {
    None,
    Refused,          //!< the bundled dataset, or not a file the user may write
    ChangedElsewhere, //!< another program wrote the file since it was opened
    Busy,             //!< another program (an import) is writing it now
    NoSuchEvent,      //!< the event to change or remove is not there
    WriteFailed,      //!< SQLite could not write it (a full disk, a damaged file)
};

/*!
 * Writes the changes a person makes to their own chronology: add, replace or remove one event at
 * a time, each in one SQLite transaction of its own through EventWriter.
 *
 * The database stays open read-only for reading; a change opens it read-write for as long as the
 * change takes, under the same lock file as imports ("<path>.lock"), so an import and an edit of
 * one file never interleave. Each change runs with SQLite's rollback journal (journal_mode =
 * DELETE) and synchronous = FULL: the journal is on disk before the database is touched, and the
 * database before the journal goes, so a crash, a kill -9 or a power cut at any moment leaves the
 * database as it was before the change or after it. (WAL would be as safe but leaves -wal and
 * -shm files beside the user's file and makes even reading need write access to its folder; an
 * edit is one small transaction, where the rollback journal costs nothing that matters.)
 *
 * Before writing, the file's change counter (in SQLite's header; every commit increments it) and
 * its inode are compared with what they were when the database was opened, or after this editor's
 * own last change: a file written or replaced by another program is not written over, and the
 * user is told to open it again. The index cache stored in the file is keyed by that counter,
 * so a change invalidates it; the views get the new index from EventIndex::edited() instead.
 */
class Chronology final
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Chronology)

public:
    /*! Edits the database at \a path, as it was when its header said \a changeCounter. */
    Chronology(const QString &path, quint32 changeCounter);

    /*!
     * Whether the database at \a path may be edited: not the bundled dataset (its sentence says
     * to save a copy), a regular file the user may write.
     */
    static FileCheck editable(const QString &path);

    /*! Adds \a e as a new event; its id, or nullopt with one sentence in \a error. */
    std::optional<qint64> add(const ImportedEvent &e, QString *error);
    /*! Puts \a e back as the event \a id (undoing its removal). */
    bool restore(qint64 id, const ImportedEvent &e, QString *error);
    /*! Replaces the event \a id with \a e. */
    bool replace(qint64 id, const ImportedEvent &e, QString *error);
    /*! Removes the event \a id. */
    bool remove(qint64 id, QString *error);

    /*! One event's part in a change of several: absent → present adds (or, with an id,
        restores), present → present replaces, present → absent removes. */
    struct Move
    {
        qint64 id = 0; //!< 0 for an event to add; set by apply()
        std::optional<ImportedEvent> from, to;
    };
    /*!
     * Writes all of \a moves in one transaction (a report's accepted events, and their undo): all
     * or nothing. The ids of added events are set in \a moves.
     */
    bool apply(QList<Move> &moves, QString *error);

    /*!
     * Stores \a index, which must be the index of the file as this editor left it, as the file's
     * index cache, so that the next open reads it instead of rebuilding it from the tables (a
     * change makes the old cache stale). Nothing is written when the file changed since.
     */
    bool storeIndexCache(const EventIndex &index, QString *error);

    /*!
     * Whether a file written by another program since \a changeCounter is refused (the default:
     * what the user saw may be out of date). A plain addition from the command line shows
     * nothing beforehand, so it turns this off and runs after any writer before it.
     */
    void setRefuseChangesElsewhere(bool refuse) { m_refuseChangesElsewhere = refuse; }

    ChangeFailure failure() const { return m_failure; }
    /*!
     * True for a database on a PostgreSQL server. There every change goes through apply(): each
     * moved event must still be as its Move::from says (what the person saw when they began),
     * or the change is refused with both versions named; other writers wait for it (a lock),
     * and viewers hear of it at the commit (kServerChannel).
     */
    bool isServer() const;
    /*! The file's change counter after this editor's last change: the file as Entente knows it. */
    quint32 changeCounter() const { return m_changeCounter; }
    QString path() const { return m_path; }

    /*! What the index needs of \a e, written as the event \a id. */
    static IndexedEvent indexed(qint64 id, const ImportedEvent &e);

private:
    /*! Runs \a changes in one transaction; \a changedId, when given, must exist. */
    bool write(const std::function<bool(EventWriter &, QString *)> &changes, QString *error,
               qint64 changedId = 0);
    bool exists(const QSqlDatabase &db, qint64 id, QString *error);
    bool writeOnServer(const std::function<bool(EventWriter &, QString *)> &changes, QString *error,
                       qint64 changedId);
    bool unchangedOnServer(const QSqlDatabase &db, const Move &m, QString *error);
    std::optional<ImportedEvent> currentOnServer(qint64 id, QString *error);
    bool notifyViewers(const QSqlDatabase &db, const QList<Move> &moves, QString *error);
    bool fail(ChangeFailure failure, const QString &message, QString *error);
    /*! Compares the file with what this editor knows of it. */
    bool unchanged(QString *error);

    QString m_path;
    quint32 m_changeCounter = 0;
    quint64 m_inode = 0;
    ChangeFailure m_failure = ChangeFailure::None;
    bool m_refuseChangesElsewhere = true;
};

/*! The change counter in the SQLite header of \a path (0 when it cannot be read). */
quint32 fileChangeCounter(const QString &path);

/*!
 * When a change to \a path was interrupted (a crash, a kill), SQLite's journal beside it holds
 * what the database was before: rolls the change back so that read-only opens can read the file.
 * Does nothing for files without a journal or that the user cannot write. False with one
 * sentence in \a error when the rollback failed.
 */
bool recoverInterruptedChange(const QString &path, QString *error);

} // namespace entente::core
