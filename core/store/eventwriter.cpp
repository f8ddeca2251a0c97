// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/eventwriter.h"

#include "index/textsearch.h"
#include "store/sqlconnection.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// NOT NULL text columns: a null QString would bind NULL.
QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString actorKey(const QString &name, const QString &kind, const QString &description)
{
    return name + u'\x1f' + kind + u'\x1f' + description;
}

QString sourceKey(const QString &publisher, const QString &title, const QString &url,
                  const QString &published)
{
    return publisher + u'\x1f' + title + u'\x1f' + url + u'\x1f' + published;
}

// A colour for a topic given none: one of a fixed set, the same for the same slug.
QString colourFor(const QString &slug)
{
    static const char *const kColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                           "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    return QLatin1String(kColours[qHash(slug) % std::size(kColours)]);
}

} // namespace

EventWriter::EventWriter(QSqlDatabase db) : m_db(db)
{}

bool EventWriter::prepare(QString *error, Scale scale)
{
    m_fewChanges = scale == Scale::FewChanges;
    QSqlQuery q(m_db);
    auto next = [&](const char *table) {
        q.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM "_s + QLatin1String(table));
        return q.next() ? q.value(0).toLongLong() : 1;
    };
    m_nextEvent = next("event");
    m_nextSource = next("source");
    m_nextTopic = next("topic");
    m_nextActor = next("actor");
    m_nextCitation = next("citation");
    // A bulk writer knows every actor and source up front; one change looks up the few it names
    // (a database of a million events may hold hundreds of thousands of them).
    q.exec(m_fewChanges ? u"SELECT 1 WHERE 1 = 0"_s
                        : u"SELECT id, name, kind, COALESCE(description, '') FROM actor"_s);
    while (q.next())
        m_actors.insert(
            actorKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()),
            q.value(0).toLongLong());
    q.exec(u"SELECT alpha3, id FROM country"_s);
    while (q.next())
        m_countries.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.exec(u"SELECT slug, id FROM topic"_s);
    while (q.next())
        m_topics.insert(q.value(0).toString(), q.value(1).toLongLong());
    // (A file without the table has no topic with a parent yet; the query then finds nothing.)
    if (q.exec(u"SELECT topic_id FROM topic_parent"_s)) {
        while (q.next())
            m_topicsWithParent.insert(q.value(0).toLongLong());
    }
    q.exec(u"SELECT code FROM event_type"_s);
    while (q.next())
        m_types.insert(q.value(0).toString());
    q.exec(m_fewChanges ? u"SELECT 1 WHERE 1 = 0"_s
                        : u"SELECT id, publisher, title, url, published FROM source"_s);
    while (q.next())
        m_sources.insert(sourceKey(q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString()),
                         q.value(0).toLongLong());
    sqlite3 *db = sqliteHandle(m_db);
    m_onServer = !db && postgresHandle(m_db);
    if (!db && !m_onServer) {
        *error = tr("Events are written to SQLite databases and PostgreSQL servers only.");
        return false;
    }
    // Files written before the review mark existed get its table with their first change (a
    // server's schema has had it from the start).
    if (!m_onServer && !q.exec(u"CREATE TABLE IF NOT EXISTS unreviewed_event (event_id INTEGER "
                               "PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE)"_s))
        return failed(q, {}, error);
    auto statement = [&](QByteArrayView sql) {
        return m_onServer ? WriteStatement(m_db, sql) : WriteStatement(db, sql);
    };
    m_unreviewed = statement("INSERT INTO unreviewed_event (event_id) VALUES (?)");
    m_event = statement("INSERT INTO event (id, title, summary, date, date_lower, date_upper, "
                        "attested_on, date_note, type_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_country =
        statement("INSERT INTO event_country (event_id, country_id, role) VALUES (?, ?, ?)");
    m_topicLink = statement("INSERT INTO event_topic (event_id, topic_id) VALUES (?, ?)");
    m_citation = statement("INSERT INTO citation (id, event_id, source_id, quote, cites, note) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
    // The words a search matches: a file's full-text index, a server's tsvector of them.
    m_fts =
        m_onServer
            ? statement("INSERT INTO event_text (event_id, folded) VALUES (?, CAST(? AS tsvector))")
            : statement("INSERT INTO event_fts (rowid, title, summary) VALUES (?, ?, ?)");
    m_actor = statement("INSERT INTO actor (id, name, kind, description) VALUES (?, ?, ?, ?)");
    m_actorLink = statement("INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?)");
    m_source = statement("INSERT INTO source (id, publisher, title, author, published, url, "
                         "cites) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const WriteStatement *s : {&m_unreviewed, &m_event, &m_country, &m_topicLink, &m_citation,
                                    &m_fts, &m_actor, &m_actorLink, &m_source}) {
        if (!s->isValid())
            return failed(*s, {}, error);
    }
    return true;
}

qint64 EventWriter::lookUp(const QString &statement, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool EventWriter::failed(const QSqlQuery &query, const QString &where, QString *error)
{
    *error = where.isEmpty() ? query.lastError().text()
                             : tr("%1: %2").arg(where, query.lastError().text());
    return false;
}

bool EventWriter::failed(const WriteStatement &statement, const QString &where, QString *error)
{
    *error = where.isEmpty() ? statement.errorString()
                             : tr("%1: %2").arg(where, statement.errorString());
    return false;
}

bool EventWriter::insertAs(qint64 id, const ImportedEvent &e, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM event WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, {}, error);
    if (q.next()) {
        *error = tr("There is already an event %1.").arg(id);
        return false;
    }
    m_nextEvent = std::max(m_nextEvent, id + 1);
    return insertWithId(id, e, error);
}

void EventWriter::foldText(ImportedEvent &e)
{
    // Never null afterwards, even for an empty text: null means "not folded yet".
    e.foldedTitle = foldForSearch(e.title);
    e.foldedSummary = foldForSearch(e.summary);
    for (QString *folded : {&e.foldedTitle, &e.foldedSummary}) {
        if (folded->isNull())
            *folded = QLatin1String("");
    }
}

bool EventWriter::insert(const ImportedEvent &e, QString *error, qint64 *id)
{
    const qint64 newId = m_nextEvent++;
    if (id)
        *id = newId;
    return insertWithId(newId, e, error);
}

bool EventWriter::insertWithId(qint64 id, const ImportedEvent &e, QString *error)
{
    if (!ensureType(e.type, error))
        return false;
    const PartialDate &bounding = boundingDate(e.date, e.attestedOn);
    m_event.bind(0, id);
    m_event.bind(1, e.title);
    m_event.bind(2, e.summary);
    m_event.bindOrNull(3, e.date.toEdtf()); // an undated event's is empty
    if (bounding.isUndated()) {
        m_event.bindNull(4);
        m_event.bindNull(5);
    } else {
        m_event.bind(4, qint64(bounding.lowerBound().value));
        m_event.bind(5, qint64(bounding.upperBound().value));
    }
    if (e.attestedOn)
        m_event.bind(6, e.attestedOn->toEdtf());
    else
        m_event.bindNull(6);
    m_event.bindOrNull(7, e.dateNote);
    m_event.bind(8, e.type.code);
    if (!m_event.run())
        return failed(m_event, e.where, error);
    for (const ImportedEvent::Party &p : e.countries) {
        m_country.bind(0, id);
        m_country.bind(1, m_countries.value(p.alpha3));
        m_country.bind(2, p.role);
        if (!m_country.run())
            return failed(m_country, e.where, error);
    }
    if (!linkTopics(id, e.topics, error) || !linkActors(id, e.actors, error) ||
        !linkCitations(id, e.citations, error))
        return false;
    if (e.unreviewed) {
        m_unreviewed.bind(0, id);
        if (!m_unreviewed.run())
            return failed(m_unreviewed, e.where, error);
    }
    const QString title = e.foldedTitle.isNull() ? foldForSearch(e.title) : e.foldedTitle;
    const QString summary = e.foldedSummary.isNull() ? foldForSearch(e.summary) : e.foldedSummary;
    m_fts.bind(0, id);
    if (m_onServer) {
        m_fts.bind(1, tsVectorFor(QString(title + u' ' + summary), true));
    } else {
        m_fts.bind(1, title);
        m_fts.bind(2, summary);
    }
    return m_fts.run() || failed(m_fts, e.where, error);
}

bool EventWriter::ensureType(const EventType &type, QString *error)
{
    if (m_types.contains(type.code))
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO event_type (code, scheme, name) VALUES (?, ?, ?)"_s);
    q.addBindValue(type.code);
    q.addBindValue(type.scheme);
    q.addBindValue(type.name);
    if (!q.exec())
        return failed(q, {}, error);
    m_types.insert(type.code);
    return true;
}

bool EventWriter::linkTopics(qint64 id, const QList<Topic> &topics, QString *error)
{
    for (const Topic &t : topics) {
        qint64 topicId = m_topics.value(t.slug, -1);
        if (topicId < 0) {
            topicId = m_nextTopic++;
            QSqlQuery q(m_db);
            q.prepare(u"INSERT INTO topic (id, slug, name, colour) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(topicId);
            q.addBindValue(t.slug);
            q.addBindValue(t.name);
            q.addBindValue(t.colour.isEmpty() ? colourFor(t.slug) : t.colour);
            if (!q.exec())
                return failed(q, {}, error);
            m_topics.insert(t.slug, topicId);
        }
        m_topicLink.bind(0, id);
        m_topicLink.bind(1, topicId);
        if (!m_topicLink.run())
            return failed(m_topicLink, {}, error);
    }
    // Each topic's parent, the first time one is given (an event lists a topic before its
    // parents, so every topic exists by now).
    for (const Topic &t : topics) {
        const qint64 topicId = m_topics.value(t.slug, -1);
        const qint64 parentId = m_topics.value(t.parent, -1);
        if (t.parent.isEmpty() || parentId < 0 || parentId == topicId ||
            m_topicsWithParent.contains(topicId))
            continue;
        QSqlQuery q(m_db);
        // Files written before topics had parents get the table with their first parent.
        if (!m_onServer &&
            !q.exec(u"CREATE TABLE IF NOT EXISTS topic_parent (topic_id INTEGER PRIMARY KEY "
                    "REFERENCES topic (id), parent_id INTEGER NOT NULL REFERENCES topic (id))"_s))
            return failed(q, {}, error);
        q.prepare(u"INSERT INTO topic_parent (topic_id, parent_id) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"_s);
        q.addBindValue(topicId);
        q.addBindValue(parentId);
        if (!q.exec())
            return failed(q, {}, error);
        m_topicsWithParent.insert(topicId);
    }
    return true;
}

bool EventWriter::linkActors(qint64 id, const QList<NamedActor> &actors, QString *error)
{
    for (const NamedActor &a : actors) {
        const QString key = actorKey(a.name, a.kind, a.description);
        qint64 actorId = m_actors.value(key, -1);
        if (actorId < 0 && m_fewChanges)
            actorId = lookUp(u"SELECT id FROM actor WHERE name = ? AND kind = ? AND "
                             "COALESCE(description, '') = ?"_s,
                             {a.name, a.kind, orEmpty(a.description)});
        if (actorId < 0) {
            actorId = m_nextActor++;
            m_actor.bind(0, actorId);
            m_actor.bind(1, a.name);
            m_actor.bind(2, a.kind);
            m_actor.bindOrNull(3, a.description);
            if (!m_actor.run())
                return failed(m_actor, {}, error);
            m_actors.insert(key, actorId);
        }
        m_actorLink.bind(0, id);
        m_actorLink.bind(1, actorId);
        m_actorLink.bind(2, a.role);
        if (!m_actorLink.run())
            return failed(m_actorLink, {}, error);
    }
    return true;
}

bool EventWriter::linkCitations(qint64 id, const QList<ImportedCitation> &citations, QString *error)
{
    for (const ImportedCitation &c : citations) {
        const QString published =
            c.source.published.isUndated() ? QString() : c.source.published.toEdtf();
        const QString key = sourceKey(c.source.publisher, c.source.title, c.source.url, published);
        qint64 sourceId = m_sources.value(key, -1);
        if (sourceId < 0 && m_fewChanges)
            sourceId = lookUp(
                u"SELECT id FROM source WHERE publisher = ? AND title = ? AND "
                "COALESCE(url, '') = ? AND COALESCE(published, '') = ?"_s,
                {c.source.publisher, c.source.title, orEmpty(c.source.url), orEmpty(published)});
        if (sourceId < 0) {
            sourceId = m_nextSource++;
            m_source.bind(0, sourceId);
            m_source.bind(1, c.source.publisher);
            m_source.bind(2, c.source.title);
            m_source.bindOrNull(3, c.source.author);
            m_source.bindOrNull(4, published);
            m_source.bindOrNull(5, c.source.url);
            m_source.bindOrNull(6, c.source.cites);
            if (!m_source.run())
                return failed(m_source, {}, error);
            m_sources.insert(key, sourceId);
        }
        m_citation.bind(0, m_nextCitation++);
        m_citation.bind(1, id);
        m_citation.bind(2, sourceId);
        m_citation.bind(3, c.quote);
        m_citation.bindOrNull(4, c.cites);
        m_citation.bindOrNull(5, c.note);
        if (!m_citation.run())
            return failed(m_citation, {}, error);
    }
    return true;
}

bool EventWriter::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM event WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, {}, error);
    if (!q.next()) {
        *error = tr("There is no event %1.").arg(id);
        return false;
    }
    // Explicitly, child rows first: bulk writers run with foreign keys (and so cascades) off.
    for (const char *table :
         {"event_country", "event_topic", "event_actor", "citation", "unreviewed_event"}) {
        QSqlQuery del(m_db);
        del.prepare(u"DELETE FROM "_s + QLatin1String(table) + u" WHERE event_id = ?"_s);
        del.addBindValue(id);
        if (!del.exec())
            return failed(del, {}, error);
    }
    for (const char *statement : {m_onServer ? "DELETE FROM event_text WHERE event_id = ?"
                                             : "DELETE FROM event_fts WHERE rowid = ?",
                                  "DELETE FROM event WHERE id = ?"}) {
        QSqlQuery del(m_db);
        del.prepare(QLatin1String(statement));
        del.addBindValue(id);
        if (!del.exec())
            return failed(del, {}, error);
    }
    return true;
}

bool EventWriter::update(qint64 id, const ImportedEvent &e, QString *error)
{
    if (!m_onServer)
        return remove(id, error) && insertWithId(id, e, error);
    // On a server the event keeps counting its versions (what other viewers compare).
    QSqlQuery q(m_db);
    q.prepare(u"SELECT row_version FROM event WHERE id = ?"_s);
    q.addBindValue(id);
    const qint64 version = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (!remove(id, error) || !insertWithId(id, e, error))
        return false;
    q.prepare(u"UPDATE event SET row_version = ? WHERE id = ?"_s);
    q.addBindValue(version + 1);
    q.addBindValue(id);
    return q.exec() || failed(q, {}, error);
}

bool EventWriter::change(QSqlDatabase db,
                         const std::function<bool(EventWriter &, QString *)> &changes,
                         QString *error)
{
    QSqlQuery begin(db);
    const bool onServer = postgresHandle(db) != nullptr;
    // IMMEDIATE: the write lock is taken now, so another writer fails here, not halfway. A server
    // makes other writers wait instead (for a person's change, a moment), so that every writer
    // allocates ids after the one before it committed.
    if (!begin.exec(onServer ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s) ||
        (onServer &&
         !begin.exec(u"LOCK TABLE event, source, topic, topic_parent, actor, event_type, citation "
                     "IN SHARE ROW EXCLUSIVE MODE"_s))) {
        *error = begin.lastError().databaseText().isEmpty() ? begin.lastError().text()
                                                            : begin.lastError().databaseText();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    }
    bool ok = false;
    {
        EventWriter writer(db);
        ok = writer.prepare(error, Scale::FewChanges) && changes(writer, error);
        // A server refuses to free the statements of a failed transaction until it is rolled
        // back; SQLite wants them finished before the transaction ends.
        if (!ok && onServer)
            QSqlQuery(db).exec(u"ROLLBACK"_s);
    } // its statements are finished before the transaction ends
    QSqlQuery end(db);
    if (ok && end.exec(u"COMMIT"_s))
        return true;
    if (ok)
        *error = end.lastError().text();
    end.exec(u"ROLLBACK"_s);
    return false;
}

} // namespace entente::core
