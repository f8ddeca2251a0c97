// SPDX-License-Identifier: GPL-3.0-or-later
// entente add, edit and delete: a person's chronology changed from a script, one event at a time,
// with the editor's checks and the same writer.
#include "editcommands.h"

#include "domain/eventcheck.h"
#include "exitcodes.h"
#include "formats/importdata.h"
#include "formats/importer.h"
#include "index/eventfilter.h"
#include "store/chronology.h"
#include "store/eventstore.h"
#include "store/fileguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <variant>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace entente::app {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::app)
};

EditOutcome failed(int code, const QString &message)
{
    return {code, message, {}};
}

// "NAME|DESCRIPTION|ROLE" as an actor of \a kind.
core::NamedActor actorFrom(const QString &text, const QString &kind)
{
    const QStringList parts = text.split(u'|');
    return {parts.value(0).trimmed(), kind, parts.value(1).trimmed(), parts.value(2).trimmed()};
}

bool readType(const QCommandLineParser &parser, core::EventStore &store, core::ImportedEvent *e,
              QString *error)
{
    const QString code = parser.value(u"type"_s).trimmed();
    for (const core::EventType &t : store.eventTypes()) {
        if (t.code == code) {
            e->type = t;
            return true;
        }
    }
    const bool digits = !code.isEmpty() &&
                        std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
    QString name = parser.value(u"type-name"_s).trimmed();
    if (name.isEmpty() && digits && code.size() == 2)
        name = core::cameoRootName(code);
    if (name.isEmpty()) {
        QStringList codes;
        for (const core::EventType &t : store.eventTypes())
            codes.append(t.code);
        *error = Text::tr("unknown event type “%1”: give --type-name NAME to add it, or one of "
                          "the database's types: %2.")
                     .arg(code, codes.join(u", "_s));
        return false;
    }
    e->type = {code, digits ? u"cameo"_s : u"entente"_s, name};
    return true;
}

bool readCountries(const QCommandLineParser &parser, core::EventStore &store,
                   core::ImportedEvent *e, QString *error)
{
    const QList<core::Country> countries = store.countries();
    e->countries.clear();
    for (const QString &value : parser.values(u"country"_s)) {
        const qsizetype colon = value.indexOf(u':');
        const QString text = colon < 0 ? value : value.left(colon);
        const QString role = colon < 0 ? u"party"_s : value.mid(colon + 1).trimmed();
        QStringList suggestions;
        const qsizetype i = core::findCountry(countries, text, &suggestions);
        if (i < 0) {
            *error = suggestions.isEmpty() ? Text::tr("unknown country “%1”.").arg(text)
                                           : Text::tr("unknown country “%1”; did you mean %2?")
                                                 .arg(text, suggestions.join(u", "_s));
            return false;
        }
        e->countries.append({countries[i].alpha3, role.isEmpty() ? u"party"_s : role});
    }
    return true;
}

bool readTopics(const QCommandLineParser &parser, core::EventStore &store, core::ImportedEvent *e,
                QString *error)
{
    const QList<core::Topic> topics = store.topics();
    e->topics.clear();
    for (const QString &text : parser.values(u"topic"_s)) {
        QStringList suggestions;
        const qsizetype i = core::findTopic(topics, text, &suggestions);
        if (i < 0) {
            *error =
                Text::tr("unknown topic “%1”; give --new-topic NAME to add a topic.").arg(text);
            return false;
        }
        e->topics.append(topics[i]);
    }
    for (const QString &name : parser.values(u"new-topic"_s))
        e->topics.append({0, core::slugFor(name), name.trimmed(), QString()});
    return true;
}

void readSource(const QCommandLineParser &parser, core::ImportedEvent *e)
{
    core::ImportedCitation c;
    c.source.publisher = parser.value(u"source-publisher"_s).trimmed();
    c.source.title = parser.value(u"source-title"_s).trimmed();
    c.source.author = parser.value(u"source-author"_s).trimmed();
    c.source.url = parser.value(u"source-url"_s).trimmed();
    c.quote = parser.value(u"quote"_s).trimmed();
    c.cites = parser.value(u"cites"_s).trimmed();
    c.note = parser.value(u"citation-note"_s).trimmed();
    e->citations = {c};
}

bool anySet(const QCommandLineParser &parser, std::initializer_list<const char16_t *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [&](const char16_t *n) { return parser.isSet(QString::fromUtf16(n)); });
}

// The options given, over \a e (empty for add, the stored event for edit).
bool readEvent(const QCommandLineParser &parser, core::EventStore &store, core::ImportedEvent *e,
               QString *error)
{
    for (const auto &[name, field] :
         {std::pair{u"title"_s, &e->title}, std::pair{u"summary"_s, &e->summary},
          std::pair{u"date-note"_s, &e->dateNote}}) {
        if (parser.isSet(name))
            *field = parser.value(name).trimmed();
    }
    for (const auto &[name, target] : {std::pair{u"date"_s, &e->date}}) {
        if (!parser.isSet(name))
            continue;
        QString dateError;
        const auto date = core::PartialDate::fromEdtf(parser.value(name).trimmed(), &dateError);
        if (!date) {
            *error = u"--"_s + name + u": "_s + dateError;
            return false;
        }
        *target = *date;
    }
    if (parser.isSet(u"type"_s) && !readType(parser, store, e, error))
        return false;
    if (parser.isSet(u"country"_s) && !readCountries(parser, store, e, error))
        return false;
    if (anySet(parser, {u"topic", u"new-topic"}) && !readTopics(parser, store, e, error))
        return false;
    if (anySet(parser, {u"person", u"organisation"})) {
        e->actors.clear();
        for (const QString &p : parser.values(u"person"_s))
            e->actors.append(actorFrom(p, u"person"_s));
        for (const QString &o : parser.values(u"organisation"_s))
            e->actors.append(actorFrom(o, u"organisation"_s));
    }
    if (parser.isSet(u"source-date"_s)) {
        QString dateError;
        const auto date = core::PartialDate::fromEdtf(parser.value(u"source-date"_s), &dateError);
        if (!date) {
            *error = u"--source-date: "_s + dateError;
            return false;
        }
        readSource(parser, e);
        e->citations.first().source.published = *date;
    } else if (anySet(parser, {u"source-publisher", u"source-title", u"source-author",
                               u"source-url", u"quote", u"cites", u"citation-note"})) {
        readSource(parser, e);
    }
    if (const auto problems = checkEvent(*e, store.countries()); !problems.isEmpty()) {
        *error = problems.first().message;
        return false;
    }
    if (core::isUnsourced(*e) && !parser.isSet(u"unsourced"_s)) {
        *error = Text::tr("the event quotes no source: give --source-publisher or --source-title "
                          "with --quote, or --unsourced to save it marked as unsourced.");
        return false;
    }
    return true;
}

// The database \a path to change, open for reading, or why not.
std::optional<EditOutcome> openForChange(const QString &path, core::EventStore &store)
{
    if (!store.open(path))
        return failed(ExitBadInput, store.errorString());
    if (const core::FileCheck check = core::Chronology::editable(path); !check.ok())
        return failed(check.verdict == core::FileCheck::Verdict::Refused ? ExitBadInput
                                                                         : ExitCannotWrite,
                      check.message);
    return std::nullopt;
}

std::optional<EditOutcome> openForChange(const QCommandLineParser &parser, core::EventStore &store)
{
    if (!parser.isSet(u"database"_s))
        return failed(ExitBadInput, Text::tr("give your database with --database DB (the bundled "
                                             "dataset is never changed)."));
    return openForChange(parser.value(u"database"_s), store);
}

// Makes an empty database at \a path unless one appears there meanwhile: it is made beside it
// and linked into place, which fails rather than replace what another run (two `extract --into`
// at once) has made and filled since. nullopt when there is a database at \a path now.
std::optional<EditOutcome> createMissingDatabase(const QString &path)
{
    // Said of the file the user named, not of the one made beside it.
    if (const core::FileCheck check = core::checkOutputFile({path, core::OutputKind::Database});
        !check.ok())
        return failed(check.verdict == core::FileCheck::Verdict::CannotWrite ? ExitCannotWrite
                                                                             : ExitBadInput,
                      check.message);
    const QFileInfo info(path);
    const QString fresh = info.absoluteDir().filePath(
        u".%1.%2.new"_s.arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    QString error;
    if (!core::createEmptyDatabase({fresh, core::OutputKind::Database}, Text::tr("My chronology"),
                                   &error))
        return failed(ExitCannotWrite, error);
    const int linked = ::link(QFile::encodeName(fresh).constData(),
                              QFile::encodeName(info.absoluteFilePath()).constData());
    const int linkError = errno;
    QFile::remove(fresh);
    if (linked != 0 && linkError != EEXIST)
        return failed(ExitCannotWrite, Text::tr("Cannot make the database “%1”: %2.")
                                           .arg(QDir::toNativeSeparators(path),
                                                QString::fromLocal8Bit(std::strerror(linkError))));
    return std::nullopt;
}

EditOutcome changeFailed(const core::Chronology &chronology, const QString &error)
{
    const bool bad = chronology.failure() == core::ChangeFailure::Refused ||
                     chronology.failure() == core::ChangeFailure::NoSuchEvent ||
                     chronology.failure() == core::ChangeFailure::ChangedElsewhere;
    return failed(bad ? ExitBadInput : ExitCannotWrite, error);
}

std::optional<qint64> eventId(const QStringList &positional)
{
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

} // namespace

void addEventOptions(QCommandLineParser &parser)
{
    parser.addOption({u"database"_s,
                      Text::tr("Your database to change (the bundled dataset never is)."),
                      u"FILE"_s});
    const std::pair<const char16_t *, const char *> options[] = {
        {u"title", QT_TRANSLATE_NOOP("entente::app", "The event's title.")},
        {u"summary", QT_TRANSLATE_NOOP("entente::app", "What happened, in a sentence or two.")},
        {u"date",
         QT_TRANSLATE_NOOP("entente::app", "The date as the source states it (EDTF: 2022-06-01, "
                                           "2022-06, 2014-04-23/2014-04-24, 2019~; empty for "
                                           "undated).")},
        {u"date-note", QT_TRANSLATE_NOOP("entente::app", "A note on the date, e.g. that its year "
                                                         "is inferred, and from what.")},
        {u"country",
         QT_TRANSLATE_NOOP("entente::app", "A country taking part, as CODE or name, with its role "
                                           "after a colon (AZE:host). Repeat for each.")},
        {u"topic", QT_TRANSLATE_NOOP("entente::app", "A topic of the database (slug or name). "
                                                     "Repeat for each.")},
        {u"new-topic", QT_TRANSLATE_NOOP("entente::app", "A new topic, by its name.")},
        {u"type", QT_TRANSLATE_NOOP("entente::app",
                                    "The event type: a code of the database (CAMEO such as 042, "
                                    "or entente:…), or a CAMEO root code (01–20).")},
        {u"type-name",
         QT_TRANSLATE_NOOP("entente::app", "The name of a type the database does not have yet.")},
        {u"person", QT_TRANSLATE_NOOP("entente::app",
                                      "A person named: NAME|TITLE|ROLE (title and role optional). "
                                      "Repeat for each.")},
        {u"organisation",
         QT_TRANSLATE_NOOP("entente::app", "An organisation named: NAME|DESCRIPTION|ROLE.")},
        {u"source-publisher", QT_TRANSLATE_NOOP("entente::app", "The source's publisher.")},
        {u"source-title", QT_TRANSLATE_NOOP("entente::app", "The source's title.")},
        {u"source-author", QT_TRANSLATE_NOOP("entente::app", "The source's author.")},
        {u"source-date",
         QT_TRANSLATE_NOOP("entente::app", "When the source was published (EDTF).")},
        {u"source-url", QT_TRANSLATE_NOOP("entente::app", "Where the source can be read.")},
        {u"quote", QT_TRANSLATE_NOOP("entente::app",
                                     "The sentence of the source the event rests on, verbatim.")},
        {u"cites", QT_TRANSLATE_NOOP("entente::app",
                                     "Whom the source attributes the sentence to, if anyone.")},
        {u"citation-note",
         QT_TRANSLATE_NOOP("entente::app",
                           "A note on the citation, e.g. a conflict in the source.")},
    };
    for (const auto &[name, help] : options)
        parser.addOption({QString::fromUtf16(name), Text::tr(help), u"TEXT"_s});
    parser.addOption({u"unsourced"_s,
                      Text::tr("Save the event although it quotes no source; it is then shown as "
                               "unsourced.")});
}

void deleteOptions(QCommandLineParser &parser)
{
    parser.addOption({u"database"_s,
                      Text::tr("Your database to change (the bundled dataset never is)."),
                      u"FILE"_s});
}

EditOutcome addEvents(const QString &path, const QList<core::ImportedEvent> &events)
{
    if (!QFileInfo::exists(path)) {
        if (auto notMade = createMissingDatabase(path))
            return *notMade;
    }
    core::EventStore store;
    if (auto refused = openForChange(path, store))
        return *refused;
    core::Chronology chronology(store.path(), store.changeCounter());
    chronology.setRefuseChangesElsewhere(false); // new events rest on nothing read before
    QList<core::Chronology::Move> moves;
    for (const core::ImportedEvent &e : events)
        moves.append({0, std::nullopt, e});
    QString error;
    if (!chronology.apply(moves, &error))
        return changeFailed(chronology, error);
    return {ExitOk, {}, {}};
}

EditOutcome addEvent(const QCommandLineParser &parser)
{
    core::EventStore store;
    if (auto refused = openForChange(parser, store))
        return *refused;
    core::ImportedEvent e;
    QString error;
    if (!readEvent(parser, store, &e, &error))
        return failed(ExitBadInput, error);
    core::Chronology chronology(store.path(), store.changeCounter());
    // A new event rests on nothing read before it: it goes in after whatever another program
    // (another `entente add`) wrote meanwhile.
    chronology.setRefuseChangesElsewhere(false);
    const auto id = chronology.add(e, &error);
    if (!id)
        return changeFailed(chronology, error);
    return {ExitOk, {}, QString::number(*id)};
}

namespace {

// The event the positional id names, in the database it is to be changed in; or why not.
std::variant<core::Event, EditOutcome> eventToChange(const QCommandLineParser &parser,
                                                     core::EventStore &store, const QString &badId)
{
    const auto id = eventId(parser.positionalArguments());
    if (!id)
        return failed(ExitBadInput, badId);
    if (auto refused = openForChange(parser, store))
        return *refused;
    if (auto stored = store.event(*id))
        return *stored;
    return failed(ExitBadInput, Text::tr("there is no event %1 in “%2”.")
                                    .arg(*id)
                                    .arg(QDir::toNativeSeparators(store.path())));
}

} // namespace

EditOutcome editEvent(const QCommandLineParser &parser)
{
    core::EventStore store;
    auto stored = eventToChange(parser, store,
                                Text::tr("give the id of the event to edit (a whole number)."));
    if (auto *refused = std::get_if<EditOutcome>(&stored))
        return *refused;
    const qint64 id = std::get<core::Event>(stored).id;
    core::ImportedEvent e = core::toImported(std::get<core::Event>(stored));
    QString error;
    if (!readEvent(parser, store, &e, &error))
        return failed(ExitBadInput, error);
    core::Chronology chronology(store.path(), store.changeCounter());
    if (!chronology.replace(id, e, &error))
        return changeFailed(chronology, error);
    return {ExitOk, {}, Text::tr("Changed event %1, “%2”.").arg(id).arg(e.title)};
}

EditOutcome deleteEvent(const QCommandLineParser &parser)
{
    core::EventStore store;
    auto stored = eventToChange(parser, store,
                                Text::tr("give the id of the event to delete (a whole number)."));
    if (auto *refused = std::get_if<EditOutcome>(&stored))
        return *refused;
    const core::Event &event = std::get<core::Event>(stored);
    core::Chronology chronology(store.path(), store.changeCounter());
    QString error;
    if (!chronology.remove(event.id, &error))
        return changeFailed(chronology, error);
    return {ExitOk, {}, Text::tr("Deleted event %1, “%2”.").arg(event.id).arg(event.title)};
}

} // namespace entente::app
