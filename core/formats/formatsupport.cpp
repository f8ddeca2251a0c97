// SPDX-License-Identifier: GPL-3.0-or-later
// The common ground of every format: the checks every reader's events are held to, bounded line,
// CSV and JSON reading, and JSON writing an event at a time. Files are outside input: every size is
// bounded, nothing is guessed.

#include "formats/formatsupport.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

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

bool yearsInRange(const PartialDate &date)
{
    if (date.isUndated())
        return true;
    // Four-digit years to the day; EDTF's longer years to the year only.
    auto ok = [](const StatedDate &d) {
        return (d.year >= kFirstYear && d.year <= kLastYear) ||
               (d.year >= -kDeepestYear && d.year <= kDeepestYear && d.month == 0);
    };
    const bool startOk = date.startKind() != PartialDate::End::Known || ok(date.start());
    const bool endOk =
        !date.isInterval() || date.endKind() != PartialDate::End::Known || ok(date.end());
    return startOk && endOk;
}

// The steps of the rules every format is held to; each is false with the reason when the event
// cannot be imported, and may tidy what it checks (trimmed names, upper-case codes…).

bool checkDatesAndTexts(ImportedEvent &e, QString *reason)
{
    // Outside the years the day arithmetic would overflow, so no reader lets such a date through.
    if (!yearsInRange(e.date) || (e.attestedOn && !yearsInRange(*e.attestedOn))) {
        *reason = ImportText::tr("its date has a year beyond %1–%2 with a month or day (EDTF "
                                 "knows such years to the year only), or beyond ±%L3")
                      .arg(kFirstYear)
                      .arg(kLastYear)
                      .arg(kDeepestYear);
        return false;
    }
    e.title = e.title.trimmed();
    if (e.title.isEmpty()) {
        *reason = ImportText::tr("it has no title");
        return false;
    }
    for (const QString *field : {&e.title, &e.summary, &e.dateNote}) {
        if (field->size() > kMaxFieldChars) {
            *reason = ImportText::tr("a text is longer than %1 characters").arg(kMaxFieldChars);
            return false;
        }
    }
    return true;
}

bool checkCountries(ImportedEvent &e, const QSet<QString> &known, QString *reason)
{
    for (ImportedEvent::Party &p : e.countries) {
        p.alpha3 = p.alpha3.trimmed().toUpper();
        if (!known.contains(p.alpha3)) {
            *reason = ImportText::tr("“%1” is not an ISO 3166 alpha-3 country code")
                          .arg(p.alpha3.left(40));
            return false;
        }
        static const QStringList roles = {u"party"_s, u"host"_s, u"visitor"_s, u"participant"_s,
                                          u"chair"_s};
        if (p.role.isEmpty())
            p.role = u"party"_s;
        if (!roles.contains(p.role)) {
            *reason =
                ImportText::tr("“%1” is not a role (party, host, visitor, participant, chair)")
                    .arg(p.role.left(40));
            return false;
        }
    }
    // One country once: the last role given wins would be a guess, so it is a problem.
    for (qsizetype i = 0; i < e.countries.size(); ++i) {
        for (qsizetype j = i + 1; j < e.countries.size(); ++j) {
            if (e.countries[i].alpha3 == e.countries[j].alpha3) {
                *reason =
                    ImportText::tr("the country %1 is named twice").arg(e.countries[i].alpha3);
                return false;
            }
        }
    }
    return true;
}

// Topics get a slug from their name when they have none; a slug named twice is kept once.
bool checkTopics(ImportedEvent &e, QString *reason)
{
    for (Topic &t : e.topics) {
        t.name = t.name.trimmed();
        if (t.slug.trimmed().isEmpty())
            t.slug = slugFor(t.name);
        t.slug = t.slug.trimmed().toLower();
        t.parent = t.parent.trimmed().toLower();
        if (t.parent == t.slug)
            t.parent.clear();
        if (t.name.isEmpty())
            t.name = t.slug;
        static const QRegularExpression colourRe(u"^#[0-9a-f]{6}$"_s);
        if (!t.colour.isEmpty() && !colourRe.match(t.colour.toLower()).hasMatch()) {
            *reason = ImportText::tr("the colour “%1” of topic %2 is not #rrggbb")
                          .arg(t.colour.left(20), t.slug);
            return false;
        }
        t.colour = t.colour.toLower();
    }
    QStringList slugs;
    e.topics.erase(std::remove_if(e.topics.begin(), e.topics.end(),
                                  [&](const Topic &t) {
                                      if (slugs.contains(t.slug))
                                          return true;
                                      slugs.append(t.slug);
                                      return false;
                                  }),
                   e.topics.end());
    return true;
}

bool checkActors(ImportedEvent &e, QString *reason)
{
    for (NamedActor &a : e.actors) {
        a.name = a.name.trimmed();
        if (a.name.isEmpty() || (a.kind != "person"_L1 && a.kind != "organisation"_L1)) {
            *reason = ImportText::tr(
                "a person or organisation needs a name and the kind “person” or “organisation”");
            return false;
        }
    }
    return true;
}

// An event without a type is "unspecified"; a code of two to four digits is CAMEO's.
void settleType(ImportedEvent &e)
{
    if (e.type.code.trimmed().isEmpty()) {
        e.type.code = u"entente:unspecified"_s;
        e.type.name = ImportText::tr("Unspecified");
    }
    if (e.type.name.isEmpty())
        e.type.name = e.type.code;
    static const QRegularExpression cameoRe(u"^[0-9]{2,4}$"_s);
    e.type.scheme = cameoRe.match(e.type.code).hasMatch() ? u"cameo"_s : u"entente"_s;
}

bool checkCitations(ImportedEvent &e, QString *reason)
{
    for (ImportedCitation &c : e.citations) {
        if (c.source.publisher.isEmpty() && c.source.title.isEmpty() && c.source.url.isEmpty()) {
            *reason = ImportText::tr("a citation names no source (publisher, title or URL)");
            return false;
        }
        if (c.source.title.isEmpty())
            c.source.title = c.source.publisher.isEmpty() ? c.source.url : c.source.publisher;
        if (c.source.publisher.isEmpty())
            c.source.publisher = c.source.title;
    }
    return true;
}

bool checkEvent(ImportedEvent &e, const QSet<QString> &known, QString *reason)
{
    if (!checkDatesAndTexts(e, reason) || !checkCountries(e, known, reason) ||
        !checkTopics(e, reason) || !checkActors(e, reason))
        return false;
    settleType(e);
    return checkCitations(e, reason);
}

} // namespace

namespace {

// A name as compared: lower case, accents and punctuation gone, spaces single.
QString foldName(const QString &name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
        else if ((c.isSpace() || c.isPunct()) && !folded.endsWith(u' '))
            folded += u' ';
    }
    return folded.trimmed();
}

// Names event data sets give countries that are none of ISO's short, common or official names
// (ICEWS writes "South Korea", "Occupied Palestinian Territory", …), with the country's code.
constexpr std::pair<const char16_t *, const char16_t *> kOtherCountryNames[] = {
    {u"Bolivia", u"BOL"},
    {u"Brunei", u"BRN"},
    {u"Burma", u"MMR"},
    {u"Cape Verde", u"CPV"},
    {u"Congo, Democratic Republic of", u"COD"},
    {u"Democratic Republic of Congo", u"COD"},
    {u"Democratic Republic of the Congo", u"COD"},
    {u"Republic of Congo", u"COG"},
    {u"Congo", u"COG"},
    {u"Czech Republic", u"CZE"},
    {u"East Timor", u"TLS"},
    {u"Iran", u"IRN"},
    {u"Ivory Coast", u"CIV"},
    {u"Laos", u"LAO"},
    {u"Macedonia", u"MKD"},
    {u"Micronesia", u"FSM"},
    {u"Moldova", u"MDA"},
    {u"North Korea", u"PRK"},
    {u"Occupied Palestinian Territory", u"PSE"},
    {u"Palestine", u"PSE"},
    {u"Russia", u"RUS"},
    {u"South Korea", u"KOR"},
    {u"Swaziland", u"SWZ"},
    {u"Syria", u"SYR"},
    {u"Taiwan", u"TWN"},
    {u"Tanzania", u"TZA"},
    {u"United States", u"USA"},
    {u"United Kingdom", u"GBR"},
    {u"Vatican City", u"VAT"},
    {u"Venezuela", u"VEN"},
    {u"Vietnam", u"VNM"},
};

} // namespace

ImportOutput::ImportOutput(const QList<Country> &countries, const ImportFilter &filter,
                           const ImportSink &sink, qint64 *filteredOut)
    : m_filter(filter), m_sink(sink), m_filteredOut(filteredOut)
{
    for (const Country &c : countries) {
        m_known.insert(c.alpha3);
        for (const QString &name : {c.name, c.commonName, c.officialName}) {
            if (!name.isEmpty())
                m_byName.insert(foldName(name), c.alpha3);
        }
    }
    // ISO's own names first: another name never overrides one.
    for (const auto &[name, alpha3] : kOtherCountryNames) {
        const QString code = QString::fromUtf16(alpha3);
        const QString folded = foldName(QString::fromUtf16(name));
        if (m_known.contains(code) && !m_byName.contains(folded))
            m_byName.insert(folded, code);
    }
}

QString ImportOutput::alpha3ForName(const QString &name) const
{
    if (auto it = m_nameCache.constFind(name); it != m_nameCache.cend())
        return *it;
    const QString alpha3 = m_byName.value(foldName(name));
    if (m_nameCache.size() < 100'000) // bounded, whatever a hostile file holds
        m_nameCache.insert(name, alpha3);
    return alpha3;
}

bool ImportOutput::emitEvent(ImportedEvent &&e)
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

void ImportOutput::problem(const QString &where, const QString &reason)
{
    if (m_sink.problem)
        m_sink.problem({where, reason});
}

bool ImportOutput::progress(qint64 bytes)
{
    return !m_sink.progress || m_sink.progress(bytes);
}

std::optional<QString> nextTextLine(LineReader &lines, ImportOutput &out, QString *where)
{
    bool tooLong = false;
    while (auto line = lines.next(&tooLong)) {
        *where = ImportText::tr("line %1").arg(lines.lineNumber());
        QString text;
        if (!tooLong && decodeUtf8(*line, &text))
            return text;
        out.problem(*where,
                    tooLong ? ImportText::tr("the row is longer than %1 bytes").arg(kMaxLineBytes)
                            : ImportText::tr("it is not UTF-8 text"));
    }
    return std::nullopt;
}

std::optional<QByteArray> LineReader::next(bool *tooLong)
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

bool decodeUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

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
            *reason = ImportText::tr("a quoted field is not closed");
            return false;
        }
        record += '\n' + *more;
        if (record.size() > kMaxLineBytes)
            tooLong = true;
    }
    if (tooLong) {
        *reason = ImportText::tr("the row is longer than %1 bytes").arg(kMaxLineBytes);
        return false;
    }
    QString text;
    if (!decodeUtf8(record, &text)) {
        *reason = ImportText::tr("it is not UTF-8 text");
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

bool yearInRange(qint64 year, QString *reason)
{
    if (year >= -kDeepestYear && year <= kDeepestYear)
        return true;
    *reason = ImportText::tr("its year %1 is more than %L2 years from year 0")
                  .arg(year)
                  .arg(kDeepestYear);
    return false;
}

std::optional<PartialDate> parseDate(const QString &text, const QString &what, QString *reason)
{
    QString error;
    const auto date = PartialDate::fromEdtf(text.trimmed(), &error);
    if (error.endsWith(u'.'))
        error.chop(1); // the reason is one sentence, ended by the caller
    if (!date)
        *reason = ImportText::tr("its %1 “%2” is not a date: %3").arg(what, text.left(40), error);
    return date;
}

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
                ImportText::tr(
                    "a text holds the control character U+%1, which JSON does not allow unescaped")
                    .arg(int(uchar(c)), 4, 16, QLatin1Char('0'));
            return line;
        } else if (i - start > maxStringBytes) {
            *reason = ImportText::tr("a text is longer than %1 characters").arg(kMaxFieldChars);
            return line;
        }
    }
    return 0;
}

std::optional<QJsonDocument> readJson(QIODevice &device, QString *error)
{
    if (device.size() > kMaxJsonXmlBytes) {
        *error = ImportText::tr("The file is larger than %1 MB; JSON files are read whole.")
                     .arg(kMaxJsonXmlBytes / 1'000'000);
        return std::nullopt;
    }
    // Read to one byte past the cap, no further: the file inside a zip archive may be larger
    // than the archive says.
    QByteArray bytes;
    if (device.size() > 0)
        bytes.reserve(device.size());
    while (bytes.size() <= kMaxJsonXmlBytes) {
        const QByteArray part =
            device.read(std::min<qint64>(1 << 20, kMaxJsonXmlBytes + 1 - bytes.size()));
        if (part.isEmpty())
            break;
        bytes.append(part);
    }
    if (bytes.size() > kMaxJsonXmlBytes) {
        *error = ImportText::tr("The file is larger than %1 MB; JSON files are read whole.")
                     .arg(kMaxJsonXmlBytes / 1'000'000);
        return std::nullopt;
    }
    QString reason;
    if (const qint64 line = jsonStringFault(bytes, &reason)) {
        *error = ImportText::tr("The file is not valid JSON: line %1: %2.").arg(line).arg(reason);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ImportText::tr("The file is not valid JSON: %1 (at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

bool readJsonObject(QIODevice &device, QJsonObject *root, QString *error)
{
    const auto doc = readJson(device, error);
    if (doc)
        *root = doc->object();
    return doc.has_value();
}

bool readJsonList(const QJsonObject &root, const char *key, qint64 deviceSize, bool reportProgress,
                  ImportOutput &out, const JsonEventReader &toEvent)
{
    const QJsonArray list = root.value(QLatin1String(key)).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (reportProgress && !out.progress(deviceSize * i / std::max<qsizetype>(1, list.size())))
            return false;
        const QString where = u"%1[%2]"_s.arg(QLatin1String(key)).arg(i);
        QString reason;
        auto e = toEvent(list[i].toObject(), where, &reason);
        if (!e)
            out.problem(where, reason);
        else if (!out.emitEvent(std::move(*e)))
            return false;
    }
    return true;
}

void setCameoTypeAndTopic(ImportedEvent &e, const QString &code, const QString &root,
                          const QString &name)
{
    const QString rootName = cameoRootName(root);
    // Named after its root category unless the file names it: the code is shown beside the name
    // everywhere.
    e.type = {code, u"cameo"_s,
              !name.isEmpty()      ? name
              : rootName.isEmpty() ? ImportText::tr("CAMEO %1").arg(code)
                                   : rootName};
    if (!root.isEmpty())
        e.topics.append({0, u"cameo-"_s + root,
                         rootName.isEmpty() ? ImportText::tr("CAMEO %1").arg(root) : rootName,
                         QString(), QString()});
}

QString jsonText(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
}

QByteArray jsonDocumentHead(const QJsonObject &head)
{
    const QByteArray json = QJsonDocument(head).toJson(QJsonDocument::Compact);
    return json.left(json.size() - 1) + ",\"events\": [";
}

JsonText::JsonText() : m_text(u"\n    "_s)
{
    m_text.reserve(1024);
}

void JsonText::name(const char *key)
{
    if (!m_first)
        m_text += u',';
    m_first = false;
    if (key) {
        m_text += u'"';
        m_text += QLatin1StringView(key);
        m_text += u"\":"_s;
    }
}

void JsonText::open(const char *key, QChar bracket)
{
    name(key);
    m_text += bracket;
    m_first = true;
}

void JsonText::beginObject(const char *key)
{
    open(key, u'{');
}

void JsonText::beginArray(const char *key)
{
    open(key, u'[');
}

void JsonText::close(QChar bracket)
{
    m_text += bracket;
    m_first = false;
}

void JsonText::member(const char *key, QStringView text)
{
    name(key);
    string(text);
}

void JsonText::string(QStringView text)
{
    // JSON's escapes, as QJsonDocument writes them: the quote, the backslash and the control
    // characters; everything else as it is.
    static constexpr char kHex[] = "0123456789abcdef";
    m_text += u'"';
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        m_text += text.mid(plain, i - plain);
        plain = i + 1;
        m_text += u'\\';
        switch (c) {
        case u'"':
        case u'\\':
            m_text += QChar(c);
            break;
        case u'\b':
            m_text += u'b';
            break;
        case u'\f':
            m_text += u'f';
            break;
        case u'\n':
            m_text += u'n';
            break;
        case u'\r':
            m_text += u'r';
            break;
        case u'\t':
            m_text += u't';
            break;
        default:
            m_text += u"u00"_s;
            m_text += QLatin1Char(kHex[c >> 4]);
            m_text += QLatin1Char(kHex[c & 0xf]);
        }
    }
    m_text += text.mid(plain);
    m_text += u'"';
}

} // namespace entente::core
