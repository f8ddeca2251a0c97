// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): {"title", "events",
// "eras"}, each slide with start_date and end_date objects, text.headline and text.text (HTML),
// group, media {url, caption, credit}. Entente reads events and eras, and the TimelineJS 2 form
// that many sites still serve ({"timeline": {"date": [...], "era": [...]}}, dates as "Y,M,D",
// asset {media, credit, caption}, tag); it writes dated events as TimelineJS 3.

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
    return {u"start_date"_s, u"end_date"_s,  u"display_date"_s, u"headline"_s, u"text"_s,
            u"group"_s,      u"media"_s,     u"url"_s,          u"caption"_s,  u"credit"_s,
            u"eras"_s,       u"unique_id"_s, u"startDate"_s,    u"endDate"_s,  u"asset"_s,
            u"tag"_s,        u"tags"_s};
}

// --- Reading --------------------------------------------------------------------------------

// One part of a date object: absent or empty is 0; a whole number of a sane size otherwise.
// (Years reach deep time: TimelineJS's own examples start at the Big Bang, -13800000000.)
qint64 datePart(const QJsonObject &o, const char *key, bool *ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    *ok = true;
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return 0;
    if (v.isDouble()) {
        // A JSON number can be anything a double holds.
        const double x = v.toDouble();
        *ok = x >= -1e12 && x <= 1e12 && x == std::floor(x);
        return *ok ? qint64(x) : 0;
    }
    const qint64 n = v.toString().trimmed().toLongLong(ok);
    *ok = *ok && n >= -qint64(1e12) && n <= qint64(1e12);
    return *ok ? n : 0;
}

// A TimelineJS date object ({"year": "2014", "month": "4", "day": "23"}) as a stated date.
std::optional<StatedDate> dateFromJson(const QJsonObject &o, QString *reason)
{
    bool yearOk, monthOk, dayOk;
    StatedDate d;
    d.year = datePart(o, "year", &yearOk);
    const qint64 month = datePart(o, "month", &monthOk);
    const qint64 day = datePart(o, "day", &dayOk);
    if (!yearOk || !monthOk || !dayOk || o.value(u"year"_s).isUndefined() || month < 0 ||
        month > 12 || day < 0 || day > 31 || (day && !month)) {
        *reason = ImportText::tr("its date is not a year with an optional month and day");
        return std::nullopt;
    }
    d.month = int(month);
    d.day = int(day);
    if (!yearInRange(d.year, reason))
        return std::nullopt;
    if (d.day && !isValidDay(d.year, d.month, d.day)) {
        *reason =
            ImportText::tr("its date %1-%2-%3 does not exist").arg(d.year).arg(d.month).arg(d.day);
        return std::nullopt;
    }
    return d;
}

// The slide's start and end as a date; nullopt with the reason when the start is wrong. An end
// that cannot be used (unreadable, or before the start) leaves the start alone, and \a endNote
// says what the file had: the source's slip is recorded, not guessed away.
std::optional<PartialDate> slideDate(const QJsonObject &o, QString *reason, QString *endNote)
{
    const auto start = dateFromJson(o.value(u"start_date"_s).toObject(), reason);
    if (!start)
        return std::nullopt;
    if (!o.contains(u"end_date"_s))
        return PartialDate::point(*start);
    QString endProblem;
    const auto end = dateFromJson(o.value(u"end_date"_s).toObject(), &endProblem);
    if (end && end->upperBound() < start->lowerBound())
        endProblem = ImportText::tr("it ends before it starts");
    if (!endProblem.isEmpty()) {
        const QJsonObject given = o.value(u"end_date"_s).toObject();
        QStringList parts{jsonText(given, "year"), jsonText(given, "month"),
                          jsonText(given, "day")};
        parts.removeAll(QString());
        const QString text = parts.join(u'-');
        *endNote = ImportText::tr("The file's end date (%1) cannot be used: %2; only the start "
                                  "is kept.")
                       .arg(text, endProblem);
        return PartialDate::point(*start);
    }
    return PartialDate::interval(PartialDate::End::Known, *start, PartialDate::End::Known, *end);
}

// A slide without a headline (TimelineJS shows text-only and media-only slides) is titled by
// the first words of its text, else its media's caption or address, and says so.
QString untitledSlideTitle(const QString &summary, const QJsonObject &media)
{
    constexpr qsizetype kWords = 8;
    QString words = summary.simplified();
    if (words.isEmpty())
        words = plainTextFromHtml(jsonText(media, "caption")).simplified();
    if (words.isEmpty())
        words = jsonText(media, "url").simplified();
    if (words.isEmpty())
        return {};
    const QStringList list = words.split(u' ');
    if (list.size() > kWords)
        words = QStringList(list.mid(0, kWords)).join(u' ') + u'…';
    return ImportText::tr("%1 (no headline in the file)").arg(words);
}

std::optional<ImportedEvent> slideEvent(const QJsonObject &o, const QString &where, bool era,
                                        QString *reason)
{
    ImportedEvent e;
    e.where = where;
    const QJsonObject text = o.value(u"text"_s).toObject();
    e.title = plainTextFromHtml(jsonText(text, "headline")).simplified();
    e.summary = plainTextFromHtml(jsonText(text, "text"));
    if (e.title.isEmpty())
        e.title = untitledSlideTitle(e.summary, o.value(u"media"_s).toObject());
    QString endNote;
    const auto date = slideDate(o, reason, &endNote);
    if (!date)
        return std::nullopt;
    e.date = *date;
    const QJsonObject start = o.value(u"start_date"_s).toObject();
    const QString display = jsonText(start, "display_date").isEmpty()
                                ? jsonText(o, "display_date")
                                : jsonText(start, "display_date");
    QStringList notes;
    if (!display.isEmpty())
        notes.append(ImportText::tr("Shown in the timeline as “%1”.")
                         .arg(plainTextFromHtml(display).simplified()));
    if (!endNote.isEmpty())
        notes.append(endNote);
    e.dateNote = notes.join(u' ');
    if (era)
        e.type = {u"entente:era"_s, u"entente"_s, ImportText::tr("Era")};
    if (!jsonText(o, "group").isEmpty())
        e.topics.append({0, QString(), jsonText(o, "group"), QString(), QString()});
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

// TimelineJS 2's "2011,3,23" (or "2011", "2011,3", with hours after the day) as a TimelineJS 3
// date object; what is not a number is kept, for the date check to refuse.
QJsonObject dateFromVersion2(const QString &text)
{
    const QStringList parts = text.split(u',');
    QJsonObject o{{u"year"_s, parts.value(0).trimmed()}};
    if (parts.size() > 1)
        o.insert(u"month"_s, parts[1].trimmed());
    if (parts.size() > 2)
        o.insert(u"day"_s, parts[2].trimmed());
    return o;
}

// A TimelineJS 2 slide in TimelineJS 3's shape.
QJsonValue slideFromVersion2(const QJsonValue &value)
{
    const QJsonObject v2 = value.toObject();
    QJsonObject o{{u"start_date"_s, dateFromVersion2(jsonText(v2, "startDate"))},
                  {u"text"_s, QJsonObject{{u"headline"_s, jsonText(v2, "headline")},
                                          {u"text"_s, jsonText(v2, "text")}}}};
    if (!jsonText(v2, "endDate").isEmpty())
        o.insert(u"end_date"_s, dateFromVersion2(jsonText(v2, "endDate")));
    const QString tag = jsonText(v2, "tag").isEmpty() ? jsonText(v2, "tags") : jsonText(v2, "tag");
    if (!tag.isEmpty())
        o.insert(u"group"_s, tag);
    const QJsonObject asset = v2.value(u"asset"_s).toObject();
    if (!asset.isEmpty())
        o.insert(u"media"_s, QJsonObject{{u"url"_s, jsonText(asset, "media")},
                                         {u"credit"_s, jsonText(asset, "credit")},
                                         {u"caption"_s, jsonText(asset, "caption")}});
    return o;
}

// {"timeline": {"date": [...], "era": [...]}} with its slides in TimelineJS 3's shape, under
// the same keys, so that problems name the file's own paths ("date[3]").
QJsonObject rootFromVersion2(const QJsonObject &timeline)
{
    QJsonObject root;
    for (const char *key : {"date", "era"}) {
        QJsonArray slides;
        for (const QJsonValue &v : timeline.value(QLatin1String(key)).toArray())
            slides.append(slideFromVersion2(v));
        root.insert(QLatin1String(key), slides);
    }
    return root;
}

// The slides of \a eventsKey, then the eras of \a erasKey unless reading stopped; progress goes
// by the events.
void readSlides(const QJsonObject &root, const char *eventsKey, const char *erasKey,
                qint64 deviceSize, ImportOutput &out)
{
    auto slides = [](bool era) {
        return [era](const QJsonObject &o, const QString &where, QString *reason) {
            return slideEvent(o, where, era, reason);
        };
    };
    if (readJsonList(root, eventsKey, deviceSize, true, out, slides(false)))
        readJsonList(root, erasKey, deviceSize, false, out, slides(true));
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    QJsonObject root;
    if (!readJsonObject(device, &root, error))
        return false;
    const QJsonObject version2 = root.value(u"timeline"_s).toObject();
    if (!root.contains(u"events"_s) && version2.value(u"date"_s).isArray()) {
        readSlides(rootFromVersion2(version2), "date", "era", device.size(), out);
        return true;
    }
    if (!root.value(u"events"_s).isArray()) {
        *error = ImportText::tr(
            "The file is JSON but not a TimelineJS timeline: it has no \"events\" list.");
        return false;
    }
    readSlides(root, "events", "eras", device.size(), out);
    return true;
}

// --- Writing --------------------------------------------------------------------------------

// A TimelineJS date; \a display is the start's display_date (none for the end).
void writeDate(JsonText &json, const char *key, const StatedDate &d, const QString &display = {})
{
    json.beginObject(key);
    if (d.day)
        json.member("day", QString::number(d.day));
    json.memberIfAny("display_date", display);
    if (d.month)
        json.member("month", QString::number(d.month));
    json.member("year", QString::number(d.year));
    json.endObject();
}

// The data's language, English, for display dates: one locale for every event (constructing
// one per event was a tenth of the export).
const QLocale &english()
{
    static const QLocale locale(QLocale::English);
    return locale;
}

// \a text as HTML (what toHtmlEscaped() escapes, and new lines as <br>), appended to \a out in
// one pass; most texts need nothing escaped and are appended as they are.
void appendHtml(QString &out, QStringView text)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char *escape = c == u'<'    ? "&lt;"
                             : c == u'>'  ? "&gt;"
                             : c == u'&'  ? "&amp;"
                             : c == u'"'  ? "&quot;"
                             : c == u'\n' ? "<br>"
                                          : nullptr;
        if (!escape)
            continue;
        out.append(text.mid(plain, i - plain));
        out.append(QLatin1StringView(escape));
        plain = i + 1;
    }
    out.append(text.mid(plain));
}

QString htmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    appendHtml(out, text);
    return out;
}

// One source of an event as TimelineJS's slide text shows it: the quoted sentence, then who says
// it, linked where the source has an address. (The file's words are in the data's language,
// English, as its display dates are.)
QString citationHtml(const Citation &c)
{
    const Source &s = c.source;
    QStringList who;
    for (const QString &part : {s.publisher, s.author})
        if (!part.isEmpty())
            who.append(htmlEscaped(part));
    if (!s.published.isUndated())
        who.append(htmlEscaped(s.published.toDisplayString(english())));
    QString title = htmlEscaped(s.title.isEmpty() ? s.url : s.title);
    if (!s.url.isEmpty())
        title = u"<a href=\"%1\">%2</a>"_s.arg(s.url.toHtmlEscaped(), title);
    QString line = u"— "_s + who.join(u", "_s);
    if (!title.isEmpty())
        line += (who.isEmpty() ? QString() : u": "_s) + title;
    // Only where the source attributes this sentence (the source's own attribution is general).
    if (!c.cites.isEmpty())
        line += u"; citing "_s + htmlEscaped(c.cites);
    QString html;
    if (!c.quote.isEmpty()) {
        html += u"<blockquote>“"_s;
        appendHtml(html, c.quote);
        html += u"”</blockquote>"_s;
    }
    return html + u"<p>"_s + line + u"</p>"_s;
}

// The slide's text: the summary, the countries with their roles, and every source.
QString slideText(const Event &e)
{
    QString html;
    if (!e.summary.isEmpty()) {
        html += u"<p>"_s;
        appendHtml(html, e.summary);
        html += u"</p>"_s;
    }
    for (qsizetype i = 0; i < e.participants.size(); ++i) {
        const Participant &p = e.participants[i];
        html += i == 0 ? u"<p>Countries: "_s : u", "_s;
        appendHtml(html, p.country.englishName());
        html += u" ("_s + p.role + u')';
    }
    if (!e.participants.isEmpty())
        html += u"</p>"_s;
    for (const Citation &c : e.citations)
        html += citationHtml(c);
    return html;
}

// TimelineJS shows dated events only; undated ones and unknown starts cannot be drawn there.
// A slide's media must have a url (TimelineJS fails on the whole file otherwise), so there is
// media only for a source with an address; its group is the event's first country, the lane
// Entente draws it in first. Members in the order of their keys (see JsonText).
std::optional<QByteArray> slideJson(const Event &e)
{
    const PartialDate &date = boundingDate(e.date, e.attestedOn);
    if (date.isUndated() || date.startKind() != PartialDate::End::Known)
        return std::nullopt;
    JsonText json;
    json.beginObject();
    if (date.isInterval() && date.endKind() == PartialDate::End::Known)
        writeDate(json, "end_date", date.end());
    if (!e.participants.isEmpty())
        json.member("group", e.participants.front().country.englishName());
    else if (!e.topics.isEmpty())
        json.member("group", e.topics.front().name);
    for (const Citation &c : e.citations) {
        if (c.source.url.isEmpty())
            continue;
        json.beginObject("media");
        json.member("caption", htmlEscaped(c.source.title));
        json.member("credit", htmlEscaped(c.source.publisher));
        json.member("url", c.source.url);
        json.endObject();
        break;
    }
    writeDate(json, "start_date", date.start(), e.dateText(english()));
    json.beginObject("text");
    json.member("headline", htmlEscaped(e.title));
    json.member("text", slideText(e));
    json.endObject();
    json.member("unique_id", QString(u"entente-"_s + QString::number(e.id)));
    json.endObject();
    return json.utf8();
}

QByteArray writeHead(const QString &title)
{
    return jsonDocumentHead(QJsonObject{
        {u"title"_s, QJsonObject{{u"text"_s, QJsonObject{{u"headline"_s, htmlEscaped(title)}}}}}});
}

std::optional<QByteArray> writeEvent(const Event &e)
{
    return slideJson(e);
}

const FormatWriter kWriter{writeHead, writeEvent, kJsonDocumentTail, ","};

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
