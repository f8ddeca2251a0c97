// SPDX-License-Identifier: GPL-3.0-or-later
// Entente CSV: one row per citation (an event's later rows repeat its key and add a citation),
// EDTF dates, ISO 3166 alpha-3 codes, lists inside a field separated by ';' with their items'
// parts by ':' or '|'. docs/data-format.md describes it with an example.

#include "domain/event.h"
#include "formats/format.h"
#include "formats/formatsupport.h"

#include <algorithm>
#include <array>

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
        e.topics.append({0, t.value(0), t.value(1), t.value(2), t.value(3)});
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

// Appends \a field to \a row as one CSV field: text a spreadsheet would run as a formula behind
// an apostrophe, quoted (its quotes doubled) when it holds a comma, a quote or a line break.
void appendCsvField(QString &row, QStringView field)
{
    const bool quoted = std::any_of(field.begin(), field.end(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (quoted)
        row += u'"';
    if (apostrophesBeforeFormula(field) >= 0)
        row += u'\'';
    if (quoted && field.contains(u'"')) {
        for (const QChar c : field) {
            if (c == u'"')
                row += u'"';
            row += c;
        }
    } else {
        row += field;
    }
    if (quoted)
        row += u'"';
}

// A list field: items separated by ';', each item's parts by \a separator, every part encoded.
template<typename Item, typename Parts>
QString listField(const QList<Item> &items, QChar separator, Parts partsOf)
{
    QString field;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            field += u';';
        const auto parts = partsOf(items[i]);
        for (qsizetype k = 0; k < qsizetype(parts.size()); ++k) {
            if (k > 0)
                field += separator;
            appendListItemEncoded(field, parts[k]);
        }
    }
    return field;
}

QByteArray writeHead(const QString &)
{
    return header().join(u',').toUtf8() + '\n';
}

// The rows of one event: one per citation; an event without one still has its row. Written
// into one string, field by field: this runs a million times for a million events.
std::optional<QByteArray> writeEvent(const Event &e)
{
    using Parts2 = std::array<QStringView, 2>;
    using Parts4 = std::array<QStringView, 4>;
    // The fields every row of the event repeats, from event to actors.
    QString shared;
    shared.reserve(512);
    const QString fields[] = {
        QString::number(e.id),
        e.title,
        e.summary,
        e.date.toEdtf(),
        e.attestedOn ? e.attestedOn->toEdtf() : QString(),
        e.dateNote,
        e.type.code,
        e.type.name,
        listField(e.participants, u':',
                  [](const Participant &p) {
                      return Parts2{p.country.alpha3, p.role};
                  }),
        listField(e.topics, u'|',
                  [](const Topic &t) {
                      // The parent only where there is one: files of topics without stay as before.
                      QVarLengthArray<QStringView, 4> parts{t.slug, t.name, t.colour};
                      if (!t.parent.isEmpty())
                          parts.append(t.parent);
                      return parts;
                  }),
        listField(e.actors, u'|',
                  [](const NamedActor &a) {
                      return Parts4{a.name, a.kind, a.role, a.description};
                  }),
    };
    for (const QString &f : fields) {
        appendCsvField(shared, f);
        shared += u',';
    }
    static const Citation kNone;
    QString rows;
    rows.reserve(2 * shared.size());
    for (qsizetype i = 0; i < std::max<qsizetype>(1, e.citations.size()); ++i) {
        const Citation &c = e.citations.isEmpty() ? kNone : e.citations[i];
        rows += shared;
        const QString published =
            c.source.published.isUndated() ? QString() : c.source.published.toEdtf();
        const QStringView cited[] = {
            c.source.publisher, c.source.title, c.source.author, published, c.source.url,
            c.source.cites,     c.quote,        c.cites,         c.note};
        for (size_t k = 0; k < std::size(cited); ++k) {
            if (k > 0)
                rows += u',';
            appendCsvField(rows, cited[k]);
        }
        rows += u'\n';
    }
    return rows.toUtf8();
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
