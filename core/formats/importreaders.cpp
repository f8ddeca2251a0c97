// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of every import format. Each turns its file into ImportedEvents and problems with
// the line or path they come from; one common check (checkEvent) then holds every format to the
// same rules. Files are outside input: every size is bounded, nothing is guessed.

#include "formats/importdata.h"

#include "store/fileguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Import)
};

QString slugFor(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"topic"_s : slug;
}

// The rules every format is held to; false with the reason when the event cannot be imported.
// Years a date may have: what EDTF's four digits and the timeline reach. Outside them the day
// arithmetic would overflow, so no reader lets such a date through.
constexpr int kFirstYear = 1;
constexpr int kLastYear = 9999;

bool yearsInRange(const PartialDate &date)
{
    if (date.isUndated())
        return true;
    auto ok = [](const StatedDate &d) { return d.year >= kFirstYear && d.year <= kLastYear; };
    const bool startOk = date.startKind() != PartialDate::End::Known || ok(date.start());
    const bool endOk =
        !date.isInterval() || date.endKind() != PartialDate::End::Known || ok(date.end());
    return startOk && endOk;
}

bool checkEvent(ImportedEvent &e, const QSet<QString> &known, QString *reason)
{
    if (!yearsInRange(e.date) || (e.attestedOn && !yearsInRange(*e.attestedOn))) {
        *reason = Text::tr("its date has a year outside %1–%2").arg(kFirstYear).arg(kLastYear);
        return false;
    }
    e.title = e.title.trimmed();
    if (e.title.isEmpty()) {
        *reason = Text::tr("it has no title");
        return false;
    }
    for (const QString *field : {&e.title, &e.summary, &e.dateNote}) {
        if (field->size() > kMaxFieldChars) {
            *reason = Text::tr("a text is longer than %1 characters").arg(kMaxFieldChars);
            return false;
        }
    }
    for (ImportedEvent::Party &p : e.countries) {
        p.alpha3 = p.alpha3.trimmed().toUpper();
        if (!known.contains(p.alpha3)) {
            *reason =
                Text::tr("“%1” is not an ISO 3166 alpha-3 country code").arg(p.alpha3.left(40));
            return false;
        }
        static const QStringList roles = {u"party"_s, u"host"_s, u"visitor"_s, u"participant"_s,
                                          u"chair"_s};
        if (p.role.isEmpty())
            p.role = u"party"_s;
        if (!roles.contains(p.role)) {
            *reason = Text::tr("“%1” is not a role (party, host, visitor, participant, chair)")
                          .arg(p.role.left(40));
            return false;
        }
    }
    // One country once: the last role given wins would be a guess, so it is a problem.
    for (qsizetype i = 0; i < e.countries.size(); ++i) {
        for (qsizetype j = i + 1; j < e.countries.size(); ++j) {
            if (e.countries[i].alpha3 == e.countries[j].alpha3) {
                *reason = Text::tr("the country %1 is named twice").arg(e.countries[i].alpha3);
                return false;
            }
        }
    }
    QStringList slugs;
    for (Topic &t : e.topics) {
        t.name = t.name.trimmed();
        if (t.slug.trimmed().isEmpty())
            t.slug = slugFor(t.name);
        t.slug = t.slug.trimmed().toLower();
        if (t.name.isEmpty())
            t.name = t.slug;
        static const QRegularExpression colourRe(u"^#[0-9a-f]{6}$"_s);
        if (!t.colour.isEmpty() && !colourRe.match(t.colour.toLower()).hasMatch()) {
            *reason = Text::tr("the colour “%1” of topic %2 is not #rrggbb")
                          .arg(t.colour.left(20), t.slug);
            return false;
        }
        t.colour = t.colour.toLower();
    }
    e.topics.erase(std::remove_if(e.topics.begin(), e.topics.end(),
                                  [&](const Topic &t) {
                                      if (slugs.contains(t.slug))
                                          return true;
                                      slugs.append(t.slug);
                                      return false;
                                  }),
                   e.topics.end());
    for (NamedActor &a : e.actors) {
        a.name = a.name.trimmed();
        if (a.name.isEmpty() || (a.kind != "person"_L1 && a.kind != "organisation"_L1)) {
            *reason = Text::tr(
                "a person or organisation needs a name and the kind “person” or “organisation”");
            return false;
        }
    }
    if (e.type.code.trimmed().isEmpty()) {
        e.type.code = u"entente:unspecified"_s;
        e.type.name = Text::tr("Unspecified");
    }
    if (e.type.name.isEmpty())
        e.type.name = e.type.code;
    static const QRegularExpression cameoRe(u"^[0-9]{2,4}$"_s);
    e.type.scheme = cameoRe.match(e.type.code).hasMatch() ? u"cameo"_s : u"entente"_s;
    for (ImportedCitation &c : e.citations) {
        if (c.source.publisher.isEmpty() && c.source.title.isEmpty() && c.source.url.isEmpty()) {
            *reason = Text::tr("a citation names no source (publisher, title or URL)");
            return false;
        }
        if (c.source.title.isEmpty())
            c.source.title = c.source.publisher.isEmpty() ? c.source.url : c.source.publisher;
        if (c.source.publisher.isEmpty())
            c.source.publisher = c.source.title;
    }
    return true;
}

// Hands checked, filtered events to the sink: what every reader ends each event with.
class Emitter
{
public:
    Emitter(const QStringList &known, const ImportFilter &filter, const ImportSink &sink,
            qint64 *filteredOut)
        : m_known(known.begin(), known.end()), m_filter(filter), m_sink(sink),
          m_filteredOut(filteredOut)
    {}
    // False: stop reading.
    bool emitEvent(ImportedEvent &&e)
    {
        QString reason;
        if (!checkEvent(e, m_known, &reason)) {
            problem(e.where, reason);
            return true;
        }
        if (!m_filter.accepts(e)) {
            if (m_filteredOut)
                ++*m_filteredOut;
            return true;
        }
        return !m_sink.event || m_sink.event(std::move(e));
    }
    void problem(const QString &where, const QString &reason)
    {
        if (m_sink.problem)
            m_sink.problem({where, reason});
    }
    bool progress(qint64 bytes) { return !m_sink.progress || m_sink.progress(bytes); }
    bool knows(const QString &alpha3) const { return m_known.contains(alpha3); }

private:
    QSet<QString> m_known;
    const ImportFilter &m_filter;
    const ImportSink &m_sink;
    qint64 *m_filteredOut;
};

std::optional<PartialDate> parseDate(const QString &text, const QString &what, QString *reason)
{
    QString error;
    const auto date = PartialDate::fromEdtf(text.trimmed(), &error);
    if (!date)
        *reason = Text::tr("its %1 “%2” is not a date: %3").arg(what, text.left(40), error);
    return date;
}

// Reads \a device one physical line at a time, counting lines (the last one also when it has no
// newline) and bounding each line's length while reading; csvRecord() joins the lines of a
// quoted field.
class LineReader
{
public:
    explicit LineReader(QIODevice &device) : m_device(device) {}
    // The next physical line without its end; nullopt at the end. An over-long line is skipped
    // (its rest read and dropped) and reported through tooLong.
    std::optional<QByteArray> next(bool *tooLong)
    {
        *tooLong = false;
        QByteArray line;
        bool any = false;
        while (true) {
            char buffer[65536];
            const qint64 n = m_device.readLine(buffer, sizeof buffer);
            if (n <= 0)
                break; // the end, with or without a last newline
            any = true;
            if (!*tooLong)
                line.append(buffer, n);
            if (line.size() > kMaxLineBytes) {
                *tooLong = true;
                line.clear();
                // The first line decides what the file is: one that long is not a line of text,
                // and its rest need not be read to say so.
                if (m_lineNumber == 0)
                    break;
            }
            if (buffer[n - 1] == '\n')
                break;
        }
        if (!any)
            return std::nullopt;
        ++m_lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    qint64 lineNumber() const { return m_lineNumber; }

private:
    QIODevice &m_device;
    qint64 m_lineNumber = 0;
};

bool decodeUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// RFC 4180 fields of one record; more physical lines are pulled while a quote is open.
bool csvRecord(LineReader &lines, QStringList *fields, QString *reason, bool *atEnd)
{
    fields->clear();
    bool tooLong = false;
    auto first = lines.next(&tooLong);
    if (!first) {
        *atEnd = true;
        return true;
    }
    *atEnd = false;
    QByteArray record = *first;
    auto quotesOpen = [](const QByteArray &r) { return r.count('"') % 2 == 1; };
    while (!tooLong && quotesOpen(record)) {
        auto more = lines.next(&tooLong);
        if (!more) {
            *reason = Text::tr("a quoted field is not closed");
            return false;
        }
        record += '\n' + *more;
        if (record.size() > kMaxLineBytes)
            tooLong = true;
    }
    if (tooLong) {
        *reason = Text::tr("the row is longer than %1 bytes").arg(kMaxLineBytes);
        return false;
    }
    QString text;
    if (!decodeUtf8(record, &text)) {
        *reason = Text::tr("it is not UTF-8 text");
        return false;
    }
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields->append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields->append(field);
    return true;
}

// --- Entente CSV ----------------------------------------------------------------------------

bool readEntenteCsv(QIODevice &device, Emitter &out, QString *error)
{
    LineReader lines(device);
    QStringList fields;
    QString reason;
    bool atEnd = false;
    if (!csvRecord(lines, &fields, &reason, &atEnd) || atEnd) {
        *error = atEnd ? Text::tr("The file is empty.") : Text::tr("Line 1: %1.").arg(reason);
        return false;
    }
    for (QString &field : fields)
        field = csvFormulaDecoded(field);
    if (!fields.isEmpty() && fields.front().startsWith(QChar(0xfeff)))
        fields.front().remove(0, 1);
    if (fields != ententeCsvColumns()) {
        *error = Text::tr("The first line is not the Entente CSV header (%1).")
                     .arg(ententeCsvColumns().join(u','));
        return false;
    }
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
        const qint64 line = lines.lineNumber() + 1;
        if (!csvRecord(lines, &fields, &reason, &atEnd)) {
            out.problem(Text::tr("line %1").arg(line), reason);
            continue;
        }
        if (atEnd)
            break;
        if (fields.size() == 1 && fields.front().isEmpty())
            continue; // a blank line
        const QString where = Text::tr("line %1").arg(line);
        if (fields.size() != ententeCsvColumns().size()) {
            out.problem(where, Text::tr("it has %1 columns, not %2")
                                   .arg(fields.size())
                                   .arg(ententeCsvColumns().size()));
            continue;
        }
        for (QString &field : fields)
            field = csvFormulaDecoded(field);
        auto f = [&](const char *column) {
            return fields[ententeCsvColumns().indexOf(QLatin1String(column))];
        };
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
            const auto date = parseDate(published, Text::tr("source date"), &reason);
            if (!date) {
                out.problem(where, reason);
                continue;
            }
            citation.source.published = *date;
        }
        const bool hasSource = !citation.source.publisher.isEmpty() ||
                               !citation.source.title.isEmpty() || !citation.source.url.isEmpty();
        // A row whose key repeats the previous row's adds a citation to that event.
        if (pending && !f("event").isEmpty() && f("event") == pendingKey) {
            if (hasSource)
                pending->citations.append(citation);
            continue;
        }
        if (!flush())
            return true;
        if (!out.progress(device.pos()))
            return true;
        ImportedEvent e;
        e.where = where;
        e.title = f("title");
        e.summary = f("summary");
        e.dateNote = f("date_note");
        const auto date = parseDate(f("date"), Text::tr("date"), &reason);
        if (!date) {
            out.problem(where, reason);
            continue;
        }
        e.date = *date;
        if (!f("attested_on").isEmpty()) {
            const auto attested = parseDate(f("attested_on"), Text::tr("attested date"), &reason);
            if (!attested) {
                out.problem(where, reason);
                continue;
            }
            e.attestedOn = *attested;
        }
        e.type.code = f("type_code");
        e.type.name = f("type_name");
        auto items = [](const QString &field, QChar separator) {
            QList<QStringList> out;
            for (const QString &part : field.split(u';', Qt::SkipEmptyParts)) {
                QStringList values = part.split(separator);
                for (QString &v : values)
                    v = listItemDecoded(v);
                out.append(values);
            }
            return out;
        };
        for (const QStringList &c : items(f("countries"), u':'))
            e.countries.append({c.value(0), c.value(1)});
        for (const QStringList &t : items(f("topics"), u'|'))
            e.topics.append({0, t.value(0), t.value(1), t.value(2)});
        for (const QStringList &a : items(f("actors"), u'|'))
            e.actors.append({a.value(0), a.value(1), a.value(3), a.value(2)});
        if (hasSource)
            e.citations.append(citation);
        pending = std::move(e);
        pendingKey = f("event");
    }
    flush();
    return true;
}

// --- Entente JSON ---------------------------------------------------------------------------

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
}

// What QJsonDocument lets through or pays for dearly, checked on the raw bytes first: a control
// character inside a string (RFC 8259 forbids them; a raw NUL was stored as \u0000), and a
// string longer than any field may be (a 50 MB headline took ten times its size in memory
// before it was refused). Returns the 1-based line of the first fault, or 0.
qint64 jsonStringFault(const QByteArray &bytes, QString *reason)
{
    // Escapes take up to 6 bytes and a character up to 4: a field of kMaxFieldChars characters
    // needs at most this many bytes.
    const qsizetype maxStringBytes = 6 * kMaxFieldChars;
    qint64 line = 1;
    bool inString = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n')
            ++line;
        if (!inString) {
            if (c == '"') {
                inString = true;
                start = i;
            }
            continue;
        }
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (uchar(c) < 0x20) {
            *reason =
                Text::tr(
                    "a text holds the control character U+%1, which JSON does not allow unescaped")
                    .arg(int(uchar(c)), 4, 16, QLatin1Char('0'));
            return line;
        } else if (i - start > maxStringBytes) {
            *reason = Text::tr("a text is longer than %1 characters").arg(kMaxFieldChars);
            return line;
        }
    }
    return 0;
}

std::optional<QJsonDocument> readJson(QIODevice &device, QString *error)
{
    if (device.size() > kMaxJsonXmlBytes) {
        *error = Text::tr("The file is larger than %1 MB; JSON files are read whole.")
                     .arg(kMaxJsonXmlBytes / 1'000'000);
        return std::nullopt;
    }
    // A regular file (checkInputFile()) of at most the cap: readAll() reads its size, no more.
    const QByteArray bytes = device.readAll();
    if (bytes.size() > kMaxJsonXmlBytes) {
        *error = Text::tr("The file is larger than %1 MB; JSON files are read whole.")
                     .arg(kMaxJsonXmlBytes / 1'000'000);
        return std::nullopt;
    }
    QString reason;
    if (const qint64 line = jsonStringFault(bytes, &reason)) {
        *error = Text::tr("The file is not valid JSON: line %1: %2.").arg(line).arg(reason);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("The file is not valid JSON: %1 (at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

bool readEntenteJson(QIODevice &device, Emitter &out, QString *error)
{
    const auto doc = readJson(device, error);
    if (!doc)
        return false;
    const QJsonObject root = doc->object();
    if (root.value(u"format"_s).toString() != "entente-events"_L1 ||
        !root.value(u"events"_s).isArray()) {
        *error = Text::tr("The file is JSON but not Entente's: it lacks \"format\": "
                          "\"entente-events\" and an \"events\" list.");
        return false;
    }
    if (root.value(u"version"_s).toInt() > 1) {
        *error = Text::tr("The file was written by a newer Entente (format version %1).")
                     .arg(root.value(u"version"_s).toInt());
        return false;
    }
    const QJsonArray events = root.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!out.progress(device.size() * i / std::max<qsizetype>(1, events.size())))
            return true;
        const QString where = u"events[%1]"_s.arg(i);
        const QJsonObject o = events[i].toObject();
        QString reason;
        ImportedEvent e;
        e.where = where;
        e.title = str(o, "title");
        e.summary = str(o, "summary");
        e.dateNote = str(o, "date_note");
        const auto date = parseDate(str(o, "date"), Text::tr("date"), &reason);
        if (!date) {
            out.problem(where, reason);
            continue;
        }
        e.date = *date;
        if (!str(o, "attested_on").isEmpty()) {
            const auto attested =
                parseDate(str(o, "attested_on"), Text::tr("attested date"), &reason);
            if (!attested) {
                out.problem(where, reason);
                continue;
            }
            e.attestedOn = *attested;
        }
        const QJsonObject type = o.value(u"type"_s).toObject();
        e.type.code = str(type, "code");
        e.type.name = str(type, "name");
        for (const QJsonValue &c : o.value(u"countries"_s).toArray())
            e.countries.append({str(c.toObject(), "code"), str(c.toObject(), "role")});
        for (const QJsonValue &t : o.value(u"topics"_s).toArray())
            e.topics.append({0, str(t.toObject(), "slug"), str(t.toObject(), "name"),
                             str(t.toObject(), "colour")});
        for (const QJsonValue &a : o.value(u"actors"_s).toArray()) {
            const QJsonObject ao = a.toObject();
            e.actors.append(
                {str(ao, "name"), str(ao, "kind"), str(ao, "description"), str(ao, "role")});
        }
        bool bad = false;
        for (const QJsonValue &c : o.value(u"citations"_s).toArray()) {
            const QJsonObject co = c.toObject();
            const QJsonObject so = co.value(u"source"_s).toObject();
            ImportedCitation citation;
            citation.source.publisher = str(so, "publisher");
            citation.source.title = str(so, "title");
            citation.source.author = str(so, "author");
            citation.source.url = str(so, "url");
            citation.source.cites = str(so, "cites");
            if (!str(so, "published").isEmpty()) {
                const auto published =
                    parseDate(str(so, "published"), Text::tr("source date"), &reason);
                if (!published) {
                    bad = true;
                    break;
                }
                citation.source.published = *published;
            }
            citation.quote = str(co, "quote");
            citation.cites = str(co, "cites");
            citation.note = str(co, "note");
            e.citations.append(citation);
        }
        if (bad) {
            out.problem(where, reason);
            continue;
        }
        if (!out.emitEvent(std::move(e)))
            return true;
    }
    return true;
}

// --- TimelineJS3 JSON -----------------------------------------------------------------------

// A TimelineJS date object ({"year": "2014", "month": "4", "day": "23"}) as a stated date.
std::optional<StatedDate> timelineJsDate(const QJsonObject &o, QString *reason)
{
    auto number = [&](const char *key, bool *ok) {
        const QJsonValue v = o.value(QLatin1String(key));
        *ok = true;
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            return 0;
        if (v.isDouble()) {
            // A JSON number can be anything a double holds: only whole numbers of a sane size.
            const double x = v.toDouble();
            *ok = x >= -1e6 && x <= 1e6 && x == std::floor(x);
            return *ok ? int(x) : 0;
        }
        return v.toString().trimmed().toInt(ok);
    };
    bool yearOk, monthOk, dayOk;
    StatedDate d;
    d.year = number("year", &yearOk);
    d.month = number("month", &monthOk);
    d.day = number("day", &dayOk);
    if (!yearOk || !monthOk || !dayOk || o.value(u"year"_s).isUndefined() || d.month < 0 ||
        d.month > 12 || d.day < 0 || d.day > 31 || (d.day && !d.month)) {
        *reason = Text::tr("its date is not a year with an optional month and day");
        return std::nullopt;
    }
    if (d.year < kFirstYear || d.year > kLastYear) {
        *reason = Text::tr("its year %1 is not between %2 and %3")
                      .arg(d.year)
                      .arg(kFirstYear)
                      .arg(kLastYear);
        return std::nullopt;
    }
    if (d.day && !QDate(d.year, d.month, d.day).isValid()) {
        *reason = Text::tr("its date %1-%2-%3 does not exist").arg(d.year).arg(d.month).arg(d.day);
        return std::nullopt;
    }
    return d;
}

bool readTimelineJs(QIODevice &device, Emitter &out, QString *error)
{
    const auto doc = readJson(device, error);
    if (!doc)
        return false;
    const QJsonObject root = doc->object();
    if (!root.value(u"events"_s).isArray()) {
        *error =
            Text::tr("The file is JSON but not a TimelineJS timeline: it has no \"events\" list.");
        return false;
    }
    auto readItem = [&](const QJsonObject &o, const QString &where, bool era) {
        QString reason;
        ImportedEvent e;
        e.where = where;
        const QJsonObject text = o.value(u"text"_s).toObject();
        e.title = plainTextFromHtml(str(text, "headline")).simplified();
        e.summary = plainTextFromHtml(str(text, "text"));
        const auto start = timelineJsDate(o.value(u"start_date"_s).toObject(), &reason);
        if (!start) {
            out.problem(where, reason);
            return true;
        }
        if (o.contains(u"end_date"_s)) {
            const auto end = timelineJsDate(o.value(u"end_date"_s).toObject(), &reason);
            if (!end) {
                out.problem(where, reason);
                return true;
            }
            if (end->upperBound() < start->lowerBound()) {
                out.problem(where, Text::tr("it ends before it starts"));
                return true;
            }
            e.date = PartialDate::interval(PartialDate::End::Known, *start, PartialDate::End::Known,
                                           *end);
        } else {
            e.date = PartialDate::point(*start);
        }
        const QString display = str(o.value(u"start_date"_s).toObject(), "display_date").isEmpty()
                                    ? str(o, "display_date")
                                    : str(o.value(u"start_date"_s).toObject(), "display_date");
        if (!display.isEmpty())
            e.dateNote = Text::tr("Shown in the timeline as “%1”.")
                             .arg(plainTextFromHtml(display).simplified());
        if (era) {
            e.type = {u"entente:era"_s, u"entente"_s, Text::tr("Era")};
        }
        if (!str(o, "group").isEmpty())
            e.topics.append({0, QString(), str(o, "group"), QString()});
        const QJsonObject media = o.value(u"media"_s).toObject();
        if (!str(media, "credit").isEmpty() || !str(media, "url").isEmpty()) {
            ImportedCitation c;
            c.source.publisher = plainTextFromHtml(str(media, "credit")).simplified();
            c.source.url = str(media, "url");
            c.source.title = plainTextFromHtml(str(media, "caption")).simplified();
            c.note = Text::tr("The timeline's media credit.");
            e.citations.append(c);
        }
        return out.emitEvent(std::move(e));
    };
    const QJsonArray events = root.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!out.progress(device.size() * i / std::max<qsizetype>(1, events.size())))
            return true;
        if (!readItem(events[i].toObject(), u"events[%1]"_s.arg(i), false))
            return true;
    }
    const QJsonArray eras = root.value(u"eras"_s).toArray();
    for (qsizetype i = 0; i < eras.size(); ++i) {
        if (!readItem(eras[i].toObject(), u"eras[%1]"_s.arg(i), true))
            return true;
    }
    return true;
}

// --- Timeline (thetimelineproj) XML ---------------------------------------------------------

// "2014-04-23 10:00:00" (or without the time) as a day.
std::optional<StatedDate> timelineXmlDate(const QString &text, QString *reason)
{
    static const QRegularExpression re(
        u"^(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        *reason = Text::tr("its time “%1” is not YYYY-MM-DD hh:mm:ss").arg(text.left(40));
        return std::nullopt;
    }
    StatedDate d{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    if (d.year < kFirstYear || d.year > kLastYear) {
        *reason = Text::tr("its year %1 is not between %2 and %3")
                      .arg(d.year)
                      .arg(kFirstYear)
                      .arg(kLastYear);
        return std::nullopt;
    }
    if (!QDate(d.year, d.month, d.day).isValid()) {
        *reason = Text::tr("its date %1 does not exist").arg(text.left(40));
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

bool readTimelineXml(QIODevice &device, Emitter &out, QString *error)
{
    if (device.size() > kMaxJsonXmlBytes) {
        *error = Text::tr("The file is larger than %1 MB.").arg(kMaxJsonXmlBytes / 1'000'000);
        return false;
    }
    QXmlStreamReader xml(&device);
    QHash<QString, QString> categoryColours;
    QHash<QString, QString> containers; // container number → its name
    bool sawTimeline = false;
    // Reads the children of the current element as name → text (one level deep).
    auto fields = [&]() {
        QHash<QString, QString> values;
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            values.insert(
                name,
                xml.readElementText(QXmlStreamReader::SkipChildElements).left(kMaxFieldChars + 1));
        }
        return values;
    };
    struct Pending
    {
        QHash<QString, QString> values;
        QString where;
        bool era = false;
    };
    QList<Pending> items;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = Text::tr(
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
            const auto v = fields();
            categoryColours.insert(v.value(u"name"_s), colourFromRgb(v.value(u"color"_s)));
        } else if (name == "event"_L1 || name == "era"_L1) {
            const qint64 line = xml.lineNumber();
            items.append({fields(), Text::tr("line %1").arg(line), name == "era"_L1});
            if (!out.progress(device.pos()))
                return true;
        }
    }
    if (xml.hasError()) {
        *error = Text::tr("The file is not valid XML: %1 (line %2).")
                     .arg(xml.errorString())
                     .arg(xml.lineNumber());
        return false;
    }
    if (!sawTimeline) {
        *error = Text::tr("The file is XML but not a Timeline file: its root is not <timeline>.");
        return false;
    }
    // Containers are events titled "[N]name"; their subevents "(N)name".
    static const QRegularExpression containerRe(u"^\\[(\\d+)\\](.*)$"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression subRe(u"^\\((\\d+)\\)(.*)$"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    for (const Pending &item : std::as_const(items)) {
        if (const auto m = containerRe.match(item.values.value(u"text"_s)); m.hasMatch())
            containers.insert(m.captured(1), m.captured(2).trimmed());
    }
    for (const Pending &item : std::as_const(items)) {
        const auto &v = item.values;
        QString reason;
        ImportedEvent e;
        e.where = item.where;
        e.title = item.era ? v.value(u"name"_s) : v.value(u"text"_s);
        QString container;
        if (const auto m = containerRe.match(e.title); m.hasMatch()) {
            e.title = m.captured(2);
            e.dateNote = Text::tr("A container of other events in the Timeline file.");
        } else if (const auto s = subRe.match(e.title); s.hasMatch()) {
            e.title = s.captured(2);
            container = containers.value(s.captured(1));
        }
        e.summary = v.value(u"description"_s);
        if (!container.isEmpty())
            e.summary = (e.summary.isEmpty() ? QString() : e.summary + u"\n\n"_s) +
                        Text::tr("Part of “%1”.").arg(container);
        auto start = timelineXmlDate(v.value(u"start"_s), &reason);
        auto end =
            start ? timelineXmlDate(v.value(u"end"_s, v.value(u"start"_s)), &reason) : std::nullopt;
        if (!start || !end) {
            out.problem(item.where, reason);
            continue;
        }
        const bool fuzzy = v.value(u"fuzzy"_s) == "True"_L1;
        const bool fuzzyStart = fuzzy || v.value(u"fuzzy_start"_s) == "True"_L1;
        const bool fuzzyEnd = fuzzy || v.value(u"fuzzy_end"_s) == "True"_L1;
        start->approximate = fuzzyStart;
        end->approximate = fuzzyEnd;
        if (end->upperBound() < start->lowerBound()) {
            out.problem(item.where, Text::tr("it ends before it starts"));
            continue;
        }
        if (*start == *end)
            e.date = PartialDate::point(*start);
        else
            e.date = PartialDate::interval(PartialDate::End::Known, *start,
                                           v.value(u"ends_today"_s) == "True"_L1
                                               ? PartialDate::End::Open
                                               : PartialDate::End::Known,
                                           *end);
        if (item.era)
            e.type = {u"entente:era"_s, u"entente"_s, Text::tr("Era")};
        else if (v.value(u"milestone"_s) == "True"_L1)
            e.type = {u"entente:milestone"_s, u"entente"_s, Text::tr("Milestone")};
        const QString category = v.value(u"category"_s);
        if (!category.isEmpty())
            e.topics.append({0, QString(), category, categoryColours.value(category)});
        if (!v.value(u"hyperlink"_s).isEmpty()) {
            ImportedCitation c;
            c.source.url = v.value(u"hyperlink"_s).trimmed();
            c.source.publisher = QUrl(c.source.url).host();
            c.note = Text::tr("The event's hyperlink in the Timeline file.");
            e.citations.append(c);
        }
        if (!out.emitEvent(std::move(e)))
            return true;
    }
    return true;
}

// --- GDELT ----------------------------------------------------------------------------------

struct GdeltColumns
{
    int count;
    int actor1Name = 6, actor1Country = 7, actor2Name = 16, actor2Country = 17;
    int eventCode = 26, rootCode = 28, goldstein = 30, mentions = 31;
    int actionGeo; // ActionGeo_FullName
    int sourceUrl; // -1: none
};

bool readGdelt(QIODevice &device, bool version2, Emitter &out, QString *error)
{
    LineReader lines(device);
    bool tooLong = false;
    qint64 rows = 0;
    while (auto line = lines.next(&tooLong)) {
        const QString where = Text::tr("line %1").arg(lines.lineNumber());
        if (tooLong && lines.lineNumber() == 1) {
            *error = Text::tr("Line 1 is longer than %1 bytes, so this is not a GDELT file.")
                         .arg(kMaxLineBytes);
            return false;
        }
        if (tooLong) {
            out.problem(where, Text::tr("the row is longer than %1 bytes").arg(kMaxLineBytes));
            continue;
        }
        if (line->isEmpty())
            continue;
        if ((++rows & 1023) == 0 && !out.progress(device.pos()))
            return true;
        const QList<QByteArray> cols = line->split('\t');
        // 1.0: 57 columns, or 58 with SOURCEURL (daily files since April 2013); 2.0: 61.
        GdeltColumns c{int(cols.size()), 6, 7, 16, 17, 26, 28, 30, 31, 0, -1};
        if (version2 ? cols.size() != 61 : (cols.size() != 57 && cols.size() != 58)) {
            if (rows == 1) {
                *error =
                    Text::tr("Line 1 has %1 tab-separated columns; a GDELT %2 file has %3.")
                        .arg(cols.size())
                        .arg(version2 ? u"2.0"_s : u"1.0"_s, version2 ? u"61"_s : u"57 or 58"_s);
                return false;
            }
            out.problem(where, Text::tr("it has %1 columns, not %2")
                                   .arg(cols.size())
                                   .arg(version2 ? u"61"_s : u"57 or 58"_s));
            continue;
        }
        c.actionGeo = version2 ? 52 : 50;
        c.sourceUrl = version2 ? 60 : cols.size() == 58 ? 57 : -1;
        const QByteArray day = cols[1];
        bool ok = day.size() == 8;
        const int y = day.left(4).toInt(&ok), m = ok ? day.mid(4, 2).toInt(&ok) : 0,
                  d = ok ? day.mid(6, 2).toInt(&ok) : 0;
        if (!ok || !QDate(y, m, d).isValid()) {
            out.problem(where, Text::tr("its SQLDATE “%1” is not YYYYMMDD")
                                   .arg(QString::fromLatin1(day.left(20))));
            continue;
        }
        ImportedEvent e;
        e.where = where;
        e.date = PartialDate::point({y, m, d});
        auto text = [&](int i) {
            QString s;
            return decodeUtf8(cols[i], &s) ? s : QString::fromLatin1(cols[i]);
        };
        const QString code = text(c.eventCode), root = text(c.rootCode);
        const QString rootName = cameoRootName(root);
        // Named after its root category: the code itself is shown beside the name everywhere.
        e.type = {code, u"cameo"_s, rootName.isEmpty() ? Text::tr("CAMEO %1").arg(code) : rootName};
        if (!root.isEmpty())
            e.topics.append({0, u"cameo-"_s + root,
                             rootName.isEmpty() ? Text::tr("CAMEO %1").arg(root) : rootName,
                             QString()});
        // Actor country codes are CAMEO's: ISO alpha-3 for states, regions ("AFR") otherwise,
        // which are not countries and are left out.
        for (int col : {c.actor1Country, c.actor2Country}) {
            const QString country = text(col);
            if (out.knows(country) &&
                std::none_of(e.countries.begin(), e.countries.end(),
                             [&](const auto &p) { return p.alpha3 == country; }))
                e.countries.append({country, u"participant"_s});
        }
        const QString a1 = text(c.actor1Name), a2 = text(c.actor2Name);
        const QString what = rootName.isEmpty() ? Text::tr("CAMEO %1").arg(code) : rootName;
        e.title = a1.isEmpty() && a2.isEmpty() ? what
                  : a2.isEmpty()               ? Text::tr("%1: %2").arg(a1, what)
                  : a1.isEmpty()               ? Text::tr("%1 (with %2)").arg(what, a2)
                                               : Text::tr("%1 → %2: %3").arg(a1, a2, what);
        e.summary =
            Text::tr("GDELT event %1, CAMEO %2; Goldstein scale %3; %4 mentions; place: %5.")
                .arg(text(0), code, text(c.goldstein), text(c.mentions),
                     text(c.actionGeo).isEmpty() ? Text::tr("not given") : text(c.actionGeo));
        ImportedCitation citation;
        citation.source.publisher = version2 ? u"GDELT 2.0"_s : u"GDELT 1.0"_s;
        citation.source.title = c.sourceUrl >= 0 && !cols[c.sourceUrl].isEmpty()
                                    ? text(c.sourceUrl)
                                    : citation.source.publisher;
        if (c.sourceUrl >= 0)
            citation.source.url = text(c.sourceUrl);
        citation.note =
            Text::tr("Machine-coded by GDELT (event %1); no sentence is quoted.").arg(text(0));
        e.citations.append(citation);
        if (!out.emitEvent(std::move(e)))
            return true;
    }
    return true;
}

} // namespace

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::EntenteCsv:
        return u"entente-csv"_s;
    case ImportFormat::EntenteJson:
        return u"entente-json"_s;
    case ImportFormat::TimelineJs:
        return u"timelinejs"_s;
    case ImportFormat::Timeline:
        return u"timeline"_s;
    case ImportFormat::Gdelt1:
        return u"gdelt1"_s;
    case ImportFormat::Gdelt2:
        return u"gdelt2"_s;
    }
    return {};
}

std::optional<ImportFormat> importFormatFromKey(const QString &key)
{
    for (ImportFormat f : kImportFormats) {
        if (importFormatKey(f) == key.toLower())
            return f;
    }
    return std::nullopt;
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::EntenteCsv:
        return Text::tr("Entente CSV");
    case ImportFormat::EntenteJson:
        return Text::tr("Entente JSON");
    case ImportFormat::TimelineJs:
        return Text::tr("TimelineJS JSON");
    case ImportFormat::Timeline:
        return Text::tr("Timeline (.timeline XML)");
    case ImportFormat::Gdelt1:
        return Text::tr("GDELT 1.0 events");
    case ImportFormat::Gdelt2:
        return Text::tr("GDELT 2.0 events");
    }
    return {};
}

std::optional<ImportFormat> detectImportFormat(const QString &path, QString *error)
{
    if (FileCheck check = checkInputFile(path); !check.ok()) {
        *error = check.message;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray head = file.read(65536);
    if (const QString wide = wideTextEncoding(head); !wide.isEmpty()) {
        *error = Text::tr("“%1” is %2 text, not UTF-8; save it as UTF-8 and import it again.")
                     .arg(QFileInfo(path).fileName(), wide);
        return std::nullopt;
    }
    if (head.isEmpty()) {
        *error = Text::tr("“%1” is empty.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{')) {
        if (head.contains("\"entente-events\""))
            return ImportFormat::EntenteJson;
        return ImportFormat::TimelineJs;
    }
    if (trimmed.startsWith('<'))
        return ImportFormat::Timeline;
    const QByteArray firstLine = head.left(head.indexOf('\n'));
    if (firstLine.startsWith("event,title,"))
        return ImportFormat::EntenteCsv;
    const qsizetype tabs = firstLine.count('\t');
    if (tabs == 60)
        return ImportFormat::Gdelt2;
    if (tabs == 56 || tabs == 57)
        return ImportFormat::Gdelt1;
    *error = Text::tr("“%1” is not a file Entente can import (Entente CSV or JSON, TimelineJS "
                      "JSON, a .timeline file or "
                      "GDELT events).")
                 .arg(QFileInfo(path).fileName());
    return std::nullopt;
}

bool ImportFilter::accepts(const ImportedEvent &event) const
{
    if (!countries.isEmpty() &&
        std::none_of(event.countries.begin(), event.countries.end(),
                     [&](const auto &p) { return countries.contains(p.alpha3); }))
        return false;
    if (!from.isUndated() || !to.isUndated()) {
        if (event.date.isUndated())
            return false;
        if (!from.isUndated() && event.date.upperBound() < from.lowerBound())
            return false;
        if (!to.isUndated() && event.date.lowerBound() > to.upperBound())
            return false;
    }
    if (!rootCodes.isEmpty() &&
        std::none_of(rootCodes.begin(), rootCodes.end(),
                     [&](const QString &root) { return event.type.code.startsWith(root); }))
        return false;
    return true;
}

bool readEvents(QIODevice &device, ImportFormat format, const QStringList &knownCountries,
                const ImportFilter &filter, const ImportSink &sink, qint64 *filteredOut,
                QString *error)
{
    Emitter out(knownCountries, filter, sink, filteredOut);
    switch (format) {
    case ImportFormat::EntenteCsv:
        return readEntenteCsv(device, out, error);
    case ImportFormat::EntenteJson:
        return readEntenteJson(device, out, error);
    case ImportFormat::TimelineJs:
        return readTimelineJs(device, out, error);
    case ImportFormat::Timeline:
        return readTimelineXml(device, out, error);
    case ImportFormat::Gdelt1:
    case ImportFormat::Gdelt2:
        return readGdelt(device, format == ImportFormat::Gdelt2, out, error);
    }
    return false;
}

const QStringList &ententeCsvColumns()
{
    static const QStringList columns = {
        u"event"_s,        u"title"_s,         u"summary"_s,
        u"date"_s,         u"attested_on"_s,   u"date_note"_s,
        u"type_code"_s,    u"type_name"_s,     u"countries"_s,
        u"topics"_s,       u"actors"_s,        u"source_publisher"_s,
        u"source_title"_s, u"source_author"_s, u"source_published"_s,
        u"source_url"_s,   u"source_cites"_s,  u"quote"_s,
        u"cites"_s,        u"note"_s};
    return columns;
}

QString listItemEncoded(const QString &text)
{
    QString out = text;
    out.replace(u"%"_s, u"%25"_s)
        .replace(u";"_s, u"%3B"_s)
        .replace(u"|"_s, u"%7C"_s)
        .replace(u":"_s, u"%3A"_s);
    return out;
}

// How many apostrophes stand before a character a spreadsheet starts a formula with; -1 when
// the field does not start like a formula after them.
qsizetype apostrophesBeforeFormula(const QString &field)
{
    qsizetype i = 0;
    while (i < field.size() && field[i] == u'\'')
        ++i;
    return i < field.size() && QStringView(u"=+-@\t\r").contains(field[i]) ? i : -1;
}

QString csvFormulaEscaped(const QString &field)
{
    return apostrophesBeforeFormula(field) >= 0 ? u'\'' + field : field;
}

QString csvFormulaDecoded(const QString &field)
{
    return apostrophesBeforeFormula(field) > 0 ? field.mid(1) : field;
}

QString listItemDecoded(const QString &text)
{
    QString out = text;
    out.replace(u"%3A"_s, u":"_s)
        .replace(u"%7C"_s, u"|"_s)
        .replace(u"%3B"_s, u";"_s)
        .replace(u"%25"_s, u"%"_s);
    return out;
}

QString plainTextFromHtml(const QString &html)
{
    QString text = html;
    static const QRegularExpression breaks(u"<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]{1,6});"_s);
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    static const std::pair<const char16_t *, const char16_t *> entities[] = {
        {u"&nbsp;", u" "},  {u"&lt;", u"<"},    {u"&gt;", u">"},
        {u"&quot;", u"\""}, {u"&#39;", u"'"},   {u"&apos;", u"'"},
        {u"&ndash;", u"–"}, {u"&mdash;", u"—"}, {u"&amp;", u"&"}};
    for (const auto &[entity, character] : entities)
        decoded.replace(QString::fromUtf16(entity), QString::fromUtf16(character));
    // Lines trimmed, runs of blank lines made one.
    QStringList lines;
    for (const QString &line : decoded.split(u'\n')) {
        const QString t = line.simplified();
        if (!t.isEmpty() || (!lines.isEmpty() && !lines.last().isEmpty()))
            lines.append(t);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString cameoRootName(const QString &rootCode)
{
    // The twenty root categories of the CAMEO codebook (Schrodt, 2012).
    static const QHash<QString, QString> names = {{u"01"_s, u"Make public statement"_s},
                                                  {u"02"_s, u"Appeal"_s},
                                                  {u"03"_s, u"Express intent to cooperate"_s},
                                                  {u"04"_s, u"Consult"_s},
                                                  {u"05"_s, u"Engage in diplomatic cooperation"_s},
                                                  {u"06"_s, u"Engage in material cooperation"_s},
                                                  {u"07"_s, u"Provide aid"_s},
                                                  {u"08"_s, u"Yield"_s},
                                                  {u"09"_s, u"Investigate"_s},
                                                  {u"10"_s, u"Demand"_s},
                                                  {u"11"_s, u"Disapprove"_s},
                                                  {u"12"_s, u"Reject"_s},
                                                  {u"13"_s, u"Threaten"_s},
                                                  {u"14"_s, u"Protest"_s},
                                                  {u"15"_s, u"Exhibit force posture"_s},
                                                  {u"16"_s, u"Reduce relations"_s},
                                                  {u"17"_s, u"Coerce"_s},
                                                  {u"18"_s, u"Assault"_s},
                                                  {u"19"_s, u"Fight"_s},
                                                  {u"20"_s, u"Use unconventional mass violence"_s}};
    return names.value(rootCode);
}

} // namespace entente::core
