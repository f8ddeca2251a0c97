// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/chronology.h"

#include "store/serversummary.h"

#include "index/dataset.h"
#include "store/eventreader.h"
#include "store/eventwriter.h"
#include "store/indexcache.h"
#include "store/serveraddress.h"
#include "store/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

quint64 inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

quint32 fileChangeCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    return header.size() == 100 ? qFromBigEndian<quint32>(header.constData() + 24) : 0;
}

bool recoverInterruptedChange(const QString &path, QString *error)
{
    const QString journal = path + u"-journal"_s;
    if (!QFileInfo::exists(journal) || QFileInfo(journal).size() == 0 ||
        !Chronology::editable(path).ok())
        return true;
    // Reading through a read-write connection makes SQLite roll the hot journal back.
    SqlConnection connection;
    bool ok = connection.open(path, u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    QString why = connection.database().lastError().text();
    if (ok) {
        QSqlQuery q(connection.database());
        ok = q.exec(u"SELECT count(*) FROM sqlite_master"_s);
        why = q.lastError().text();
    }
    if (!ok)
        *error = Chronology::tr("“%1” was left half-changed by a program that stopped, and "
                                "could not be restored: %2")
                     .arg(nativeName(path), why);
    return ok;
}

Chronology::Chronology(const QString &path, quint32 changeCounter)
    : m_path(path), m_changeCounter(changeCounter), m_inode(inodeOf(path))
{}

bool Chronology::isServer() const
{
    return isServerAddress(m_path);
}

FileCheck Chronology::editable(const QString &path)
{
    if (isSameFile(path, bundledDatabasePath()))
        return FileCheck::fail(FileCheck::Verdict::Refused,
                               tr("The bundled dataset is never changed; save a copy as your own "
                                  "database to add to it or edit it."));
    if (isServerAddress(path)) // what the user may change there, the server decides
        return {};
    const QFileInfo info(path);
    if (!info.isFile() || !info.isWritable())
        return FileCheck::fail(
            FileCheck::Verdict::CannotWrite,
            tr("“%1” cannot be changed: you may not write to it.").arg(nativeName(path)));
    return {};
}

bool Chronology::fail(ChangeFailure failure, const QString &message, QString *error)
{
    m_failure = failure;
    *error = message;
    return false;
}

bool Chronology::unchanged(QString *error)
{
    if (m_refuseChangesElsewhere &&
        (inodeOf(m_path) != m_inode || fileChangeCounter(m_path) != m_changeCounter))
        return fail(ChangeFailure::ChangedElsewhere,
                    tr("“%1” was changed by another program since Entente opened it; nothing was "
                       "written. Open it again to see those changes, then make yours.")
                        .arg(nativeName(m_path)),
                    error);
    return true;
}

bool Chronology::write(const std::function<bool(EventWriter &, QString *)> &changes, QString *error,
                       qint64 changedId)
{
    m_failure = ChangeFailure::None;
    if (const FileCheck check = editable(m_path); !check.ok())
        return fail(ChangeFailure::Refused, check.message, error);
    if (isServerAddress(m_path))
        return writeOnServer(changes, error, changedId);
    QLockFile lock(m_path + u".lock"_s);
    if (!tryLockForWriting(lock, 2000))
        return fail(ChangeFailure::Busy,
                    tr("Another program is writing “%1” (an import?); nothing was written. Try "
                       "again when it has finished.")
                        .arg(nativeName(m_path)),
                    error);
    QString why;
    if (!recoverInterruptedChange(m_path, &why))
        return fail(ChangeFailure::WriteFailed, why, error);
    if (!unchanged(error))
        return false;
    bool ok = false;
    {
        SqlConnection connection;
        if (!connection.open(m_path, u"QSQLITE_BUSY_TIMEOUT=2000"_s))
            return fail(ChangeFailure::WriteFailed, connection.database().lastError().text(),
                        error);
        QSqlQuery pragma(connection.database());
        for (const QString &p : {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA synchronous = FULL"_s,
                                 u"PRAGMA foreign_keys = ON"_s})
            pragma.exec(p);
        bool changedMeanwhile = false;
        ok = EventWriter::change(
            connection.database(),
            [&](EventWriter &writer, QString *message) {
                // Under SQLite's write lock: the counter cannot move between this check and the
                // commit.
                changedMeanwhile = !unchanged(message);
                return !changedMeanwhile && exists(connection.database(), changedId, message) &&
                       changes(writer, message);
            },
            &why);
        if (!ok) {
            if (m_failure == ChangeFailure::None)
                m_failure = ChangeFailure::WriteFailed;
            *error = m_failure != ChangeFailure::WriteFailed
                         ? why
                         : tr("Could not write the change to “%1”; the database is as it was: %2")
                               .arg(nativeName(m_path), why);
        }
    }
    m_changeCounter = fileChangeCounter(m_path);
    return ok;
}

bool Chronology::writeOnServer(const std::function<bool(EventWriter &, QString *)> &changes,
                               QString *error, qint64 changedId)
{
    QString why;
    const auto address = parseServerAddress(m_path, &why);
    if (!address)
        return fail(ChangeFailure::Refused, why, error);
    SqlConnection connection;
    if (!connection.openServer(*address, true))
        return fail(ChangeFailure::WriteFailed,
                    serverErrorSentence(connection.database().lastError(), *address), error);
    const bool ok = EventWriter::change(
        connection.database(),
        [&](EventWriter &writer, QString *message) {
            return exists(connection.database(), changedId, message) && changes(writer, message);
        },
        &why);
    if (!ok) {
        if (m_failure == ChangeFailure::None) {
            m_failure = ChangeFailure::WriteFailed;
            why = tr("The server did not take the change; nothing was written: %1")
                      .arg(serverErrorSentence(QSqlError(why, why), *address));
        }
        *error = why;
    }
    return ok;
}

bool Chronology::exists(const QSqlDatabase &db, qint64 id, QString *error)
{
    if (id <= 0)
        return true;
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM event WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next())
        return true;
    return fail(ChangeFailure::NoSuchEvent,
                tr("There is no event %1 in “%2”.").arg(id).arg(nativeName(m_path)), error);
}

std::optional<ImportedEvent> Chronology::currentOnServer(qint64 id, QString *error)
{
    EventStore store;
    if (!store.open(m_path)) {
        fail(ChangeFailure::WriteFailed, store.errorString(), error);
        return std::nullopt;
    }
    if (const auto event = store.event(id))
        return toImported(*event);
    fail(store.error() == StoreError::None ? ChangeFailure::NoSuchEvent
                                           : ChangeFailure::WriteFailed,
         store.error() == StoreError::None
             ? tr("There is no event %1 in “%2”.").arg(id).arg(nativeName(m_path))
             : store.errorString(),
         error);
    return std::nullopt;
}

std::optional<qint64> Chronology::add(const ImportedEvent &e, QString *error)
{
    if (isServer()) { // through apply(): checked, and announced to the viewers
        QList<Move> moves{{0, std::nullopt, e}};
        return apply(moves, error) ? std::optional(moves.first().id) : std::nullopt;
    }
    qint64 id = 0;
    if (!write([&](EventWriter &w, QString *message) { return w.insert(e, message, &id); }, error))
        return std::nullopt;
    return id;
}

bool Chronology::restore(qint64 id, const ImportedEvent &e, QString *error)
{
    if (isServer()) {
        QList<Move> moves{{id, std::nullopt, e}};
        return apply(moves, error);
    }
    return write([&](EventWriter &w, QString *message) { return w.insertAs(id, e, message); },
                 error);
}

bool Chronology::replace(qint64 id, const ImportedEvent &e, QString *error)
{
    if (isServer()) { // as it is now: a change from the command line has nothing older to check
        const auto current = currentOnServer(id, error);
        QList<Move> moves{{id, current, e}};
        return current && apply(moves, error);
    }
    return write([&](EventWriter &w, QString *message) { return w.update(id, e, message); }, error,
                 id);
}

bool Chronology::remove(qint64 id, QString *error)
{
    if (isServer()) {
        const auto current = currentOnServer(id, error);
        QList<Move> moves{{id, current, std::nullopt}};
        return current && apply(moves, error);
    }
    return write([&](EventWriter &w, QString *message) { return w.remove(id, message); }, error,
                 id);
}

bool Chronology::apply(QList<Move> &moves, QString *error)
{
    QList<Move> written = moves;
    const bool onServer = isServerAddress(m_path);
    const bool ok = write(
        [&](EventWriter &w, QString *message) {
            // On a server, under the writers' lock: each event must still be as the person saw
            // it when they began (no one else changed, deleted or re-added it since).
            QList<qint64> before;
            for (const Move &m : std::as_const(written)) {
                if (onServer && !unchangedOnServer(w.database(), m, message))
                    return false;
                if (m.from)
                    before.append(m.id);
            }
            // The summary's counts follow, in the same transaction: the moved events' old counts
            // out now, their new ones in after the writes.
            if (onServer && !ServerSummary::adjust(w.database(), before, -1, message))
                return false;
            for (Move &m : written) {
                bool done = false;
                if (!m.from && m.to)
                    done = m.id > 0 ? w.insertAs(m.id, *m.to, message)
                                    : w.insert(*m.to, message, &m.id);
                else if (m.from && m.to)
                    done = w.update(m.id, *m.to, message);
                else if (m.from)
                    done = w.remove(m.id, message);
                if (!done)
                    return false;
            }
            if (!onServer)
                return true;
            QList<qint64> after;
            for (const Move &m : std::as_const(written))
                if (m.to)
                    after.append(m.id);
            return ServerSummary::adjust(w.database(), after, 1, message) &&
                   notifyViewers(w.database(), written, message);
        },
        error);
    if (ok)
        moves = written;
    return ok;
}

namespace {

// What a person sees of an event, in one text: equal texts, the same event. Lists are sorted so
// that the order an editor or a reader gives them in does not count.
QString fingerprint(const ImportedEvent &e)
{
    QStringList parts{e.title,         e.summary,
                      e.date.toEdtf(), e.attestedOn ? e.attestedOn->toEdtf() : QString(),
                      e.dateNote,      e.type.code};
    QStringList list;
    for (const ImportedEvent::Party &p : e.countries)
        list.append(p.alpha3 + u':' + p.role);
    list.sort();
    parts += list;
    list.clear();
    for (const Topic &t : e.topics)
        list.append(t.slug);
    list.sort();
    parts += list;
    list.clear();
    for (const NamedActor &a : e.actors)
        list.append(QStringList{a.name, a.kind, a.description, a.role}.join(u'\x1f'));
    list.sort();
    parts += list;
    list.clear();
    for (const ImportedCitation &c : e.citations)
        list.append(QStringList{c.quote, c.cites, c.note, c.source.publisher, c.source.title,
                                c.source.url, c.source.published.toEdtf()}
                        .join(u'\x1f'));
    list.sort();
    parts += list;
    return parts.join(u'\x1e');
}

// An event as a reader of a message tells it apart: its title and date.
QString described(const ImportedEvent &e)
{
    return Chronology::tr("“%1”, %2").arg(e.title, statedDateText(e.date, e.attestedOn, QLocale()));
}

} // namespace

bool Chronology::unchangedOnServer(const QSqlDatabase &db, const Move &m, QString *error)
{
    if (m.id <= 0)
        return true;
    std::optional<Event> current;
    auto reader = EventReader::onServer(db);
    if (!reader->read({m.id}, [&](Event &e) {
            current = std::move(e);
            return true;
        }))
        return fail(ChangeFailure::WriteFailed, reader->errorString(), error);
    if (!m.from) { // putting back an event that was deleted: its id must still be free
        if (!current)
            return true;
        return fail(ChangeFailure::ChangedElsewhere,
                    tr("Someone else has put an event with this id back since (%1); nothing was "
                       "written.")
                        .arg(described(toImported(*current))),
                    error);
    }
    if (!current)
        return fail(ChangeFailure::ChangedElsewhere,
                    tr("Someone else deleted %1 since you opened it; nothing was written.")
                        .arg(described(*m.from)),
                    error);
    const ImportedEvent theirs = toImported(*current);
    if (fingerprint(theirs) == fingerprint(*m.from))
        return true;
    return fail(
        ChangeFailure::ChangedElsewhere,
        tr("Someone else changed %1 since you opened it; nothing was written. Theirs "
           "now: %2. Yours: %3.")
            .arg(described(*m.from), described(theirs), m.to ? described(*m.to) : tr("deleted")),
        error);
}

bool Chronology::notifyViewers(const QSqlDatabase &db, const QList<Move> &moves, QString *error)
{
    QStringList ids;
    for (const Move &m : moves)
        ids.append(QString::number(m.id));
    // Delivered at the commit, to every viewer listening (ServerListener), this one included.
    QSqlQuery q(db);
    q.prepare(u"SELECT pg_notify(?, ?)"_s);
    q.addBindValue(QLatin1String(kServerChannel));
    q.addBindValue(QString(serverSessionTag() + u' ' + ids.join(u',')));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool Chronology::storeIndexCache(const EventIndex &index, QString *error)
{
    if (isServerAddress(m_path)) // a server keeps no index cache
        return true;
    const QByteArray blob = index.serialize();
    return write(
        [&](EventWriter &writer, QString *message) {
            // The counter of the data as committed: this transaction makes it one more, which is
            // what a reader checks before trusting the cache.
            return core::storeIndexCache(writer.database(), qint64(m_changeCounter), blob, message);
        },
        error);
}

IndexedEvent Chronology::indexed(qint64 id, const ImportedEvent &e)
{
    IndexedEvent out;
    out.id = id;
    out.date = e.date;
    out.attestedOn = e.attestedOn;
    out.typeCode = e.type.code;
    out.unreviewed = e.unreviewed;
    for (const ImportedEvent::Party &p : e.countries)
        out.countries.append(p.alpha3);
    for (const Topic &t : e.topics)
        out.topics.append(t.slug);
    return out;
}

} // namespace entente::core
