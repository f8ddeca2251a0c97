// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): {"title", "events",
// "eras"}, each slide with start_date and end_date objects, text.headline and text.text (HTML),
// group, media {url, caption, credit}. Entente reads events and eras and writes dated events.

#include "domain/event.h"
#include "formats/format.h"
#include "formats/formatsupport.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

QStringList fields()
{
    return {u"start_date"_s, u"end_date"_s, u"display_date"_s, u"headline"_s,
            u"text"_s,       u"group"_s,    u"media"_s,        u"url"_s,
            u"caption"_s,    u"credit"_s,   u"eras"_s,         u"unique_id"_s};
}

// --- Reading --------------------------------------------------------------------------------

// One part of a date object: absent or empty is 0; a whole number of a sane size otherwise.
int datePart(const QJsonObject &o, const char *key, bool *ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    *ok = true;
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return 0;
    if (v.isDouble()) {
        // A JSON number can be anything a double holds.
        const double x = v.toDouble();
        *ok = x >= -1e6 && x <= 1e6 && x == std::floor(x);
        return *ok ? int(x) : 0;
    }
    return v.toString().trimmed().toInt(ok);
}

// A TimelineJS date object ({"year": "2014", "month": "4", "day": "23"}) as a stated date.
std::optional<StatedDate> dateFromJson(const QJsonObject &o, QString *reason)
{
    bool yearOk, monthOk, dayOk;
    StatedDate d;
    d.year = datePart(o, "year", &yearOk);
    d.month = datePart(o, "month", &monthOk);
    d.day = datePart(o, "day", &dayOk);
    if (!yearOk || !monthOk || !dayOk || o.value(u"year"_s).isUndefined() || d.month < 0 ||
        d.month > 12 || d.day < 0 || d.day > 31 || (d.day && !d.month)) {
        *reason = ImportText::tr("its date is not a year with an optional month and day");
        return std::nullopt;
    }
    if (!yearInRange(d.year, reason))
        return std::nullopt;
    if (d.day && !QDate(d.year, d.month, d.day).isValid()) {
        *reason =
            ImportText::tr("its date %1-%2-%3 does not exist").arg(d.year).arg(d.month).arg(d.day);
        return std::nullopt;
    }
    return d;
}

// The slide's start and end as a date; nullopt with the reason when they are wrong.
std::optional<PartialDate> slideDate(const QJsonObject &o, QString *reason)
{
    const auto start = dateFromJson(o.value(u"start_date"_s).toObject(), reason);
    if (!start)
        return std::nullopt;
    if (!o.contains(u"end_date"_s))
        return PartialDate::point(*start);
    const auto end = dateFromJson(o.value(u"end_date"_s).toObject(), reason);
    if (!end)
        return std::nullopt;
    if (end->upperBound() < start->lowerBound()) {
        *reason = ImportText::tr("it ends before it starts");
        return std::nullopt;
    }
    return PartialDate::interval(PartialDate::End::Known, *start, PartialDate::End::Known, *end);
}

std::optional<ImportedEvent> slideEvent(const QJsonObject &o, const QString &where, bool era,
                                        QString *reason)
{
    ImportedEvent e;
    e.where = where;
    const QJsonObject text = o.value(u"text"_s).toObject();
    e.title = plainTextFromHtml(jsonText(text, "headline")).simplified();
    e.summary = plainTextFromHtml(jsonText(text, "text"));
    const auto date = slideDate(o, reason);
    if (!date)
        return std::nullopt;
    e.date = *date;
    const QJsonObject start = o.value(u"start_date"_s).toObject();
    const QString display = jsonText(start, "display_date").isEmpty()
                                ? jsonText(o, "display_date")
                                : jsonText(start, "display_date");
    if (!display.isEmpty())
        e.dateNote = ImportText::tr("Shown in the timeline as “%1”.")
                         .arg(plainTextFromHtml(display).simplified());
    if (era)
        e.type = {u"entente:era"_s, u"entente"_s, ImportText::tr("Era")};
    if (!jsonText(o, "group").isEmpty())
        e.topics.append({0, QString(), jsonText(o, "group"), QString()});
    const QJsonObject media = o.value(u"media"_s).toObject();
    if (!jsonText(media, "credit").isEmpty() || !jsonText(media, "url").isEmpty()) {
        ImportedCitation c;
        c.source.publisher = plainTextFromHtml(jsonText(media, "credit")).simplified();
        c.source.url = jsonText(media, "url");
        c.source.title = plainTextFromHtml(jsonText(media, "caption")).simplified();
        c.note = ImportText::tr("The timeline's media credit.");
        e.citations.append(c);
    }
    return e;
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    QJsonObject root;
    if (!readJsonObject(device, &root, error))
        return false;
    if (!root.value(u"events"_s).isArray()) {
        *error = ImportText::tr(
            "The file is JSON but not a TimelineJS timeline: it has no \"events\" list.");
        return false;
    }
    auto slides = [](bool era) {
        return [era](const QJsonObject &o, const QString &where, QString *reason) {
            return slideEvent(o, where, era, reason);
        };
    };
    // The eras after the events, unless reading stopped; progress goes by the events.
    if (readJsonList(root, "events", device.size(), true, out, slides(false)))
        readJsonList(root, "eras", device.size(), false, out, slides(true));
    return true;
}

// --- Writing --------------------------------------------------------------------------------

QJsonObject dateJson(const StatedDate &d)
{
    QJsonObject o{{u"year"_s, QString::number(d.year)}};
    if (d.month)
        o.insert(u"month"_s, QString::number(d.month));
    if (d.day)
        o.insert(u"day"_s, QString::number(d.day));
    return o;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
}

// TimelineJS shows dated events only; undated ones and unknown starts cannot be drawn there.
std::optional<QJsonObject> slideJson(const Event &e)
{
    const PartialDate &date = boundingDate(e.date, e.attestedOn);
    if (date.isUndated() || date.startKind() != PartialDate::End::Known)
        return std::nullopt;
    QJsonObject start = dateJson(date.start());
    start.insert(u"display_date"_s, e.dateText(QLocale(QLocale::English)));
    QJsonObject o{{u"start_date"_s, start},
                  {u"text"_s, QJsonObject{{u"headline"_s, htmlEscaped(e.title)},
                                          {u"text"_s, htmlEscaped(e.summary)}}},
                  {u"unique_id"_s, u"entente-%1"_s.arg(e.id)}};
    if (date.isInterval() && date.endKind() == PartialDate::End::Known)
        o.insert(u"end_date"_s, dateJson(date.end()));
    if (!e.topics.isEmpty())
        o.insert(u"group"_s, e.topics.front().name);
    if (!e.citations.isEmpty()) {
        const Source &s = e.citations.front().source;
        QJsonObject media{{u"credit"_s, htmlEscaped(s.publisher)},
                          {u"caption"_s, htmlEscaped(e.citations.front().quote)}};
        if (!s.url.isEmpty())
            media.insert(u"url"_s, s.url);
        o.insert(u"media"_s, media);
    }
    return o;
}

QByteArray writeHead(const QString &title)
{
    return jsonDocumentHead(QJsonObject{
        {u"title"_s, QJsonObject{{u"text"_s, QJsonObject{{u"headline"_s, htmlEscaped(title)}}}}}});
}

std::optional<QByteArray> writeEvent(const Event &e, qsizetype index)
{
    const auto slide = slideJson(e);
    if (!slide)
        return std::nullopt;
    return jsonListItem(*slide, index);
}

const FormatWriter kWriter{writeHead, writeEvent, kJsonDocumentTail};

// Any JSON object that is not Entente's (formats() tries Entente JSON first).
bool detect(const QByteArray &head)
{
    return head.trimmed().startsWith('{');
}

} // namespace

const Format &timelineJsFormat()
{
    static const Format format{.key = "timelinejs",
                               .name =
                                   QT_TRANSLATE_NOOP("entente::core::Format", "TimelineJS JSON"),
                               .patterns = "*.json",
                               .detect = detect,
                               .read = read,
                               .writer = &kWriter,
                               .columns = fields};
    return format;
}

} // namespace entente::core
