// SPDX-License-Identifier: GPL-3.0-or-later
// PLOVER event records (the Political Language Ontology for Verifiable Event Records of the Open
// Event Data Alliance; POLECAT, ICEWS's successor, is coded in it). The PLOVER manual's "Data
// Fields" chapter names the fields and suggests JSON Lines, one record a line: id, date
// (YYYY-MM-DD) and enddate, actor and recipient (lists of entities: code, the three-letter
// country or non-state code, entity_text, identifier_text…), event (PLOVER categories), mode,
// context, quad_code, event_text, text (the text the record was coded from), cite_info (url,
// title, publication…), event_loc, has_event and comment. Entente reads it only.

#include "domain/eventcheck.h"
#include "formats/format.h"
#include "formats/formatsupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

QStringList fieldNames()
{
    return {u"id"_s,    u"date"_s,        u"enddate"_s,        u"actor"_s,     u"recipient"_s,
            u"event"_s, u"mode"_s,        u"context"_s,        u"quad_code"_s, u"event_text"_s,
            u"text"_s,  u"cite_info"_s,   u"event_loc"_s,      u"has_event"_s, u"comment"_s,
            u"code"_s,  u"entity_text"_s, u"identifier_text"_s};
}

// The sixteen event categories of PLOVER, with the names Entente gives them as types. Stored
// names stay English, as CAMEO's do.
struct Category
{
    const char *code;
    const char *name;
};
constexpr Category kCategories[] = {
    {"AGREE", "Agree"},       {"CONSULT", "Consult"},     {"SUPPORT", "Support"},
    {"CONCEDE", "Concede"},   {"COOPERATE", "Cooperate"}, {"AID", "Aid"},
    {"RETREAT", "Retreat"},   {"REQUEST", "Request"},     {"ACCUSE", "Accuse"},
    {"REJECT", "Reject"},     {"THREATEN", "Threaten"},   {"PROTEST", "Protest"},
    {"SANCTION", "Sanction"}, {"MOBILIZE", "Mobilize"},   {"COERCE", "Coerce"},
    {"ASSAULT", "Assault"},
};

const Category *ploverCategoryOf(const QString &code)
{
    for (const Category &c : kCategories) {
        if (code.compare(QLatin1StringView(c.code), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

// The codes PLOVER gives the international actors that are no country, and Kosovo, which ISO
// 3166 does not list: named in the title, never a country of the event.
bool isNonStateCode(const QString &code)
{
    static const QStringList codes = {u"IGO"_s, u"UNO"_s, u"EUR"_s, u"NGO"_s,
                                      u"ISM"_s, u"IMG"_s, u"MNC"_s, u"KOS"_s};
    return codes.contains(code);
}

// A JSON value that PLOVER allows as one item or a list of them, as texts.
QStringList textList(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &item : items) {
        const QString text = item.isString()   ? item.toString().trimmed()
                             : item.isDouble() ? QString::number(item.toDouble())
                                               : QString();
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

// One side of the event (the actors or the recipients): their names for the title, their
// countries into e with \a role. False with the reason when an entity names no known country.
bool readSide(const QJsonValue &value, const char *field, const QString &role,
              const ImportOutput &out, ImportedEvent &e, QStringList *names, QString *reason)
{
    const QJsonArray entities = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : entities) {
        if (v.isNull() || v.isUndefined())
            continue;
        if (!v.isObject()) {
            *reason = ImportText::tr("its %1 is not a list of entities").arg(QLatin1String(field));
            return false;
        }
        const QJsonObject entity = v.toObject();
        const QString code = jsonText(entity, "code").trimmed();
        QString alpha3;
        if (!code.isEmpty() && !isNonStateCode(code.toUpper())) {
            // A three-letter ISO code, or the country's name (the manual's default).
            alpha3 = code.size() == 3 && out.knows(code.toUpper()) ? code.toUpper()
                                                                   : out.alpha3ForName(code);
            if (alpha3.isEmpty()) {
                *reason = ImportText::tr("its %1 code “%2” is neither an ISO 3166 country nor "
                                         "one of PLOVER's non-state codes")
                              .arg(QLatin1String(field), code.left(40));
                return false;
            }
            if (std::none_of(e.countries.begin(), e.countries.end(),
                             [&](const auto &p) { return p.alpha3 == alpha3; }))
                e.countries.append({alpha3, role});
        }
        QString name = jsonText(entity, "entity_text").trimmed();
        if (name.isEmpty())
            name = jsonText(entity, "identifier_text").trimmed();
        if (name.isEmpty())
            name = code;
        if (!name.isEmpty() && !names->contains(name))
            names->append(name);
    }
    return true;
}

std::optional<PartialDate> recordDate(const QJsonObject &o, QString *reason)
{
    const QString start = jsonText(o, "date").trimmed();
    if (start.isEmpty()) {
        *reason = ImportText::tr("it has no date");
        return std::nullopt;
    }
    auto date = parseDate(start, u"date"_s, reason);
    if (!date || date->isInterval())
        return date ? std::optional(*date) : std::nullopt;
    const QString endText = jsonText(o, "enddate").trimmed();
    if (endText.isEmpty() || endText == start)
        return date;
    const auto end = parseDate(endText, u"enddate"_s, reason);
    if (!end)
        return std::nullopt;
    if (end->isInterval() || end->lowerBound() < date->lowerBound()) {
        *reason = ImportText::tr("its enddate “%1” is before its date “%2”").arg(endText, start);
        return std::nullopt;
    }
    return PartialDate::interval(PartialDate::End::Known, date->start(), PartialDate::End::Known,
                                 end->start());
}

void setTitleAndSummary(ImportedEvent &e, const QJsonObject &o, const QStringList &actors,
                        const QStringList &recipients, const QStringList &modes,
                        const QStringList &contexts)
{
    const QString who = actors.join(u", "_s), whom = recipients.join(u", "_s);
    const QString what = e.type.name;
    e.title = who.isEmpty() && whom.isEmpty() ? what
              : whom.isEmpty()                ? ImportText::tr("%1: %2").arg(who, what)
              : who.isEmpty()                 ? ImportText::tr("%1 (with %2)").arg(what, whom)
                              : ImportText::tr("%1 → %2: %3").arg(who, whom, what);
    QStringList parts;
    parts.append(ImportText::tr("PLOVER event %1, %2").arg(jsonText(o, "id"), e.type.code));
    if (!modes.isEmpty())
        parts.append(ImportText::tr("mode %1").arg(modes.join(u", "_s)));
    if (!contexts.isEmpty())
        parts.append(ImportText::tr("context %1").arg(contexts.join(u", "_s)));
    if (const QString quad = jsonText(o, "quad_code"); !quad.isEmpty())
        parts.append(ImportText::tr("quad class %1").arg(quad));
    const QJsonObject place = o.value(u"event_loc"_s).toObject();
    QString where = jsonText(place, "resolved_place");
    if (where.isEmpty())
        where = jsonText(place, "extracted_place");
    if (!where.isEmpty())
        parts.append(ImportText::tr("place: %1").arg(where));
    QString summary = parts.join(u"; "_s) + u'.';
    const QStringList eventText = textList(o.value(u"event_text"_s));
    if (!eventText.isEmpty())
        summary += u' ' + ImportText::tr("Event text: %1").arg(eventText.join(u" … "_s));
    if (const QString comment = jsonText(o, "comment").trimmed(); !comment.isEmpty())
        summary += u' ' + ImportText::tr("Comment: %1").arg(comment);
    e.summary = summary;
}

void setCitation(ImportedEvent &e, const QJsonObject &o)
{
    const QJsonObject cite = o.value(u"cite_info"_s).toObject();
    ImportedCitation citation;
    citation.source.publisher = jsonText(cite, "publication").trimmed();
    if (citation.source.publisher.isEmpty())
        citation.source.publisher = jsonText(cite, "corpus").trimmed();
    if (citation.source.publisher.isEmpty())
        citation.source.publisher = u"PLOVER"_s;
    citation.source.title = jsonText(cite, "title").trimmed();
    if (citation.source.title.isEmpty())
        citation.source.title = jsonText(cite, "citation").trimmed();
    if (citation.source.title.isEmpty())
        citation.source.title = ImportText::tr("PLOVER record %1").arg(jsonText(o, "id"));
    citation.source.url = jsonText(cite, "url").trimmed();
    // The text the record was coded from, when the file has it: it is the machine's reading,
    // and the note says so.
    citation.quote = jsonText(o, "text").trimmed();
    const QString coder = jsonText(cite, "coder").trimmed();
    citation.note = citation.quote.isEmpty()
                        ? ImportText::tr("Machine-coded in PLOVER (record %1); no sentence is "
                                         "quoted.")
                              .arg(jsonText(o, "id"))
                        : ImportText::tr("Machine-coded in PLOVER (record %1) from this text; no "
                                         "person has checked the coding.")
                              .arg(jsonText(o, "id"));
    if (!coder.isEmpty())
        citation.note += u' ' + ImportText::tr("Coder: %1.").arg(coder);
    e.citations.append(citation);
}

std::optional<ImportedEvent> recordEvent(const QJsonObject &o, const QString &where,
                                         const ImportOutput &out, QString *reason)
{
    if (jsonText(o, "id").trimmed().isEmpty()) {
        *reason = ImportText::tr("it has no id");
        return std::nullopt;
    }
    const QStringList categories = textList(o.value(u"event"_s));
    if (categories.isEmpty()) {
        *reason = ImportText::tr("it has no event category");
        return std::nullopt;
    }
    QList<const Category *> known;
    for (const QString &code : categories) {
        const Category *c = ploverCategoryOf(code);
        if (!c) {
            *reason = ImportText::tr("its event “%1” is not a PLOVER category").arg(code.left(40));
            return std::nullopt;
        }
        if (!known.contains(c))
            known.append(c);
    }
    const auto date = recordDate(o, reason);
    if (!date)
        return std::nullopt;
    ImportedEvent e;
    e.where = where;
    e.date = *date;
    const QString typeName = QLatin1String(known[0]->name);
    // The types of other vocabularies than CAMEO go by "scheme:code", as Entente's own do.
    e.type = {u"plover:"_s + QLatin1String(known[0]->code), u"entente"_s, typeName};
    for (const Category *c : std::as_const(known))
        e.topics.append({0, u"plover-"_s + QString::fromLatin1(c->code).toLower(),
                         QLatin1String(c->name), QString(), QString()});
    const QStringList modes = textList(o.value(u"mode"_s));
    const QStringList contexts = textList(o.value(u"context"_s));
    for (const QString &context : contexts) {
        const QString slug = u"plover-context-"_s + context.toLower().replace(u'_', u'-');
        e.topics.append({0, slug, nameForSlug(context), QString(), QString()});
    }
    // PLOVER codes the visitor of a visit as the actor and the host as the recipient.
    const bool visit = known[0]->code == QByteArrayView("CONSULT") && modes.contains(u"visit"_s);
    QStringList actors, recipients;
    if (!readSide(o.value(u"actor"_s), "actor", visit ? u"visitor"_s : u"participant"_s, out, e,
                  &actors, reason) ||
        !readSide(o.value(u"recipient"_s), "recipient", visit ? u"host"_s : u"participant"_s, out,
                  e, &recipients, reason))
        return std::nullopt;
    setTitleAndSummary(e, o, actors, recipients, modes, contexts);
    setCitation(e, o);
    return e;
}

bool read(QIODevice &device, ImportOutput &out, QString *error)
{
    LineReader lines(device);
    QString where;
    bool any = false;
    while (const auto text = nextTextLine(lines, out, &where)) {
        if (text->trimmed().isEmpty())
            continue;
        if ((lines.lineNumber() & 1023) == 0 && !out.progress(device.pos()))
            return true;
        const QByteArray bytes = text->toUtf8();
        QString reason;
        if (jsonStringFault(bytes, &reason)) {
            out.problem(where, ImportText::tr("it is not valid JSON: %1").arg(reason));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            // A first line that is no record: the file is not PLOVER at all.
            if (!any) {
                *error = ImportText::tr("The first line is not a PLOVER record (one JSON object "
                                        "a line).");
                return false;
            }
            out.problem(where, parseError.error != QJsonParseError::NoError
                                   ? ImportText::tr("it is not valid JSON: %1 (at byte %2)")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                   : ImportText::tr("it is not a JSON object"));
            continue;
        }
        any = true;
        const QJsonObject record = doc.object();
        // A record the coder marks as holding no event (a pre-processing step's output).
        if (record.value(u"has_event"_s) == QJsonValue(false))
            continue;
        auto e = recordEvent(record, where, out, &reason);
        if (!e)
            out.problem(where, reason);
        else if (!out.emitEvent(std::move(*e)))
            return true;
    }
    if (!any) {
        *error = ImportText::tr("The file is empty.");
        return false;
    }
    return true;
}

// A first line that is one whole JSON object with PLOVER's event and actor fields (an Entente
// JSON or TimelineJS document holds "events" instead).
bool detect(const QByteArray &head)
{
    const qsizetype end = head.indexOf('\n');
    const QByteArray first = (end < 0 ? head : head.left(end)).trimmed();
    if (!first.startsWith('{') || !first.endsWith('}') || !first.contains("\"event\"") ||
        !first.contains("\"actor\""))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(first);
    return doc.isObject() && doc.object().contains(u"event"_s) &&
           doc.object().contains(u"actor"_s) && !doc.object().contains(u"events"_s);
}

} // namespace

QString ploverTypeCode(const QString &category)
{
    const Category *c = ploverCategoryOf(category.trimmed());
    return c ? u"plover:"_s + QLatin1String(c->code) : QString();
}

const Format &ploverFormat()
{
    static const Format format{
        .key = "plover",
        .name = QT_TRANSLATE_NOOP("entente::core::Format", "PLOVER events (JSON Lines)"),
        .patterns = "*.jsonl *.ndjson *.json",
        .detect = detect,
        .read = read,
        .writer = nullptr,
        .columns = fieldNames};
    return format;
}

} // namespace entente::core
