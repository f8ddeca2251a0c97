// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/importer.h"

#include "domain/country.h"
#include "index/dataset.h"
#include "index/textsearch.h"
#include "store/databasewriter.h"
#include "store/eventstore.h"
#include "store/fileguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Import)
};

// Where the ISO 3166 countries come from for a new database, and which codes a file may use.
QStringList knownCountryCodes(const QList<Country> &countries)
{
    QStringList codes;
    codes.reserve(countries.size());
    for (const Country &c : countries)
        codes.append(c.alpha3);
    return codes;
}

void addProblem(ImportReport *report, const ImportProblem &problem)
{
    ++report->problemCount;
    if (report->problems.size() < ImportReport::kMaxListedProblems)
        report->problems.append(problem);
}

// Opens the file and reads it through readEvents with progress by bytes.
bool readFile(const QString &file, const ImportOptions &options, const QStringList &codes,
              ImportReport *report, const std::function<bool(ImportedEvent &&)> &onEvent,
              QString *error, const ImportProgress &progress)
{
    if (FileCheck check = checkInputFile(file); !check.ok()) {
        *error = check.message;
        return false;
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(file, input.errorString());
        return false;
    }
    // Every format Entente imports is UTF-8 text: a file in UTF-16 or UTF-32 would give a
    // problem on every line.
    if (const QString wide = wideTextEncoding(input.peek(4096)); !wide.isEmpty()) {
        *error = Text::tr("“%1” is %2 text, not UTF-8; save it as UTF-8 and import it again.")
                     .arg(QFileInfo(file).fileName(), wide);
        return false;
    }
    const double size = std::max<qint64>(1, input.size());
    ImportSink sink;
    sink.event = onEvent;
    sink.problem = [report](const ImportProblem &p) { addProblem(report, p); };
    sink.progress = [&](qint64 bytes) {
        if (progress && !progress(double(bytes) / size)) {
            report->cancelled = true;
            return false;
        }
        return true;
    };
    if (!readEvents(input, options.format, codes, options.filter, sink, &report->filteredOut,
                    error))
        return false;
    if (report->cancelled) {
        *error = Text::tr("The import was cancelled; nothing was imported.");
        return false;
    }
    return true;
}

// The rows an import adds, with ids allocated here: one pass, prepared statements only.
class EventInserter
{
public:
    explicit EventInserter(QSqlDatabase db)
        : m_db(db), m_event(db), m_country(db), m_topicLink(db), m_citation(db), m_fts(db),
          m_source(db), m_actor(db), m_actorLink(db)
    {}

    bool prepare(QString *error)
    {
        QSqlQuery q(m_db);
        auto next = [&](const char *table) {
            q.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM "_s + QLatin1String(table));
            return q.next() ? q.value(0).toLongLong() : 1;
        };
        m_nextEvent = next("event");
        m_nextSource = next("source");
        m_nextTopic = next("topic");
        m_nextActor = next("actor");
        q.exec(u"SELECT id, name, kind, COALESCE(description, '') FROM actor"_s);
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
        q.exec(u"SELECT code FROM event_type"_s);
        while (q.next())
            m_types.insert(q.value(0).toString());
        q.exec(u"SELECT id, publisher, title, url, published FROM source"_s);
        while (q.next())
            m_sources.insert(sourceKey(q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString()),
                             q.value(0).toLongLong());
        bool ok = m_event.prepare(
            u"INSERT INTO event (id, title, summary, date, date_lower, date_upper, attested_on,"
            " date_note, type_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        ok =
            ok && m_country.prepare(
                      u"INSERT INTO event_country (event_id, country_id, role) VALUES (?, ?, ?)"_s);
        ok = ok &&
             m_topicLink.prepare(u"INSERT INTO event_topic (event_id, topic_id) VALUES (?, ?)"_s);
        ok =
            ok &&
            m_citation.prepare(
                u"INSERT INTO citation (event_id, source_id, quote, cites, note) VALUES (?, ?, ?, ?, ?)"_s);
        ok = ok &&
             m_fts.prepare(u"INSERT INTO event_fts (rowid, title, summary) VALUES (?, ?, ?)"_s);
        ok = ok && m_actor.prepare(
                       u"INSERT INTO actor (id, name, kind, description) VALUES (?, ?, ?, ?)"_s);
        ok = ok && m_actorLink.prepare(
                       u"INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?)"_s);
        ok = ok && m_source.prepare(
                       u"INSERT INTO source (id, publisher, title, author, published, url, cites)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!ok)
            *error = m_db.lastError().text();
        return ok;
    }

    bool insert(const ImportedEvent &e, QString *error)
    {
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        auto fail = [&](const QSqlQuery &q) {
            *error = Text::tr("%1: %2").arg(e.where, q.lastError().text());
            return false;
        };
        if (!m_types.contains(e.type.code)) {
            QSqlQuery q(m_db);
            q.prepare(u"INSERT INTO event_type (code, scheme, name) VALUES (?, ?, ?)"_s);
            q.addBindValue(e.type.code);
            q.addBindValue(e.type.scheme);
            q.addBindValue(e.type.name);
            if (!q.exec())
                return fail(q);
            m_types.insert(e.type.code);
        }
        const qint64 id = m_nextEvent++;
        const PartialDate &bounding = e.date.isUndated() && e.attestedOn ? *e.attestedOn : e.date;
        m_event.bindValue(0, id);
        m_event.bindValue(1, e.title);
        m_event.bindValue(2, e.summary.isNull()
                                 ? u""_s
                                 : e.summary); // NOT NULL columns: a null QString binds NULL
        m_event.bindValue(3, e.date.isUndated() ? QVariant() : QVariant(e.date.toEdtf()));
        m_event.bindValue(4, bounding.isUndated() ? QVariant()
                                                  : QVariant(bounding.lowerBound().value));
        m_event.bindValue(5, bounding.isUndated() ? QVariant()
                                                  : QVariant(bounding.upperBound().value));
        m_event.bindValue(6, e.attestedOn ? QVariant(e.attestedOn->toEdtf()) : QVariant());
        m_event.bindValue(7, orNull(e.dateNote));
        m_event.bindValue(8, e.type.code);
        if (!m_event.exec())
            return fail(m_event);
        for (const ImportedEvent::Party &p : e.countries) {
            m_country.bindValue(0, id);
            m_country.bindValue(1, m_countries.value(p.alpha3));
            m_country.bindValue(2, p.role);
            if (!m_country.exec())
                return fail(m_country);
        }
        for (const Topic &t : e.topics) {
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
                    return fail(q);
                m_topics.insert(t.slug, topicId);
            }
            m_topicLink.bindValue(0, id);
            m_topicLink.bindValue(1, topicId);
            if (!m_topicLink.exec())
                return fail(m_topicLink);
        }
        for (const NamedActor &a : e.actors) {
            const QString key = actorKey(a.name, a.kind, a.description);
            qint64 actorId = m_actors.value(key, -1);
            if (actorId < 0) {
                actorId = m_nextActor++;
                m_actor.bindValue(0, actorId);
                m_actor.bindValue(1, a.name);
                m_actor.bindValue(2, a.kind);
                m_actor.bindValue(3, orNull(a.description));
                if (!m_actor.exec())
                    return fail(m_actor);
                m_actors.insert(key, actorId);
            }
            m_actorLink.bindValue(0, id);
            m_actorLink.bindValue(1, actorId);
            m_actorLink.bindValue(2, a.role.isNull() ? u""_s : a.role);
            if (!m_actorLink.exec())
                return fail(m_actorLink);
        }
        for (const ImportedCitation &c : e.citations) {
            const QString published =
                c.source.published.isUndated() ? QString() : c.source.published.toEdtf();
            const QString key =
                sourceKey(c.source.publisher, c.source.title, c.source.url, published);
            qint64 sourceId = m_sources.value(key, -1);
            if (sourceId < 0) {
                sourceId = m_nextSource++;
                m_source.bindValue(0, sourceId);
                m_source.bindValue(1, c.source.publisher);
                m_source.bindValue(2, c.source.title);
                m_source.bindValue(3, orNull(c.source.author));
                m_source.bindValue(4, orNull(published));
                m_source.bindValue(5, orNull(c.source.url));
                m_source.bindValue(6, orNull(c.source.cites));
                if (!m_source.exec())
                    return fail(m_source);
                m_sources.insert(key, sourceId);
            }
            m_citation.bindValue(0, id);
            m_citation.bindValue(1, sourceId);
            m_citation.bindValue(2, c.quote.isNull() ? u""_s : c.quote);
            m_citation.bindValue(3, orNull(c.cites));
            m_citation.bindValue(4, orNull(c.note));
            if (!m_citation.exec())
                return fail(m_citation);
        }
        m_fts.bindValue(0, id);
        m_fts.bindValue(1, foldForSearch(e.title));
        m_fts.bindValue(2, foldForSearch(e.summary));
        if (!m_fts.exec())
            return fail(m_fts);
        return true;
    }

private:
    static QString actorKey(const QString &name, const QString &kind, const QString &description)
    {
        return name + u'\x1f' + kind + u'\x1f' + description;
    }
    static QString sourceKey(const QString &publisher, const QString &title, const QString &url,
                             const QString &published)
    {
        return publisher + u'\x1f' + title + u'\x1f' + url + u'\x1f' + published;
    }
    // A colour for a topic the file gave none: one of a fixed set, the same for the same slug.
    static QString colourFor(const QString &slug)
    {
        static const char *const kColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                               "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                                               "#bcbd22", "#17becf"};
        return QLatin1String(kColours[qHash(slug) % std::size(kColours)]);
    }

    QSqlDatabase m_db;
    QSqlQuery m_event, m_country, m_topicLink, m_citation, m_fts, m_source, m_actor, m_actorLink;
    qint64 m_nextEvent = 1, m_nextSource = 1, m_nextTopic = 1, m_nextActor = 1;
    QHash<QString, qint64> m_countries, m_topics, m_sources, m_actors;
    QSet<QString> m_types;
};

} // namespace

bool previewImport(const QString &file, const ImportOptions &options, int sampleSize,
                   ImportReport *report, QString *error, const ImportProgress &progress)
{
    *report = {};
    QString isoError;
    const QList<Country> countries = readIsoCountries(defaultIsoCountriesPath(), &isoError);
    if (countries.isEmpty()) {
        *error = isoError;
        return false;
    }
    return readFile(
        file, options, knownCountryCodes(countries), report,
        [&](ImportedEvent &&e) {
            ++report->events;
            if (report->sample.size() < sampleSize)
                report->sample.append(std::move(e));
            return true;
        },
        error, progress);
}

bool createEmptyDatabase(const OutputTarget &target, const QString &title, QString *error)
{
    const QString &path = target.path;
    const QList<Country> countries = readIsoCountries(defaultIsoCountriesPath(), error);
    if (countries.isEmpty())
        return false;
    DatabaseWriter writer;
    if (!writer.create(target) || !writer.insertCountries(countries)) {
        *error = writer.errorString();
        return false;
    }
    {
        QSqlQuery q(writer.database());
        q.prepare(u"INSERT INTO meta (key, value) VALUES ('title', ?), ('created_by', ?)"_s);
        q.addBindValue(title.isEmpty() ? QFileInfo(path).completeBaseName() : title);
        q.addBindValue(QString(u"Entente "_s + QCoreApplication::applicationVersion()));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool importEvents(const QString &file, const ImportOptions &options, const QString &database,
                  ImportReport *report, QString *error, const ImportProgress &progress)
{
    *report = {};
    using Failure = ImportReport::Failure;
    auto failWith = [&](Failure failure, const QString &message) {
        report->failure = failure;
        *error = message;
        return false;
    };
    // Never into the file being read, the bundled dataset, or anything but an Entente database.
    const OutputTarget target{database, OutputKind::Database, {file}, true};
    if (FileCheck check = checkOutputFile(target); !check.ok())
        return failWith(check.verdict == FileCheck::Verdict::CannotWrite ? Failure::CannotWrite
                                                                         : Failure::BadInput,
                        check.message);
    if (FileCheck check = checkInputFile(file); !check.ok())
        return failWith(Failure::BadInput, check.message);
    DatabaseWriter writer;
    writer.setForeignKeysCheckedAtFinishOnly(true);
    writer.setWaitingForLock(options.onWaitingForLock);
    auto writerFailed = [&] {
        return failWith(writer.failure() == FileCheck::Verdict::CannotWrite ? Failure::CannotWrite
                                                                            : Failure::BadInput,
                        writer.errorString());
    };
    if (QFileInfo::exists(database)) {
        // A user's database: checked like any open (Entente's, not newer), then copied.
        EventStore store;
        if (!store.open(database))
            return failWith(Failure::BadInput, store.errorString());
        store.close();
        if (!writer.createFrom(database, target))
            return writerFailed();
    } else {
        const QList<Country> countries = readIsoCountries(defaultIsoCountriesPath(), error);
        if (countries.isEmpty())
            return failWith(Failure::BadInput, *error);
        if (!writer.create(target) || !writer.insertCountries(countries))
            return writerFailed();
        QSqlQuery q(writer.database());
        q.prepare(u"INSERT INTO meta (key, value) VALUES ('title', ?), ('created_by', ?)"_s);
        q.addBindValue(QFileInfo(database).completeBaseName());
        q.addBindValue(QString(u"Entente "_s + QCoreApplication::applicationVersion()));
        if (!q.exec())
            return failWith(Failure::CannotWrite, q.lastError().text());
    }
    QStringList codes;
    {
        QSqlQuery countryQuery(writer.database());
        countryQuery.exec(u"SELECT alpha3 FROM country"_s);
        while (countryQuery.next())
            codes.append(countryQuery.value(0).toString());
    }
    // Its statements must be gone before the writer closes the connection in finish().
    auto inserter = std::make_unique<EventInserter>(writer.database());
    if (!inserter->prepare(error))
        return failWith(Failure::CannotWrite, *error);
    QString writeError;
    const bool read = readFile(
        file, options, codes, report,
        [&](ImportedEvent &&e) {
            // After a problem nothing more is written (unless problems are
            // skipped), but the file is read on so every problem is listed.
            if (report->problemCount > 0 && !options.skipProblems) {
                ++report->events;
                return true;
            }
            if (!inserter->insert(e, &writeError))
                return false;
            ++report->events;
            return true;
        },
        error, progress);
    if (!writeError.isEmpty())
        return failWith(Failure::CannotWrite,
                        Text::tr("Writing failed at %1; nothing was imported.").arg(writeError));
    if (!read)
        return failWith(report->cancelled ? Failure::None : Failure::BadInput, *error);
    if (report->problemCount > 0 && !options.skipProblems) {
        return failWith(Failure::BadInput,
                        report->problemCount == 1
                            ? Text::tr("The file has 1 problem; nothing was imported.")
                            : Text::tr("The file has %1 problems; nothing was imported.")
                                  .arg(report->problemCount));
    }
    inserter.reset();
    writer.setDerivedDataWritten(true);
    if (!writer.finish())
        return writerFailed();
    return true;
}

} // namespace entente::core
