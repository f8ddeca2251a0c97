// SPDX-License-Identifier: GPL-3.0-or-later
// Entente JSON: everything an event has, round-trip safe. {"format": "entente-events",
// "version": 1, "title": …, "events": [{title, summary, date, attested_on, date_note, type,
// countries, topics, actors, citations}]}. Written an event per line, so memory stays flat.

#include "domain/event.h"
#include "formats/format.h"
#include "formats/formatsupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

QStringList fields()
{
    return {u"title"_s, u"summary"_s,   u"date"_s,   u"attested_on"_s, u"date_note"_s,
            u"type"_s,  u"countries"_s, u"topics"_s, u"actors"_s,      u"citations"_s};
}

// --- Reading --------------------------------------------------------------------------------

std::optional<ImportedCitation> citationFromJson(const QJsonObject &co, QString *reason)
{
    const QJsonObject so = co.value(u"source"_s).toObject();
    ImportedCitation citation;
    citation.source.publisher = jsonText(so, "publisher");
    citation.source.title = jsonText(so, "title");
    citation.source.author = jsonText(so, "author");
    citation.source.url = jsonText(so, "url");
    citation.source.cites = jsonText(so, "cites");
    if (!jsonText(so, "published").isEmpty()) {
        const auto published =
            parseDate(jsonText(so, "published"), ImportText::tr("source date"), reason);
        if (!published)
            return std::nullopt;
        citation.source.published = *published;
    }
    citation.quote = jsonText(co, "quote");
    citation.cites = jsonText(co, "cites");
    citation.note = jsonText(co, "note");
    return citation;
}

// The dates and citations of one event; nullopt with the reason when one of them is wrong.
std::optional<ImportedEvent> eventFromJson(const QJsonObject &o, const QString &where,
                                           QString *reason)
{
    ImportedEvent e;
    e.where = where;
    e.title = jsonText(o, "title");
    e.summary = jsonText(o, "summary");
    e.dateNote = jsonText(o, "date_note");
    const auto date = parseDate(jsonText(o, "date"), ImportText::tr("date"), reason);
    if (!date)
        return std::nullopt;
    e.date = *date;
    if (!jsonText(o, "attested_on").isEmpty()) {
        const auto attested =
            parseDate(jsonText(o, "attested_on"), ImportText::tr("attested date"), reason);
        if (!attested)
            return std::nullopt;
        e.attestedOn = *attested;
    }
    const QJsonObject type = o.value(u"type"_s).toObject();
    e.type.code = jsonText(type, "code");
    e.type.name = jsonText(type, "name");
    for (const QJsonValue &c : o.value(u"countries"_s).toArray())
        e.countries.append({jsonText(c.toObject(), "code"), jsonText(c.toObject(), "role")});
    for (const QJsonValue &t : o.value(u"topics"_s).toArray())
        e.topics.append({0, jsonText(t.toObject(), "slug"), jsonText(t.toObject(), "name"),
                         jsonText(t.toObject(), "colour"), jsonText(t.toObject(), "parent")});
    for (const QJsonValue &a : o.value(u"actors"_s).toArray()) {
        const QJsonObject ao = a.toObject();
        e.actors.append({jsonText(ao, "name"), jsonText(ao, "kind"), jsonText(ao, "description"),
                         jsonText(ao, "role")});
    }
    for (const QJsonValue &c : o.value(u"citations"_s).toArray()) {
        const auto citation = citationFromJson(c.toObject(), reason);
        if (!citation)
            return std::nullopt;
        e.citations.append(*citation);
    }
    return e;
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    QJsonObject root;
    if (!readJsonObject(device, &root, error))
        return false;
    if (root.value(u"format"_s).toString() != "entente-events"_L1 ||
        !root.value(u"events"_s).isArray()) {
        *error = ImportText::tr("The file is JSON but not Entente's: it lacks \"format\": "
                                "\"entente-events\" and an \"events\" list.");
        return false;
    }
    if (root.value(u"version"_s).toInt() > 1) {
        *error = ImportText::tr("The file was written by a newer Entente (format version %1).")
                     .arg(root.value(u"version"_s).toInt());
        return false;
    }
    readJsonList(root, "events", device.size(), true, out, eventFromJson);
    return true;
}

// --- Writing --------------------------------------------------------------------------------

// Members in the order of their keys (see JsonText); optional ones only when they have something.
void writeSource(JsonText &json, const Source &s)
{
    json.beginObject("source");
    json.memberIfAny("author", s.author);
    json.memberIfAny("cites", s.cites);
    if (!s.published.isUndated())
        json.member("published", s.published.toEdtf());
    json.member("publisher", s.publisher);
    json.member("title", s.title);
    json.memberIfAny("url", s.url);
    json.endObject();
}

QByteArray eventJson(const Event &e)
{
    JsonText json;
    json.beginObject();
    if (!e.actors.isEmpty()) {
        json.beginArray("actors");
        for (const NamedActor &a : e.actors) {
            json.beginObject();
            json.memberIfAny("description", a.description);
            json.member("kind", a.kind);
            json.member("name", a.name);
            json.memberIfAny("role", a.role);
            json.endObject();
        }
        json.endArray();
    }
    if (e.attestedOn)
        json.member("attested_on", e.attestedOn->toEdtf());
    json.beginArray("citations");
    for (const Citation &c : e.citations) {
        json.beginObject();
        json.memberIfAny("cites", c.cites);
        json.memberIfAny("note", c.note);
        json.member("quote", c.quote);
        writeSource(json, c.source);
        json.endObject();
    }
    json.endArray();
    json.beginArray("countries");
    for (const Participant &p : e.participants) {
        json.beginObject();
        json.member("code", p.country.alpha3);
        json.member("role", p.role);
        json.endObject();
    }
    json.endArray();
    json.member("date", e.date.toEdtf());
    json.memberIfAny("date_note", e.dateNote);
    json.member("summary", e.summary);
    json.member("title", e.title);
    json.beginArray("topics");
    for (const Topic &t : e.topics) {
        json.beginObject();
        json.member("colour", t.colour);
        json.member("name", t.name);
        json.memberIfAny("parent", t.parent);
        json.member("slug", t.slug);
        json.endObject();
    }
    json.endArray();
    json.beginObject("type");
    json.member("code", e.type.code);
    json.member("name", e.type.name);
    json.endObject();
    json.endObject();
    return json.utf8();
}

QByteArray writeHead(const QString &title)
{
    return jsonDocumentHead(
        QJsonObject{{u"format"_s, u"entente-events"_s}, {u"version"_s, 1}, {u"title"_s, title}});
}

std::optional<QByteArray> writeEvent(const Event &e)
{
    return eventJson(e);
}

const FormatWriter kWriter{writeHead, writeEvent, kJsonDocumentTail, ","};

bool detect(const QByteArray &head)
{
    return head.trimmed().startsWith('{') && head.contains("\"entente-events\"");
}

} // namespace

const Format &ententeJsonFormat()
{
    static const Format format{.key = "entente-json",
                               .name = QT_TRANSLATE_NOOP("entente::core::Format", "Entente JSON"),
                               .patterns = "*.json",
                               .detect = detect,
                               .read = read,
                               .writer = &kWriter,
                               .columns = fields};
    return format;
}

} // namespace entente::core
