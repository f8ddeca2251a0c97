// SPDX-License-Identifier: GPL-3.0-or-later
// The .timeline XML of the Timeline desktop application (thetimelineproj): <timeline> with
// <categories> (each with a name, a colour and perhaps a parent), <events> and <eras>; each
// event's start, end, text, description, category and further <categories>, fuzzy/milestone
// flags and hyperlink. Containers are events titled "[N]name", their subevents "(N)name".
// Entente reads it only.
//
// Timeline 0.1–0.9 wrote a text file instead, one record a line: "# Written by Timeline 0.9.0 on
// <time>", then "PREFERRED-PERIOD:start;end", "CATEGORY:name;r,g,b[;visible]" and
// "EVENT:start;end;text[;category][;description:text][;icon:png]" lines, and "# END" (from 0.3.0).
// Fields are split on ";" not preceded by a backslash; "\;", "\n", "\r" and "\\" stand for the
// character. Read as its own row of the format table.

#include "domain/eventcheck.h"
#include "formats/format.h"
#include "formats/formatsupport.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

QStringList fields()
{
    return {u"start"_s,      u"end"_s,       u"text"_s,        u"description"_s, u"category"_s,
            u"color"_s,      u"fuzzy"_s,     u"fuzzy_start"_s, u"fuzzy_end"_s,   u"milestone"_s,
            u"ends_today"_s, u"hyperlink"_s, u"era"_s,         u"categories"_s,  u"parent"_s};
}

// "2014-04-23 10:00:00" (or without the time) as a day.
std::optional<StatedDate> dateFromXml(const QString &text, QString *reason)
{
    // (Timeline 0.10 wrote times unpadded: "2009-11-4 22:52:0".)
    static const QRegularExpression re(
        u"^(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{1,2}(?::\\d{1,2})?)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        *reason = ImportText::tr("its time “%1” is not YYYY-MM-DD hh:mm:ss").arg(text.left(40));
        return std::nullopt;
    }
    StatedDate d{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    if (!yearInRange(d.year, reason))
        return std::nullopt;
    if (!isValidDay(d.year, d.month, d.day)) {
        *reason = ImportText::tr("its date %1 does not exist").arg(text.left(40));
        return std::nullopt;
    }
    return d;
}

QString colourFromRgb(const QString &rgb)
{
    const QStringList parts = rgb.split(u',');
    if (parts.size() != 3)
        return {};
    QString colour = u"#"_s;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.trimmed().toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return {};
        colour += u"%1"_s.arg(v, 2, 16, QChar(u'0'));
    }
    return colour;
}

// An <event> or <era> as its child elements' texts.
struct Item
{
    QHash<QString, QString> values;
    QStringList categories; //!< <category> and those under <categories>, in the file's order
    QString where;
    bool era = false;
};

// What the first pass over the file collects.
struct Scan
{
    QList<Item> items;
    QHash<QString, QString> categoryColours; // category name → #rrggbb
    QHash<QString, QString> categoryParents; // category name → its parent's name
    QHash<QString, QString> containers;      // container number → its name
};

// The children of the current element as name → text (one level deep); the <category> items of
// a <categories> child, and a lone <category>, go to \a categories when it is given.
QHash<QString, QString> childTexts(QXmlStreamReader &xml, QStringList *categories = nullptr)
{
    QHash<QString, QString> values;
    auto text = [&xml] {
        return xml.readElementText(QXmlStreamReader::SkipChildElements).left(kMaxFieldChars + 1);
    };
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (categories && name == "categories"_L1) {
            while (xml.readNextStartElement()) {
                if (xml.name() == "category"_L1)
                    categories->append(text());
                else
                    xml.skipCurrentElement();
            }
            continue;
        }
        values.insert(name, text());
        if (categories && name == "category"_L1)
            categories->prepend(values.value(name));
    }
    return values;
}

// Containers are events titled "[N]name"; their subevents "(N)name".
const QRegularExpression &containerPattern()
{
    static const QRegularExpression re(u"^\\[(\\d+)\\](.*)$"_s,
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &subeventPattern()
{
    static const QRegularExpression re(u"^\\((\\d+)\\)(.*)$"_s,
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// Reads the whole file into \a scan; false with \a error when it is not a Timeline file, or
// with \a cancelled set when the user stopped it.
bool scanFile(QIODevice &device, ImportOutput &out, Scan *scan, bool *cancelled, QString *error)
{
    QXmlStreamReader xml(&device);
    bool sawTimeline = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = ImportText::tr(
                "The file declares a DTD, which a .timeline file never does; it is not read.");
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == "timeline"_L1) {
            sawTimeline = true;
        } else if (!sawTimeline) {
            break;
        } else if (name == "category"_L1) {
            const auto v = childTexts(xml);
            scan->categoryColours.insert(v.value(u"name"_s), colourFromRgb(v.value(u"color"_s)));
            if (!v.value(u"parent"_s).isEmpty())
                scan->categoryParents.insert(v.value(u"name"_s), v.value(u"parent"_s));
        } else if (name == "event"_L1 || name == "era"_L1) {
            const qint64 line = xml.lineNumber();
            Item item{{}, {}, ImportText::tr("line %1").arg(line), name == "era"_L1};
            item.values = childTexts(xml, &item.categories);
            scan->items.append(item);
            if (!out.progress(device.pos())) {
                *cancelled = true;
                return true;
            }
        }
    }
    if (xml.hasError()) {
        *error = ImportText::tr("The file is not valid XML: %1 (line %2).")
                     .arg(xml.errorString())
                     .arg(xml.lineNumber());
        return false;
    }
    if (!sawTimeline) {
        *error =
            ImportText::tr("The file is XML but not a Timeline file: its root is not <timeline>.");
        return false;
    }
    for (const Item &item : std::as_const(scan->items)) {
        if (const auto m = containerPattern().match(item.values.value(u"text"_s)); m.hasMatch())
            scan->containers.insert(m.captured(1), m.captured(2).trimmed());
    }
    return true;
}

// An item's start and end, with their fuzziness; nullopt with the reason when they are wrong.
std::optional<PartialDate> itemDate(const QHash<QString, QString> &v, QString *reason)
{
    auto start = dateFromXml(v.value(u"start"_s), reason);
    auto end = start ? dateFromXml(v.value(u"end"_s, v.value(u"start"_s)), reason) : std::nullopt;
    if (!start || !end)
        return std::nullopt;
    const bool fuzzy = v.value(u"fuzzy"_s) == "True"_L1;
    start->approximate = fuzzy || v.value(u"fuzzy_start"_s) == "True"_L1;
    end->approximate = fuzzy || v.value(u"fuzzy_end"_s) == "True"_L1;
    if (end->upperBound() < start->lowerBound()) {
        *reason = ImportText::tr("it ends before it starts");
        return std::nullopt;
    }
    // An event that runs to this day is open whatever end the file saved (the day it was saved).
    if (v.value(u"ends_today"_s) == "True"_L1)
        return PartialDate::interval(PartialDate::End::Known, *start, PartialDate::End::Open, {});
    if (*start == *end)
        return PartialDate::point(*start);
    return PartialDate::interval(PartialDate::End::Known, *start, PartialDate::End::Known, *end);
}

// The title, and the summary with the container the item belongs to.
void setTexts(ImportedEvent &e, const Item &item, const Scan &scan)
{
    const auto &v = item.values;
    e.title = item.era ? v.value(u"name"_s) : v.value(u"text"_s);
    QString container;
    if (const auto m = containerPattern().match(e.title); m.hasMatch()) {
        e.title = m.captured(2);
        e.dateNote = ImportText::tr("A container of other events in the Timeline file.");
    } else if (const auto s = subeventPattern().match(e.title); s.hasMatch()) {
        e.title = s.captured(2);
        container = scan.containers.value(s.captured(1));
    }
    e.summary = v.value(u"description"_s);
    if (!container.isEmpty())
        e.summary = (e.summary.isEmpty() ? QString() : e.summary + u"\n\n"_s) +
                    ImportText::tr("Part of “%1”.").arg(container);
}

// Every category of the item as a topic, each followed by the categories it is part of (a
// parent, its parent, …), so that a parent's topic finds its children's events; once each.
void addCategories(ImportedEvent &e, const QStringList &categories, const Scan &scan)
{
    QStringList names;
    for (QString name : categories) {
        // (A cycle of parents, which Timeline itself refuses, ends where it repeats.)
        while (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
            name = scan.categoryParents.value(name);
        }
    }
    for (const QString &name : std::as_const(names)) {
        const QString parent = scan.categoryParents.value(name);
        e.topics.append({0, QString(), name, scan.categoryColours.value(name),
                         parent.isEmpty() ? QString() : slugFor(parent)});
    }
}

std::optional<ImportedEvent> itemEvent(const Item &item, const Scan &scan, QString *reason)
{
    const auto &v = item.values;
    ImportedEvent e;
    e.where = item.where;
    setTexts(e, item, scan);
    const auto date = itemDate(v, reason);
    if (!date)
        return std::nullopt;
    e.date = *date;
    if (item.era)
        e.type = {u"entente:era"_s, u"entente"_s, ImportText::tr("Era")};
    else if (v.value(u"milestone"_s) == "True"_L1)
        e.type = {u"entente:milestone"_s, u"entente"_s, ImportText::tr("Milestone")};
    addCategories(e, item.categories, scan);
    if (!v.value(u"hyperlink"_s).isEmpty()) {
        ImportedCitation c;
        c.source.url = v.value(u"hyperlink"_s).trimmed();
        c.source.publisher = QUrl(c.source.url).host();
        c.note = ImportText::tr("The event's hyperlink in the Timeline file.");
        e.citations.append(c);
    }
    return e;
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    if (device.size() > kMaxJsonXmlBytes) {
        *error = ImportText::tr("The file is larger than %1 MB.").arg(kMaxJsonXmlBytes / 1'000'000);
        return false;
    }
    Scan scan;
    bool cancelled = false;
    if (!scanFile(device, out, &scan, &cancelled, error))
        return false;
    if (cancelled)
        return true;
    for (const Item &item : std::as_const(scan.items)) {
        QString reason;
        auto e = itemEvent(item, scan, &reason);
        if (!e)
            out.problem(item.where, reason);
        else if (!out.emitEvent(std::move(*e)))
            return true;
    }
    return true;
}

bool detect(const QByteArray &head)
{
    return head.trimmed().startsWith('<');
}

// --- Timeline 0.1–0.9 text ------------------------------------------------------------------

QStringList textFields()
{
    return {u"PREFERRED-PERIOD"_s, u"CATEGORY"_s, u"EVENT"_s, u"description"_s, u"icon"_s};
}

// The fields of a record: split on ";" unless escaped, each unescaped.
QStringList splitRecord(const QString &text)
{
    QStringList fields{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            fields.last() += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next;
        } else if (c == u';') {
            fields.append(QString());
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

// An EVENT record: start;end;text;category, then id:data items (description, icon).
std::optional<ImportedEvent> textEvent(const QStringList &f, const QString &where,
                                       const QHash<QString, QString> &colours, QString *reason)
{
    if (f.size() < 3) {
        *reason = ImportText::tr("it has %1 fields, not at least 3").arg(f.size());
        return std::nullopt;
    }
    ImportedEvent e;
    e.where = where;
    e.title = f[2].trimmed();
    const auto date = itemDate({{u"start"_s, f[0]}, {u"end"_s, f[1]}}, reason);
    if (!date)
        return std::nullopt;
    e.date = *date;
    if (f.size() > 3 && !f[3].isEmpty())
        e.topics.append({0, QString(), f[3], colours.value(f[3]), QString()});
    for (qsizetype i = 4; i < f.size(); ++i) {
        if (f[i].startsWith(u"description:"_s))
            e.summary = f[i].mid(12);
    }
    return e;
}

bool readText(QIODevice &device, ImportOutput &out, QString *error)
{
    LineReader lines(device);
    QHash<QString, QString> colours; // category name → #rrggbb
    QString where;
    while (const auto text = nextTextLine(lines, out, &where)) {
        if (text->startsWith(u"CATEGORY:"_s)) {
            const QStringList f = splitRecord(text->mid(9));
            colours.insert(f.value(0), colourFromRgb(f.value(1)));
        } else if (text->startsWith(u"EVENT:"_s)) {
            QString reason;
            auto e = textEvent(splitRecord(text->mid(6)), where, colours, &reason);
            if (!e)
                out.problem(where, reason);
            else if (!out.emitEvent(std::move(*e)))
                return true;
        }
        if ((lines.lineNumber() & 1023) == 0 && !out.progress(device.pos()))
            return true;
    }
    // (The header, PREFERRED-PERIOD and "# END" say nothing about events; what is wrong is a
    // record's problem, so the file as a whole is never refused.)
    Q_UNUSED(error);
    return true;
}

bool detectText(const QByteArray &head)
{
    return head.startsWith("# Written by Timeline ");
}

} // namespace

const Format &timelineXmlFormat()
{
    static const Format format{
        .key = "timeline",
        .name = QT_TRANSLATE_NOOP("entente::core::Format", "Timeline (.timeline XML)"),
        .patterns = "*.timeline *.xml",
        .detect = detect,
        .read = read,
        .writer = nullptr,
        .columns = fields};
    return format;
}

const Format &timelineTextFormat()
{
    static const Format format{
        .key = "timeline-text",
        .name = QT_TRANSLATE_NOOP("entente::core::Format", "Timeline 0.1–0.9 (text)"),
        .patterns = "*.timeline",
        .detect = detectText,
        .read = readText,
        .writer = nullptr,
        .columns = textFields};
    return format;
}

} // namespace entente::core
