// SPDX-License-Identifier: GPL-3.0-or-later
// Entente CSV: one row per citation (an event's later rows repeat its key and add a citation),
// EDTF dates, ISO 3166 alpha-3 codes, lists inside a field separated by ';' with their items'
// parts by ':' or '|'. docs/data-format.md describes it with an example.

#include "domain/event.h"
#include "formats/format.h"
#include "formats/formatsupport.h"

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

QStringList columns()
{
    return {u"event"_s,        u"title"_s,         u"summary"_s,
            u"date"_s,         u"attested_on"_s,   u"date_note"_s,
            u"type_code"_s,    u"type_name"_s,     u"countries"_s,
            u"topics"_s,       u"actors"_s,        u"source_publisher"_s,
            u"source_title"_s, u"source_author"_s, u"source_published"_s,
            u"source_url"_s,   u"source_cites"_s,  u"quote"_s,
            u"cites"_s,        u"note"_s};
}

const QStringList &header()
{
    static const QStringList names = columns();
    return names;
}

// --- Reading --------------------------------------------------------------------------------

// One record's fields by column name.
struct Row
{
    const QStringList &fields;
    QString operator()(const char *column) const
    {
        return fields[header().indexOf(QLatin1String(column))];
    }
};

// The citation of one row (with no source when the row names none); nullopt with the reason when
// its source date is not a date.
std::optional<ImportedCitation> rowCitation(const Row &f, QString *reason)
{
    ImportedCitation citation;
    citation.source.publisher = f("source_publisher");
    citation.source.title = f("source_title");
    citation.source.author = f("source_author");
    citation.source.url = f("source_url");
    citation.source.cites = f("source_cites");
    citation.quote = f("quote");
    citation.cites = f("cites");
    citation.note = f("note");
    if (const QString published = f("source_published"); !published.isEmpty()) {
        const auto date = parseDate(published, ImportText::tr("source date"), reason);
        if (!date)
            return std::nullopt;
        citation.source.published = *date;
    }
    return citation;
}

bool hasSource(const ImportedCitation &c)
{
    return !c.source.publisher.isEmpty() || !c.source.title.isEmpty() || !c.source.url.isEmpty();
}

// The items of a list field: "AZE:party;KHM:host" with ':' gives {AZE, party}, {KHM, host}.
QList<QStringList> listItems(const QString &field, QChar separator)
{
    QList<QStringList> items;
    for (const QString &part : field.split(u';', Qt::SkipEmptyParts)) {
        QStringList values = part.split(separator);
        for (QString &v : values)
            v = listItemDecoded(v);
        items.append(values);
    }
    return items;
}

// The event a row starts, without its citation; nullopt with the reason when a date is wrong.
std::optional<ImportedEvent> rowEvent(const Row &f, const QString &where, QString *reason)
{
    ImportedEvent e;
    e.where = where;
    e.title = f("title");
    e.summary = f("summary");
    e.dateNote = f("date_note");
    const auto date = parseDate(f("date"), ImportText::tr("date"), reason);
    if (!date)
        return std::nullopt;
    e.date = *date;
    if (!f("attested_on").isEmpty()) {
        const auto attested = parseDate(f("attested_on"), ImportText::tr("attested date"), reason);
        if (!attested)
            return std::nullopt;
        e.attestedOn = *attested;
    }
    e.type.code = f("type_code");
    e.type.name = f("type_name");
    for (const QStringList &c : listItems(f("countries"), u':'))
        e.countries.append({c.value(0), c.value(1)});
    for (const QStringList &t : listItems(f("topics"), u'|'))
        e.topics.append({0, t.value(0), t.value(1), t.value(2)});
    for (const QStringList &a : listItems(f("actors"), u'|'))
        e.actors.append({a.value(0), a.value(1), a.value(3), a.value(2)});
    return e;
}

bool readHeader(LineReader &lines, QString *error)
{
    QStringList fields;
    QString reason;
    bool atEnd = false;
    if (!csvRecord(lines, &fields, &reason, &atEnd) || atEnd) {
        *error = atEnd ? ImportText::tr("The file is empty.")
                       : ImportText::tr("Line 1: %1.").arg(reason);
        return false;
    }
    for (QString &field : fields)
        field = csvFormulaDecoded(field);
    if (!fields.isEmpty() && fields.front().startsWith(QChar(0xfeff)))
        fields.front().remove(0, 1);
    if (fields != header()) {
        *error = ImportText::tr("The first line is not the Entente CSV header (%1).")
                     .arg(header().join(u','));
        return false;
    }
    return true;
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    LineReader lines(device);
    if (!readHeader(lines, error))
        return false;
    QStringList fields;
    QString reason;
    bool atEnd = false;
    std::optional<ImportedEvent> pending;
    QString pendingKey;
    auto flush = [&] {
        if (!pending)
            return true;
        ImportedEvent e = std::move(*pending);
        pending.reset();
        return out.emitEvent(std::move(e));
    };
    while (true) {
        const QString where = ImportText::tr("line %1").arg(lines.lineNumber() + 1);
        if (!csvRecord(lines, &fields, &reason, &atEnd)) {
            out.problem(where, reason);
            continue;
        }
        if (atEnd)
            break;
        if (fields.size() == 1 && fields.front().isEmpty())
            continue; // a blank line
        if (fields.size() != header().size()) {
            out.problem(where, ImportText::tr("it has %1 columns, not %2")
                                   .arg(fields.size())
                                   .arg(header().size()));
            continue;
        }
        for (QString &field : fields)
            field = csvFormulaDecoded(field);
        const Row f{fields};
        const auto citation = rowCitation(f, &reason);
        if (!citation) {
            out.problem(where, reason);
            continue;
        }
        // A row whose key repeats the previous row's adds a citation to that event.
        if (pending && !f("event").isEmpty() && f("event") == pendingKey) {
            if (hasSource(*citation))
                pending->citations.append(*citation);
            continue;
        }
        if (!flush() || !out.progress(device.pos()))
            return true;
        auto e = rowEvent(f, where, &reason);
        if (!e) {
            out.problem(where, reason);
            continue;
        }
        if (hasSource(*citation))
            e->citations.append(*citation);
        pending = std::move(e);
        pendingKey = f("event");
    }
    flush();
    return true;
}

// --- Writing --------------------------------------------------------------------------------

QString csvField(const QString &field)
{
    const QString text = csvFormulaEscaped(field);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString listField(const QList<QStringList> &items, QChar separator)
{
    QStringList parts;
    for (const QStringList &values : items) {
        QStringList encoded;
        for (const QString &v : values)
            encoded.append(listItemEncoded(v));
        parts.append(encoded.join(separator));
    }
    return parts.join(u';');
}

// The fields one event shares across its rows, from type_name to actors.
QStringList eventLists(const Event &e)
{
    QList<QStringList> countries, topics, actors;
    for (const Participant &p : e.participants)
        countries.append({p.country.alpha3, p.role});
    for (const Topic &t : e.topics)
        topics.append({t.slug, t.name, t.colour});
    for (const NamedActor &a : e.actors)
        actors.append({a.name, a.kind, a.role, a.description});
    return {listField(countries, u':'), listField(topics, u'|'), listField(actors, u'|')};
}

QByteArray writeHead(const QString &)
{
    return header().join(u',').toUtf8() + '\n';
}

// The rows of one event: one per citation; an event without one still has its row.
std::optional<QByteArray> writeEvent(const Event &e, qsizetype)
{
    const QStringList lists = eventLists(e);
    const QList<Citation> citations =
        e.citations.isEmpty() ? QList<Citation>{Citation{}} : e.citations;
    QByteArray rows;
    for (const Citation &c : citations) {
        const QString published =
            c.source.published.isUndated() ? QString() : c.source.published.toEdtf();
        const QStringList fields = {QString::number(e.id),
                                    e.title,
                                    e.summary,
                                    e.date.toEdtf(),
                                    e.attestedOn ? e.attestedOn->toEdtf() : QString(),
                                    e.dateNote,
                                    e.type.code,
                                    e.type.name,
                                    lists[0],
                                    lists[1],
                                    lists[2],
                                    c.source.publisher,
                                    c.source.title,
                                    c.source.author,
                                    published,
                                    c.source.url,
                                    c.source.cites,
                                    c.quote,
                                    c.cites,
                                    c.note};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        rows += quoted.join(u',').toUtf8() + '\n';
    }
    return rows;
}

const FormatWriter kWriter{writeHead, writeEvent, ""};

bool detect(const QByteArray &head)
{
    return head.startsWith("event,title,");
}

} // namespace

const Format &ententeCsvFormat()
{
    static const Format format{.key = "entente-csv",
                               .name = QT_TRANSLATE_NOOP("entente::core::Format", "Entente CSV"),
                               .patterns = "*.csv",
                               .detect = detect,
                               .read = read,
                               .writer = &kWriter,
                               .columns = columns};
    return format;
}

} // namespace entente::core
