// SPDX-License-Identifier: GPL-3.0-or-later
// ICEWS coded event data (the Integrated Crisis Early Warning System's files on the Harvard
// Dataverse): tab-separated, one event a row, under a header naming the columns: Event ID, Event
// Date (YYYY-MM-DD), Source Name, Source Sectors, Source Country, Event Text (the CAMEO
// description), CAMEO Code, Intensity, Target Name, Target Sectors, Target Country, Story ID,
// Sentence Number, Publisher, City, District, Province, Country, Latitude, Longitude. Countries
// are names, not codes; CAMEO codes may have lost their leading zero ("42" for 042). Entente reads
// it only.

#include "formats/format.h"
#include "formats/formatsupport.h"

#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

QStringList columnNames()
{
    return {u"Event ID"_s,        u"Event Date"_s,     u"Source Name"_s,    u"Source Sectors"_s,
            u"Source Country"_s,  u"Event Text"_s,     u"CAMEO Code"_s,     u"Intensity"_s,
            u"Target Name"_s,     u"Target Sectors"_s, u"Target Country"_s, u"Story ID"_s,
            u"Sentence Number"_s, u"Publisher"_s,      u"City"_s,           u"District"_s,
            u"Province"_s,        u"Country"_s,        u"Latitude"_s,       u"Longitude"_s};
}

// What the header says of where each column is; -1 where a file lacks it.
struct Columns
{
    QHash<QString, int> at;
    int of(const QString &name) const { return at.value(name, -1); }
};

// The columns without which a row is no event.
const QStringList &requiredColumns()
{
    static const QStringList names{u"Event ID"_s,       u"Event Date"_s,    u"Source Name"_s,
                                   u"Source Country"_s, u"Event Text"_s,    u"CAMEO Code"_s,
                                   u"Target Name"_s,    u"Target Country"_s};
    return names;
}

// One row's fields by column name.
struct Row
{
    QStringList fields;
    const Columns &columns;
    QString operator()(const QString &name) const
    {
        const int i = columns.of(name);
        return i >= 0 && i < fields.size() ? fields[i].trimmed() : QString();
    }
};

std::optional<StatedDate> rowDay(const QString &text, QString *reason)
{
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        *reason = ImportText::tr("its Event Date “%1” is not a day written YYYY-MM-DD")
                      .arg(text.left(20));
        return std::nullopt;
    }
    return StatedDate{date.year(), date.month(), date.day()};
}

// The source's and the target's countries, by name; a name iso-codes does not know is a problem.
bool setCountries(ImportedEvent &e, const Row &row, const ImportOutput &out, QString *reason)
{
    for (const QString &column : {u"Source Country"_s, u"Target Country"_s}) {
        const QString name = row(column);
        if (name.isEmpty())
            continue;
        const QString alpha3 = out.alpha3ForName(name);
        if (alpha3.isEmpty()) {
            *reason = ImportText::tr("its %1 “%2” is no ISO 3166 country").arg(column, name);
            return false;
        }
        if (std::none_of(e.countries.begin(), e.countries.end(),
                         [&](const auto &p) { return p.alpha3 == alpha3; }))
            e.countries.append({alpha3, u"participant"_s});
    }
    return true;
}

void setTexts(ImportedEvent &e, const Row &row)
{
    const QString source = row(u"Source Name"_s), target = row(u"Target Name"_s);
    const QString what = e.type.name;
    e.title = source.isEmpty() && target.isEmpty() ? what
              : target.isEmpty()                   ? ImportText::tr("%1: %2").arg(source, what)
              : source.isEmpty() ? ImportText::tr("%1 (with %2)").arg(what, target)
                                 : ImportText::tr("%1 → %2: %3").arg(source, target, what);
    QStringList place;
    for (const QString &column : {u"City"_s, u"District"_s, u"Province"_s, u"Country"_s}) {
        if (!row(column).isEmpty())
            place.append(row(column));
    }
    e.summary = ImportText::tr("ICEWS event %1, CAMEO %2; intensity %3; story %4, sentence %5; "
                               "place: %6.")
                    .arg(row(u"Event ID"_s), e.type.code, row(u"Intensity"_s), row(u"Story ID"_s),
                         row(u"Sentence Number"_s),
                         place.isEmpty() ? ImportText::tr("not given") : place.join(u", "_s));
}

std::optional<ImportedEvent> rowEvent(const Row &row, const QString &where, const ImportOutput &out,
                                      QString *reason)
{
    const auto day = rowDay(row(u"Event Date"_s), reason);
    if (!day)
        return std::nullopt;
    QString code = row(u"CAMEO Code"_s);
    if (code.isEmpty() || code.size() > 4 ||
        !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); })) {
        *reason = ImportText::tr("its CAMEO Code “%1” is not a CAMEO code").arg(code.left(20));
        return std::nullopt;
    }
    if (code.size() < 3)
        code = code.rightJustified(3, u'0'); // the zero the file lost
    ImportedEvent e;
    e.where = where;
    e.date = PartialDate::point(*day);
    setCameoTypeAndTopic(e, code, code.left(2), row(u"Event Text"_s));
    if (!setCountries(e, row, out, reason))
        return std::nullopt;
    setTexts(e, row);
    ImportedCitation citation;
    citation.source.publisher = row(u"Publisher"_s).isEmpty() ? u"ICEWS"_s : row(u"Publisher"_s);
    citation.source.title = ImportText::tr("ICEWS story %1").arg(row(u"Story ID"_s));
    citation.note = ImportText::tr("Machine-coded by ICEWS (event %1); no sentence is quoted.")
                        .arg(row(u"Event ID"_s));
    e.citations.append(citation);
    return e;
}

// The header's columns; false with the reason when a required one is missing.
bool readHeader(const QByteArray &line, Columns *columns, QString *error)
{
    const QList<QByteArray> names = line.split('\t');
    for (int i = 0; i < names.size(); ++i)
        columns->at.insert(QString::fromUtf8(names[i]).trimmed().remove(u'\xfeff'), i);
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (columns->of(name) < 0)
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        *error = ImportText::tr("The first line is not an ICEWS header: it lacks %1.")
                     .arg(missing.join(u", "_s));
        return false;
    }
    return true;
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    LineReader lines(device);
    bool tooLong = false;
    auto header = lines.next(&tooLong);
    Columns columns;
    if (!header || tooLong || !readHeader(*header, &columns, error)) {
        if (error->isEmpty())
            *error = ImportText::tr("The file is empty.");
        return false;
    }
    QString where;
    while (const auto text = nextTextLine(lines, out, &where)) {
        if (text->isEmpty())
            continue;
        if ((lines.lineNumber() & 1023) == 0 && !out.progress(device.pos()))
            return true;
        QString reason;
        auto e = rowEvent(Row{text->split(u'\t'), columns}, where, out, &reason);
        if (!e)
            out.problem(where, reason);
        else if (!out.emitEvent(std::move(*e)))
            return true;
    }
    return true;
}

bool detect(const QByteArray &head)
{
    const QByteArray first = head.left(head.indexOf('\n'));
    return first.contains("Event ID\t") && first.contains("CAMEO Code");
}

} // namespace

const Format &icewsFormat()
{
    static const Format format{.key = "icews",
                               .name =
                                   QT_TRANSLATE_NOOP("entente::core::Format", "ICEWS coded events"),
                               .patterns = "*.tab *.tsv *.txt",
                               .detect = detect,
                               .read = read,
                               .writer = nullptr,
                               .columns = columnNames};
    return format;
}

} // namespace entente::core
