// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/reportextractor.h"

#include "domain/eventcheck.h"
#include "extract/texttokens.h"

#include <QFile>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace entente::core {

using namespace Qt::StringLiterals;

namespace {

// --- the reviewed data: country names, adjectives and capitals; event cues ---------------------

// Lines of a tab-separated resource, comments and blank lines left out.
QList<QStringList> readTable(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView f : line.split(u'\t'))
            fields.append(f.trimmed().toString());
        rows.append(fields);
    }
    return rows;
}

QStringList values(const QStringList &row, int column)
{
    return column < row.size() ? row[column].split(u';', Qt::SkipEmptyParts) : QStringList();
}

// A word as names are compared: lower case, accents gone ("Côte" and "Cote" are one).
QString folded(const QString &word)
{
    bool plain = true;
    for (QChar c : word)
        plain = plain && c.unicode() < 0x80;
    if (plain)
        return word;
    QString out;
    for (QChar c : word.normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark())
            out += c;
    }
    return out;
}

// How tokens are joined into a phrase key: words lower-cased without accents, a space where the
// text has one, every apostrophe as '.
QString phraseKey(const QList<Token> &tokens, qsizetype first, qsizetype count)
{
    QString key;
    for (qsizetype i = first; i < first + count; ++i) {
        if (i > first && tokens[i - 1].end != tokens[i].start)
            key += u' ';
        if (tokens[i].kind == Token::Word)
            key += folded(tokens[i].lower);
        else
            key += tokens[i].text == u"’" ? u"'"_s : tokens[i].text.toString();
    }
    return key;
}

QString keyOf(const QString &phrase)
{
    const QList<Token> tokens = tokenize(phrase);
    return phraseKey(tokens, 0, tokens.size());
}

// How many tokens "…" in a cue may skip ("sent 1,500 tonnes of humanitarian aid").
constexpr qsizetype kCueGap = 6;

struct Cue
{
    QList<QString> words; // "…" marks a gap of up to four words; a trailing * a prefix
    QString code, name;
    QStringList topics;
    bool main = true;
    QStringList notAfter;      // words that make it no cue when just before ("video conference")
    bool needsSomeone = false; // only in a sentence naming a person or an official
    int order = 0;
};

// Words that make a capitalised run the name of an organisation, and those of a government body
// (whose country is a party: "the Foreign Ministry of Azerbaijan").
const QSet<QString> &organisationWords()
{
    static const QSet<QString> words{
        u"ministry"_s, u"ministries"_s, u"agency"_s, u"centre"_s, u"center"_s, u"organization"_s,
        u"organisation"_s, u"association"_s, u"movement"_s, u"union"_s, u"council"_s, u"bank"_s,
        u"fund"_s, u"nations"_s, u"committee"_s, u"commission"_s, u"office"_s, u"institute"_s,
        u"parliament"_s, u"assembly"_s, u"court"_s, u"department"_s, u"army"_s, u"forces"_s,
        u"embassy"_s, u"government"_s, u"corporation"_s, u"company"_s, u"university"_s, u"party"_s,
        u"cabinet"_s, u"presidency"_s, u"secretariat"_s,
        // meetings named after places: "the 2017 Riyadh Summit"
        u"summit"_s,
        // documents named after places: "Vienna Convention", "Israel-Jordan Peace Treaty"
        u"convention"_s, u"treaty"_s, u"charter"_s, u"protocol"_s, u"accord"_s, u"declaration"_s,
        u"agreement"_s, u"communiqué"_s};
    return words;
}
const QSet<QString> &governmentWords()
{
    static const QSet<QString> words{u"ministry"_s,   u"ministries"_s, u"embassy"_s,
                                     u"government"_s, u"parliament"_s, u"army"_s,
                                     u"forces"_s,     u"cabinet"_s,    u"presidency"_s};
    return words;
}
// Words that make what a sentence reports a possibility, a wish or a plan rather than an event.
const QSet<QString> &speculationWords()
{
    static const QSet<QString> words{u"could"_s,    u"might"_s,   u"may"_s,         u"speculated"_s,
                                     u"possibly"_s, u"perhaps"_s, u"intended"_s,    u"intends"_s,
                                     u"hopes"_s,    u"hoped"_s,   u"considering"_s, u"whether"_s};
    return words;
}

// Lower-case words that may stand inside a capitalised name ("Association of Southeast Asian
// Nations").
bool isNameConnector(const Token &t)
{
    return t.kind == Token::Word && (t.lower == u"of" || t.lower == u"for" || t.lower == u"and" ||
                                     t.lower == u"on" || t.lower == u"the" || t.lower == u"de");
}
bool isCapitalised(const Token &t)
{
    return t.kind == Token::Word && t.text.front().isUpper();
}

// Titles that stand before a person's name, longest first where one starts another.
constexpr std::u16string_view kTitles[] = {u"deputy prime minister",
                                           u"prime minister",
                                           u"deputy foreign minister",
                                           u"foreign minister",
                                           u"minister of foreign affairs",
                                           u"deputy minister",
                                           u"defence minister",
                                           u"defense minister",
                                           u"minister",
                                           u"vice president",
                                           u"vice-president",
                                           u"president",
                                           u"crown prince",
                                           u"prince",
                                           u"king",
                                           u"queen",
                                           u"emperor",
                                           u"sheikh",
                                           u"secretary of state",
                                           u"secretary-general",
                                           u"secretary general",
                                           u"chancellor",
                                           u"speaker",
                                           u"chairman",
                                           u"special envoy",
                                           u"envoy",
                                           u"ambassador",
                                           u"high commissioner",
                                           u"premier",
                                           u"pm",
                                           u"fm",
                                           u"governor-general",
                                           u"governor general",
                                           u"governor",
                                           u"mayor",
                                           u"counterpart",
                                           u"peer"};
// The words of a portfolio after a title ("Minister for Finance", "Minister of State for Trade
// and Industry"), and the honorifics before a name ("Mr Tharman").
constexpr std::u16string_view kPortfolioWords[] = {
    u"foreign",  u"affairs",     u"finance",        u"law",         u"trade",       u"industry",
    u"defence",  u"defense",     u"home",           u"interior",    u"justice",     u"education",
    u"health",   u"culture",     u"tourism",        u"economy",     u"development", u"state",
    u"commerce", u"agriculture", u"energy",         u"environment", u"transport",   u"labour",
    u"labor",    u"information", u"communications", u"planning",    u"science",     u"technology",
    u"youth",    u"sports",      u"social",         u"national",    u"cooperation", u"investment",
    u"manpower"};
constexpr std::u16string_view kHonorifics[] = {u"mr",    u"mrs", u"ms",   u"dr",
                                               u"madam", u"sir", u"dame", u"hon"};

// CAMEO's "Consult": talks, meetings, consultations; "Sign formal agreement".
constexpr QStringView kConsult = u"040";
constexpr QStringView kSign = u"057";
constexpr QStringView kVisit = u"042";
constexpr QStringView kHost = u"043";
// Words before a sentence's event that make it another event than one already proposed.
constexpr std::u16string_view kOtherEventWords[] = {u"previous", u"earlier", u"past",    u"former",
                                                    u"prior",    u"next",    u"another", u"other"};
// What makes a sentence speak of the event of the sentence before ("During the meeting, …").
constexpr std::u16string_view kAnaphors[] = {
    u"the parties",         u"both sides",        u"the two sides",          u"the sides",
    u"both countries",      u"the two countries", u"our countries",          u"the meeting",
    u"the consultations",   u"the talks",         u"during the visit",       u"during the trip",
    u"the two leaders",     u"the two ministers", u"both foreign ministers", u"both ministers",
    u"the delegation",      u"both delegations",  u"the two delegations",    u"during his visit",
    u"during her visit",    u"on this occasion",  u"the same day",           u"that day",
    u"their two countries", u"their countries",   u"the two governments",    u"both governments",
    u"the two states",      u"both states",       u"the conversation",       u"the phone call",
    u"the telephone call"};
// Whether a sentence speaks of people, countries or documents the sentences before named: "the
// two foreign ministers", "both prime ministers", "the agreements were signed", "the ministries
// of the countries.".
bool namesThoseBefore(const QList<Token> &t)
{
    static const QSet<QString> pairs{
        u"ministers"_s,   u"leaders"_s,     u"premiers"_s,  u"presidents"_s,  u"sides"_s,
        u"delegations"_s, u"governments"_s, u"countries"_s, u"states"_s,      u"nations"_s,
        u"chancellors"_s, u"secretaries"_s, u"envoys"_s,    u"ambassadors"_s, u"heads"_s,
        u"parties"_s,     u"counterparts"_s};
    static const QSet<QString> documents{u"agreements"_s, u"pacts"_s, u"memorandums"_s,
                                         u"memoranda"_s,  u"mous"_s,  u"documents"_s};
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i].lower != u"the" && t[i].lower != u"both")
            continue;
        if (t[i].lower == u"the" && documents.contains(t[i + 1].lower))
            return true;
        // "the countries" ending a phrase: not "the countries of the region".
        if (t[i].lower == u"the" && t[i + 1].lower == u"countries" &&
            (i + 2 == t.size() || t[i + 2].kind == Token::Punct))
            return true;
        // "The presidents agreed …" opening a sentence.
        if (i == 0 && t[0].lower == u"the" && pairs.contains(t[1].lower))
            return true;
        const qsizetype from = t[i].lower == u"both" ? i + 1 : i + 2;
        if (t[i].lower == u"the" && t[i + 1].lower != u"two")
            continue;
        for (qsizetype j = from; j < std::min<qsizetype>(t.size(), from + 3); ++j) {
            if (t[j].kind != Token::Word)
                break;
            if (pairs.contains(t[j].lower))
                return true;
        }
    }
    return false;
}

// Subjects that open a sentence about those the sentence before spoke of ("He will also meet …").
constexpr std::u16string_view kSubjectPronouns[] = {u"he", u"she", u"they"};

} // namespace

// --- the extractor's data -----------------------------------------------------------------------

struct ReportExtractor::Data
{
    enum class Kind : quint8 { Name, Adjective, Capital };
    struct Place
    {
        QString alpha3;
        Kind kind;
    };
    QHash<QString, Place> places;         // phrase key → country
    int longestPlace = 1;                 // in tokens
    QHash<QString, QString> englishNames; // alpha-3 → name for titles
    QList<Cue> cues;

    void addPlace(const QString &phrase, const QString &alpha3, Kind kind)
    {
        const QString key = keyOf(phrase);
        if (key.isEmpty() || places.contains(key))
            return;
        places.insert(key, {alpha3, kind});
        longestPlace = std::max<int>(longestPlace, int(tokenize(phrase).size()));
    }
};

ReportExtractor::ReportExtractor(const QList<Country> &countries) : d(std::make_unique<Data>())
{
    QSet<QString> known;
    for (const Country &c : countries) {
        known.insert(c.alpha3);
        d->englishNames.insert(c.alpha3, c.englishName());
        for (const QString &name : {c.commonName, c.name, c.officialName}) {
            if (!name.isEmpty() && !name.contains(u','))
                d->addPlace(name, c.alpha3, Data::Kind::Name);
        }
    }
    for (const QStringList &row : readTable(u":/entente/extraction/countries.tsv"_s)) {
        if (!row.isEmpty() && row[0] == u"-") { // regions: read as one phrase, no country
            for (const QString &phrase : values(row, 1))
                d->addPlace(phrase, QString(), Data::Kind::Name);
            continue;
        }
        if (row.isEmpty() || !known.contains(row[0]))
            continue;
        for (const QString &a : values(row, 1))
            d->addPlace(a, row[0], Data::Kind::Adjective);
        for (const QString &c : values(row, 2))
            d->addPlace(c, row[0], Data::Kind::Capital);
        for (const QString &n : values(row, 3))
            d->addPlace(n, row[0], Data::Kind::Name);
    }
    int order = 0;
    for (const QStringList &row : readTable(u":/entente/extraction/event-cues.tsv"_s)) {
        if (row.size() < 5)
            continue;
        Cue cue;
        for (const Token &t : tokenize(row[0])) {
            if (t.text == u"*" && !cue.words.isEmpty())
                cue.words.last() += u'*'; // "visit*": any ending
            else
                cue.words.append(t.kind == Token::Word ? t.lower : t.text.toString());
        }
        cue.code = row[1];
        cue.name = row[2];
        cue.topics = values(row, 3);
        cue.main = row[4] == u"main";
        cue.notAfter = values(row, 5);
        cue.needsSomeone = row.value(6) == u"someone";
        cue.order = order++;
        d->cues.append(cue);
    }
}

ReportExtractor::~ReportExtractor() = default;

// --- the head of a report ------------------------------------------------------------------------

namespace {

bool isRule(QStringView line)
{
    return line.size() >= 10 && std::all_of(line.begin(), line.end(), [](QChar c) {
               return c == u'-' || c == u'=' || c == u'_' || c == u'—';
           });
}

// The field a header line sets: "title", "publisher", "author", "published", "url"; empty for none.
QString headerField(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == u"headline" || k == u"title")
        return u"title"_s;
    if (k == u"source" || k == u"publisher" || k == u"outlet")
        return u"publisher"_s;
    if (k == u"author" || k == u"by" || k == u"byline")
        return u"author"_s;
    if (k == u"published" || k == u"date" || k == u"dated")
        return u"published"_s;
    if (k == u"url" || k == u"link")
        return u"url"_s;
    return {};
}

} // namespace

namespace {

// "ISLAMABAD", "BAKU, June 6": a dateline, not a headline.
bool isCapitalisedLine(QStringView line)
{
    return std::none_of(line.begin(), line.end(), [](QChar c) { return c.isLower(); });
}

bool endsSentence(QStringView line)
{
    static const QString ends = u".!?\"”’:;"_s;
    return !line.isEmpty() && ends.contains(line.back());
}

// The lines at the top of the body that are no sentences: a headline (the first of them, when no
// header field gave one), a byline ("By Vugar Khalilov"), a date or agency line. The body starts
// after them.
void readHeadLines(QStringView text, ReportHead &head)
{
    qsizetype at = head.bodyStart;
    for (int line = 0; line < 6 && at < text.size(); ++line) {
        while (at < text.size() && text[at].isSpace())
            ++at;
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        const QStringView l = text.mid(at, end - at).trimmed();
        if (l.isEmpty() || l.size() > 150 || endsSentence(l))
            return;
        if (l.startsWith(u"By ") && l.size() < 60) {
            if (head.author.isEmpty())
                head.author = l.mid(3).trimmed().toString();
        } else if (head.title.isEmpty() && line == 0 && !isCapitalisedLine(l)) {
            head.title = l.toString();
        }
        head.bodyStart = end;
        at = end;
    }
}

// The place a body starts with: "NEW DELHI: …", "ISLAMABAD - …", "BAKU, June 6 (Agency) —",
// "New Delhi: …", "COLOMBO (News 1st) – …"; empty when it starts with a sentence.
QString datelineAt(QStringView body)
{
    body = body.trimmed().left(60);
    qsizetype end = 0;
    while (end < body.size() && (body[end].isLetter() || body[end] == u' ' || body[end] == u'.' ||
                                 body[end] == u'-' || body[end] == u'\'' || body[end] == u'/'))
        ++end;
    const QStringView place = body.left(end).trimmed();
    if (place.isEmpty() || end >= body.size())
        return {};
    const QChar stop = body[end];
    const bool capitals = isCapitalisedLine(place) && place.size() >= 3;
    const bool marked = stop == u':' || stop == u'(' || stop == u'–' || stop == u'—';
    if ((capitals && (marked || stop == u',')) || (stop == u':' && place.size() <= 30))
        return place.toString();
    return {};
}

// The date line \a dateline where the body begins with it, as offsets in \a text: its end, and
// the brackets right after it ("MOSCOW/MINSK (UrduPoint News / Sputnik - 11th June, 2020)
// Russian …"), whose date is the report's own. -1 for what is not there.
struct DatelineSpan
{
    qsizetype end = -1;
    qsizetype bracketFrom = -1, bracketTo = -1;
};

DatelineSpan datelineSpan(QStringView text, qsizetype bodyStart, const QString &dateline)
{
    DatelineSpan out;
    qsizetype at = bodyStart;
    while (at < text.size() && text[at].isSpace())
        ++at;
    if (dateline.isEmpty() || !text.sliced(at).startsWith(dateline))
        return out;
    at += dateline.size();
    out.end = at;
    while (at < text.size() && text[at] == u' ')
        ++at;
    const qsizetype close = at < text.size() && text[at] == u'(' ? text.indexOf(u')', at) : -1;
    if (close >= 0 && close - at <= 120) {
        out.bracketFrom = at;
        out.bracketTo = close + 1;
    }
    return out;
}

} // namespace

ReportHead readReportHead(QStringView text)
{
    ReportHead head;
    QString *continued = nullptr;
    qsizetype offset = 0;
    bool inHeader = true;
    while (offset < text.size()) {
        qsizetype end = text.indexOf(u'\n', offset);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(offset, end - offset);
        const QStringView trimmed = line.trimmed();
        const qsizetype next = end + 1;
        if (isRule(trimmed)) { // the head ends at a rule
            head.bodyStart = next;
            inHeader = false;
        } else if (inHeader && !trimmed.isEmpty()) {
            const qsizetype colon = trimmed.indexOf(u':');
            const QString field =
                colon > 0 && colon < 12 ? headerField(trimmed.left(colon)) : QString();
            if (!field.isEmpty()) {
                const QString value = trimmed.mid(colon + 1).trimmed().toString();
                QString *target = field == u"title"       ? &head.title
                                  : field == u"publisher" ? &head.publisher
                                  : field == u"author"    ? &head.author
                                  : field == u"url"       ? &head.url
                                                          : nullptr;
                if (target)
                    *target = value;
                continued = target;
                head.bodyStart = next;
            } else if (continued && line.startsWith(u' ')) {
                *continued += u' ' + trimmed.toString();
                head.bodyStart = next;
            } else {
                inHeader = false;
            }
        } else if (!trimmed.isEmpty()) {
            break;
        }
        offset = next;
        if (!inHeader && head.bodyStart != next)
            break;
    }
    // A head field saying there is none ("none in the received text (…)") gives nothing.
    if (head.title.startsWith(u"none", Qt::CaseInsensitive))
        head.title.clear();
    head.bodyStart = std::min(head.bodyStart, text.size());
    readHeadLines(text, head);
    head.dateline = datelineAt(text.mid(head.bodyStart));
    qsizetype at = 0, length = 0;
    if (auto published = findReportDate(text, &at, &length)) {
        head.published = published;
        head.publishedSpan = {at, length};
    }
    return head;
}

// --- sentences -----------------------------------------------------------------------------------

namespace {

// Whether \a sentence ends in an abbreviation's full stop rather than its own: a title ("Mr.",
// "H.E."), an initial ("J."), "U.S.", "No.".
bool endsWithAbbreviation(QStringView sentence)
{
    if (!sentence.endsWith(u'.'))
        return false;
    qsizetype i = sentence.size() - 1;
    while (i > 0 && (sentence[i - 1].isLetter() || sentence[i - 1] == u'.'))
        --i;
    const QString word = sentence.mid(i).toString().toLower();
    static const QSet<QString> abbreviations{
        u"mr."_s,  u"ms."_s,   u"mrs."_s, u"dr."_s,  u"h.e."_s,  u"st."_s,   u"u.s."_s, u"u.k."_s,
        u"u.n."_s, u"no."_s,   u"gen."_s, u"lt."_s,  u"col."_s,  u"prof."_s, u"sen."_s, u"rep."_s,
        u"jan."_s, u"feb."_s,  u"mar."_s, u"apr."_s, u"aug."_s,  u"sept."_s, u"sep."_s, u"oct."_s,
        u"nov."_s, u"dec."_s,  u"gov."_s, u"amb."_s, u"md."_s,   u"mohd."_s, u"jr."_s,  u"capt."_s,
        u"maj."_s, u"brig."_s, u"adm."_s, u"hon."_s, u"engr."_s, u"sta."_s,  u"sto."_s};
    if (abbreviations.contains(word))
        return true;
    // Initials: "G.L. Peiris" (not "10 A.M.", which timeGoesOn() reads).
    const QStringView letters = sentence.sliced(i);
    bool initials =
        letters.size() >= 4 && letters.size() % 2 == 0 && word != u"a.m." && word != u"p.m.";
    for (qsizetype k = 0; initials && k < letters.size(); k += 2)
        initials = letters[k].isUpper() && letters[k + 1] == u'.';
    if (initials)
        return true;
    // An initial: one capital letter and its full stop, after a space.
    return word.size() == 2 && sentence[i].isUpper() && (i == 0 || sentence[i - 1].isSpace());
}

// Whether a piece ending in "a.m." or "p.m." goes on into \a next: "at 11:30 a.m. Tuesday",
// "9 p.m. local time", "10 a.m. GMT". Before anything else it ends its sentence.
bool timeGoesOn(QStringView sentence, QStringView next)
{
    if (!sentence.endsWith(u"a.m."_s, Qt::CaseInsensitive) &&
        !sentence.endsWith(u"p.m."_s, Qt::CaseInsensitive))
        return false;
    qsizetype n = 0;
    while (n < next.size() && next[n].isLetter())
        ++n;
    static const QSet<QString> words{u"local"_s, u"gmt"_s,       u"utc"_s,
                                     u"today"_s, u"yesterday"_s, u"tomorrow"_s};
    const QString word = next.first(n).toString().toLower();
    return isMonthOrWeekdayName(word) || words.contains(word);
}

// Whether the full stop at \a dot - 1 with no space after it ends a sentence all the same: a page
// that lost the space between two ("… with Solih.The Prime Minister …"), a lower-case word before
// it (or a year: "on 2 June 2022.Ghana") and a capitalised word after it. Not "Ph.D",
// "St.Petersburg", "U.S.Embassy".
bool runTogether(QStringView body, qsizetype dot, qsizetype next)
{
    const auto lowerOrDigit = [&](qsizetype at) {
        return body[at].isLower() || body[at].isDigit();
    };
    return dot >= 3 && lowerOrDigit(dot - 2) && lowerOrDigit(dot - 3) && next + 1 < body.size() &&
           body[next].isUpper() && body[next + 1].isLower() &&
           !endsWithAbbreviation(body.first(dot));
}

} // namespace

QList<TextSpan> ReportExtractor::sentences(QStringView text, qsizetype from)
{
    QList<TextSpan> out;
    const QString body = text.mid(from).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, body);
    qsizetype start = 0;
    bool glued = false; // the last piece ended in a full stop with no space after it
    while (start < body.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end < 0)
            end = body.size();
        qsizetype a = start, b = end;
        while (a < b && body[a].isSpace())
            ++a;
        while (b > a && body[b - 1].isSpace())
            --b;
        if (b > a) {
            // "H.E. Ms Inga", "Jane J. Chigiyal", "the U.S. Secretary": an abbreviation's full
            // stop ends no sentence, so what follows joins it; nor does one with no space after
            // it ("Ph.D").
            const QStringView last =
                out.isEmpty() ? QStringView() : text.mid(out.last().start, out.last().length);
            if (!out.isEmpty() && (glued || endsWithAbbreviation(last) ||
                                   timeGoesOn(last, QStringView(body).sliced(a, b - a))))
                out.last().length = from + b - out.last().start;
            else
                out.append({from + a, b - a});
            glued = b == end && end < body.size() && body[b - 1] == u'.' &&
                    body[end].isLetterOrNumber() && !runTogether(body, b, end);
        }
        start = end;
    }
    // The stops the finder did not break at because no space follows them.
    QList<TextSpan> split;
    for (const TextSpan &sentence : std::as_const(out)) {
        qsizetype first = sentence.start;
        const qsizetype end = sentence.start + sentence.length;
        for (qsizetype dot = first + 1; dot + 1 < end; ++dot) {
            if (text[dot] == u'.' && runTogether(text.first(end), dot + 1, dot + 1)) {
                split.append({first, dot + 1 - first});
                first = dot + 1;
            }
        }
        split.append({first, end - first});
    }
    return split;
}

// --- one sentence read ---------------------------------------------------------------------------

namespace {

struct Mention
{
    QString alpha3;
    qsizetype token = 0;
    bool venue = false;     //!< a capital after "in" or "at": where, not necessarily who
    bool inName = false;    //!< inside the name of an organisation or document, not a government's
    bool bracketed = false; //!< inside brackets: of someone named outside them
    bool origin = false;    //!< where someone came from ("landed … from Stockholm")
};

struct Organisation
{
    qsizetype first = 0, last = 0;
    QString name;
    bool government = false;
};

struct CueHit
{
    const Cue *cue = nullptr;
    qsizetype first = 0, last = 0;
};

// What one sentence says: its tokens, places, organisations, people and cues.
struct SentenceReading
{
    QList<Token> tokens;
    QList<Mention> countries;
    QList<Organisation> organisations;
    QList<ProposedPerson> people;
    QList<CueHit> cues;
    bool anaphoric = false;
    bool mentionsThisCountry = false; //!< "this country": the one the text spoke of before
    bool speculative = false;         //!< "could", "might", "may", "intended to": no event
    bool reportsItself = false;
    qsizetype sourceFrom = -1; //!< where a closing attribution begins (a character offset)
    qsizetype openingTo = -1;  //!< where an opening one ("Talking to reporters on Monday,") ends
    QList<qsizetype> framedAt; //!< where a date right after "during his visit" would begin
};

} // namespace

namespace {

class SentenceReader
{
public:
    /*!
     * \a here: the country of the report's date line ("NEW DELHI:"). \a home: the report's own
     * country, whose officials it names without saying so ("Prime Minister Narendra Modi").
     */
    SentenceReader(const ReportExtractor::Data &data, QHash<QString, ProposedPerson> &known,
                   const QString &publisher, const QString &here, const QString &home)
        : m_data(data), m_known(known), m_publisher(keyOf(publisher)), m_here(here), m_home(home)
    {}

    /*! The organisations, places and people \a sentence names; its people are remembered. */
    SentenceReading learnPeople(QStringView sentence) const
    {
        SentenceReading s;
        s.tokens = tokenize(sentence);
        findOrganisations(s);
        findPlaces(s);
        findPeople(s);
        return s;
    }

    // Once every sentence has been learnt from: titles may then give their people a country.
    void titlesLearnt() const { m_titlesLearnt = true; }

    SentenceReading read(QStringView sentence) const
    {
        SentenceReading s = learnPeople(sentence);
        findKnownPeople(s);
        // The date line's place says where the report was written, not who took part.
        for (Mention &m : s.countries)
            m.venue = m.venue || (m.token == 0 && !m_here.isEmpty() && m.alpha3 == m_here);
        // "Cabinet has endorsed an agreement …" in a country's own press: its own cabinet, where
        // a foreign one would be qualified ("the Indian Cabinet", "the Cabinet of India").
        for (qsizetype i = 0; i < s.tokens.size() && !m_home.isEmpty(); ++i) {
            const QList<Token> &t = s.tokens;
            if (t[i].text == u"Cabinet" && (i == 0 || t[i - 1].lower == u"the") &&
                (i + 1 == t.size() || t[i + 1].lower != u"of") && placeBefore(s, i).isEmpty())
                s.countries.append({m_home, i});
        }
        // "arrived here", "held here today": the place of the report's date line.
        for (qsizetype i = 0; i < s.tokens.size() && !m_here.isEmpty(); ++i) {
            if (s.tokens[i].text == u"here")
                s.countries.append({m_here, i, true, false});
        }
        findCues(s);
        // Where dates would say when the source spoke ("…, the ministry said Thursday.") or when
        // the visit framing the sentence is ("During his visit next week, he will meet …").
        if (const qsizetype source = attributionStart(s.tokens); source < s.tokens.size())
            s.sourceFrom = s.tokens[source].start;
        s.openingTo = openingAttributionEnd(s.tokens);
        for (qsizetype i = 0; i + 1 < s.tokens.size(); ++i) {
            if (isVisitFrame(s.tokens, i))
                s.framedAt.append(s.tokens[i + 1].start);
        }
        const QString lower = sentence.toString().toLower();
        for (std::u16string_view a : kAnaphors)
            s.anaphoric = s.anaphoric || lower.contains(QStringView(a.data(), qsizetype(a.size())));
        s.anaphoric = s.anaphoric || namesThoseBefore(s.tokens);
        // The subject: the first word, or the first after an opening phrase ("A day later, he
        // will hold talks").
        qsizetype subject = 0;
        for (qsizetype i = 1; i < std::min<qsizetype>(s.tokens.size() - 1, 7); ++i) {
            if (s.tokens[i].text == u",") {
                subject = i + 1;
                break;
            }
        }
        for (std::u16string_view pronoun : kSubjectPronouns) {
            const QStringView word(pronoun.data(), qsizetype(pronoun.size()));
            s.anaphoric = s.anaphoric || (!s.tokens.isEmpty() && s.tokens.first().lower == word) ||
                          (subject < s.tokens.size() && s.tokens[subject].lower == word);
        }
        // A country in brackets qualifies someone ("Ambassador to Bangladesh (resident in New
        // Delhi, India)"): partiesOf() counts it only when the parties are not named outside.
        QList<bool> bracketed(s.tokens.size());
        int depth = 0;
        for (qsizetype i = 0, at = 0; i < s.tokens.size(); ++i) {
            for (; at < s.tokens[i].start && at < sentence.size(); ++at)
                depth += sentence[at] == u'(' ? 1 : sentence[at] == u')' && depth > 0 ? -1 : 0;
            bracketed[i] = depth > 0;
        }
        for (Mention &m : s.countries)
            m.bracketed = bracketed.value(m.token);
        s.mentionsThisCountry = lower.contains(u"this country"_s);
        for (const Token &t : s.tokens) {
            s.speculative = s.speculative || (t.kind == Token::Word && t.text.front().isLower() &&
                                              speculationWords().contains(t.lower));
        }
        s.reportsItself = !m_publisher.isEmpty() && (lower.contains(m_publisher + u" reports") ||
                                                     lower.contains(m_publisher + u" reported"));
        return s;
    }

private:
    bool insideOrganisation(const SentenceReading &s, qsizetype i, bool *government) const
    {
        for (const Organisation &o : s.organisations) {
            if (i >= o.first && i <= o.last) {
                *government = o.government;
                return true;
            }
        }
        return false;
    }

    // Capitalised runs with an organisation word: "Cambodian Mine Action Centre", "Association of
    // Southeast Asian Nations (ASEAN)", "Japan International Cooperation Agency (JICA)".
    void findOrganisations(SentenceReading &s) const
    {
        const QList<Token> &t = s.tokens;
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (!isCapitalised(t[i]))
                continue;
            qsizetype last = i;
            bool org = false, government = false;
            for (qsizetype j = i; j < t.size(); ++j) {
                const bool hyphen = t[j].kind == Token::Punct && t[j].text == u"-" && j > i &&
                                    t[j - 1].end == t[j].start && j + 1 < t.size() &&
                                    t[j].end == t[j + 1].start;
                if (isCapitalised(t[j]) || hyphen) {
                    last = j;
                    org = org || organisationWords().contains(t[j].lower);
                    government = government || governmentWords().contains(t[j].lower);
                } else if (!(isNameConnector(t[j]) && j + 1 < t.size() &&
                             isCapitalised(t[j + 1]))) {
                    break;
                }
            }
            if (!org) {
                i = last;
                continue;
            }
            // An acronym in brackets after it belongs to it.
            if (last + 3 < t.size() && t[last + 1].text == u"(" && t[last + 3].text == u")")
                last += 3;
            const QString name = QStringView(t[i].text.data(), t[last].end - t[i].start).toString();
            s.organisations.append({i, last, name, government});
            i = last;
        }
    }

    // Countries by name, adjective or capital, longest phrase first; inside an organisation's
    // name only a government body's country counts.
    void findPlaces(SentenceReading &s) const
    {
        const QList<Token> &t = s.tokens;
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (!isCapitalised(t[i]))
                continue;
            for (qsizetype n = std::min<qsizetype>(m_data.longestPlace, t.size() - i); n >= 1;
                 --n) {
                const auto it = m_data.places.constFind(phraseKey(t, i, n));
                if (it == m_data.places.cend())
                    continue;
                bool government = false;
                auto after = [&t](qsizetype at, QStringView word) {
                    return at > 0 && t[at - 1].lower == word;
                };
                // "the Venezuela situation", "the Syria crisis": what was talked about, like a
                // country in a document's name.
                static const QSet<QString> topics{u"situation"_s, u"crisis"_s,   u"issue"_s,
                                                  u"question"_s,  u"conflict"_s, u"file"_s,
                                                  u"problem"_s,   u"dossier"_s};
                const bool topic = it->kind == ReportExtractor::Data::Kind::Name &&
                                   i + n < t.size() && after(i, u"the") &&
                                   topics.contains(t[i + n].lower);
                const bool inName = (insideOrganisation(s, i, &government) && !government) || topic;
                // "in Bangkok", "at the Thai capital": where it happened, not who took part.
                const bool venue =
                    (it->kind == ReportExtractor::Data::Kind::Capital &&
                     (after(i, u"in") || after(i, u"at"))) ||
                    // "will be meeting in Germany": where, unless no one else takes part (but
                    // "landed in Britain": whom one comes to).
                    (it->kind == ReportExtractor::Data::Kind::Name && !arrivesAt(t, i) &&
                     (after(i, u"in") || (after(i, u"the") && after(i - 1, u"in")))) ||
                    (i + n < t.size() && t[i + n].lower == u"capital" && after(i, u"the") &&
                     (after(i - 1, u"in") || after(i - 1, u"at"))) ||
                    placeOfVenue(t, i) ||
                    (it->kind == ReportExtractor::Data::Kind::Capital && after(i, u"for") &&
                     i >= 2 &&
                     (t[i - 2].lower == u"left" || t[i - 2].lower == u"leaves" ||
                      t[i - 2].lower == u"leaving" || t[i - 2].lower == u"departed"));
                if (!it->alpha3.isEmpty() &&
                    !(it->kind == ReportExtractor::Data::Kind::Capital &&
                      insidePersonName(t, i, n)) &&
                    !insideFeatureName(t, i, n) &&
                    !(it->kind == ReportExtractor::Data::Kind::Adjective &&
                      namesALanguage(t, i, n)))
                    s.countries.append({it->alpha3, i, venue, inName, false, placeOfOrigin(t, i)});
                i += n - 1;
                break;
            }
        }
    }

    // Whether the capital's name at tokens \a i to \a i + \a n - 1 is a person's given or middle
    // name: between two capitalised words, neither the sentence's first nor a place ("Ambassador
    // Jose Santiago Reyes", "Foreign Minister Santiago Cafiero").
    bool insidePersonName(const QList<Token> &t, qsizetype i, qsizetype n) const
    {
        const auto nameWord = [&](qsizetype at) {
            return at > 0 && at < t.size() && t[at].kind == Token::Word && isCapitalised(t[at]) &&
                   !m_data.places.contains(phraseKey(t, at, 1));
        };
        return nameWord(i - 1) && nameWord(i + n);
    }

    // Whether the place at tokens \a i to \a i + \a n - 1 is part of a sea's or an ocean's name,
    // not a country: "the Indian Ocean", "the South China Sea", "the Sea of Japan".
    static bool insideFeatureName(const QList<Token> &t, qsizetype i, qsizetype n)
    {
        static const QSet<QString> features{u"ocean"_s,  u"sea"_s,       u"gulf"_s,
                                            u"strait"_s, u"peninsula"_s, u"straits"_s};
        const auto feature = [&](qsizetype at) {
            return at >= 0 && at < t.size() && isCapitalised(t[at]) &&
                   features.contains(t[at].lower);
        };
        return feature(i + n) || (i >= 2 && t[i - 1].lower == u"of" && feature(i - 2));
    }

    // Whether the adjective at tokens \a i to \a i + \a n - 1 is a language: "the conversation was
    // in English", "he manages Spanish", "the Arabic language".
    static bool namesALanguage(const QList<Token> &t, qsizetype i, qsizetype n)
    {
        static const QSet<QString> speaking{
            u"in"_s,     u"speaks"_s, u"speak"_s, u"spoke"_s,   u"speaking"_s, u"manages"_s,
            u"fluent"_s, u"into"_s,   u"learn"_s, u"learned"_s, u"learnt"_s,   u"translated"_s};
        const qsizetype next = i + n;
        if (next < t.size() && (t[next].lower == u"language" || t[next].lower == u"languages"))
            return true;
        const bool alone = next >= t.size() || t[next].kind == Token::Punct ||
                           t[next].lower == u"and" || t[next].lower == u"or";
        return alone && i >= 1 && speaking.contains(t[i - 1].lower);
    }

    static const QSet<QString> &movingWords()
    {
        static const QSet<QString> moving{
            u"landed"_s, u"lands"_s,    u"arrived"_s,  u"arrives"_s,   u"arriving"_s,
            u"arrive"_s, u"flew"_s,     u"flown"_s,    u"travelled"_s, u"traveled"_s,
            u"came"_s,   u"returned"_s, u"returning"_s};
        return moving;
    }

    // Whether the place at token \a i is where someone came from: "landed in Britain from
    // Stockholm", "arrived from Beijing" (not "a delegation from Chile", a party).
    static bool placeOfOrigin(const QList<Token> &t, qsizetype i)
    {
        if (i < 2 || t[i - 1].lower != u"from")
            return false;
        for (qsizetype k = i - 2; k >= 0 && k >= i - 5; --k) {
            if (t[k].kind == Token::Punct)
                return false;
            if (movingWords().contains(t[k].lower))
                return true;
        }
        return false;
    }

    // Whether the place at token \a i is where someone arrives: "landed in Britain", "arrived
    // in the Maldives".
    static bool arrivesAt(const QList<Token> &t, qsizetype i)
    {
        const qsizetype in = i >= 1 && t[i - 1].lower == u"the" ? i - 2 : i - 1;
        return in >= 1 && t[in].lower == u"in" && movingWords().contains(t[in - 1].lower);
    }

    // Whether the country at token \a i names the country of a venue just before it: "in Addis
    // Ababa, Ethiopia", "in New-York, the USA".
    static bool placeOfVenue(const QList<Token> &t, qsizetype i)
    {
        qsizetype comma = i - 1;
        if (comma > 0 && t[comma].lower == u"the")
            --comma;
        if (comma < 2 || t[comma].text != u",")
            return false;
        for (qsizetype k = comma - 1; k >= 0 && k >= comma - 5; --k) {
            if (t[k].lower == u"in" || t[k].lower == u"at")
                return k < comma - 1;
            const bool placeWord =
                (t[k].kind == Token::Word && t[k].text.front().isUpper()) || t[k].text == u"-";
            if (!placeWord)
                return false;
        }
        return false;
    }

    // The country a one- or two-word adjective or name just before token \a i gives ("South
    // Korean President", "Cambodian counterpart").
    QString placeBefore(const SentenceReading &s, qsizetype i) const
    {
        // "India's PM Modi", "South Korea's Foreign Minister": a possessive.
        if (i >= 3 && s.tokens[i - 1].lower == u"s" &&
            (s.tokens[i - 2].text == u"'" || s.tokens[i - 2].text == u"\u2019"))
            i -= 2;
        if (i >= 2 && isCapitalised(s.tokens[i - 2]) && isCapitalised(s.tokens[i - 1])) {
            const QString two = m_data.places.value(phraseKey(s.tokens, i - 2, 2)).alpha3;
            if (!two.isEmpty())
                return two;
        }
        return placeAt(s, i - 1);
    }

    QString placeAt(const SentenceReading &s, qsizetype i) const
    {
        if (i < 0 || i >= s.tokens.size() || !isCapitalised(s.tokens[i]))
            return {};
        return m_data.places.value(folded(s.tokens[i].lower)).alpha3;
    }

    // The title at token \a i, longest first; its length in tokens, or 0.
    qsizetype titleAt(const QList<Token> &t, qsizetype i) const
    {
        if (i >= t.size() || t[i].kind != Token::Word)
            return 0;
        static const auto titles = [] {
            QList<std::pair<std::u16string_view, QList<Token>>> out;
            for (std::u16string_view title : kTitles)
                out.append({title, tokenize(QStringView(title.data(), qsizetype(title.size())))});
            return out;
        }();
        for (const auto &[title, words] : titles) {
            if (i + words.size() > t.size())
                continue;
            bool match = true;
            for (qsizetype k = 0; k < words.size() && match; ++k)
                match = t[i + k].lower == words[k].lower &&
                        (words[k].kind != Token::Word || t[i + k].kind == Token::Word);
            // Titles other than "counterpart" are capitalised before a name; "PM" and "FM"
            // are written in capitals, and not after a number ("at 4 PM Monday").
            const bool abbreviated = title == u"pm" || title == u"fm";
            if (abbreviated && (t[i].text != t[i].text.toString().toUpper() ||
                                (i > 0 && t[i - 1].kind == Token::Number)))
                continue;
            if (match && (title == u"counterpart" || title == u"peer" || isCapitalised(t[i])))
                return words.size();
        }
        return 0;
    }

    // Where a title's portfolio and further titles end ("Minister for Foreign Affairs and
    // Minister for Law K Shanmugam", "Deputy Prime Minister and Minister for Finance Mr Tharman
    // Shanmugaratnam"); \a at itself when there are none.
    qsizetype afterPortfolio(const QList<Token> &t, qsizetype at) const
    {
        const auto listed = [](const auto &words, const Token &token) {
            return token.kind == Token::Word &&
                   std::any_of(std::begin(words), std::end(words), [&](std::u16string_view w) {
                       return token.lower == QStringView(w.data(), qsizetype(w.size()));
                   });
        };
        const auto portfolio = [&](qsizetype i) {
            return i < t.size() && isCapitalised(t[i]) && listed(kPortfolioWords, t[i]);
        };
        for (;;) {
            if (at + 1 < t.size() && (t[at].lower == u"for" || t[at].lower == u"of") &&
                portfolio(at + 1)) {
                at += 2;
                while (portfolio(at) ||
                       (at + 1 < t.size() && t[at].lower == u"and" && portfolio(at + 1)) ||
                       (at + 1 < t.size() && (t[at].lower == u"for" || t[at].lower == u"of") &&
                        portfolio(at + 1)))
                    ++at;
            } else if (at + 1 < t.size() && t[at].lower == u"and" && titleAt(t, at + 1) > 0) {
                at += 1 + titleAt(t, at + 1);
            } else {
                return at;
            }
        }
    }
    // Past an honorific at \a at ("Mr", "Dr."), if there is one.
    static qsizetype afterHonorific(const QList<Token> &t, qsizetype at)
    {
        if (at + 1 >= t.size() || t[at].kind != Token::Word ||
            std::none_of(std::begin(kHonorifics), std::end(kHonorifics),
                         [&](std::u16string_view w) {
                             return t[at].lower == QStringView(w.data(), qsizetype(w.size()));
                         }))
            return at;
        return at + (t[at + 1].text == u"." ? 2 : 1);
    }

    // A person's name: one to four capitalised words that are no place, month or title.
    qsizetype nameAt(const SentenceReading &s, qsizetype i) const
    {
        const QList<Token> &t = s.tokens;
        qsizetype n = 0;
        while (i + n < t.size() && n < 5 && isCapitalised(t[i + n]) &&
               placeAt(s, i + n).isEmpty() && titleAt(t, i + n) == 0 &&
               !organisationWords().contains(t[i + n].lower)) {
            ++n;
            // An initial: "N.Enkhtaivan", "Jane J. Chigiyal".
            if (t[i + n - 1].text.size() == 1 && i + n + 1 < t.size() && t[i + n].text == u"." &&
                isCapitalised(t[i + n + 1]))
                ++n;
        }
        return n;
    }

    QString span(const QList<Token> &t, qsizetype first, qsizetype last) const
    {
        return QStringView(t[first].text.data(), t[last].end - t[first].start).toString();
    }

    void remember(SentenceReading &s, const ProposedPerson &p) const
    {
        s.people.append(p);
        for (const QString &word : p.name.split(u' ', Qt::SkipEmptyParts)) {
            // The first mention names them; a later one may give the country it left out.
            const auto it = m_known.constFind(word);
            if (word.size() >= 3 &&
                (it == m_known.cend() || (it->country.isEmpty() && !p.country.isEmpty())))
                m_known.insert(word, p);
        }
    }

    // "Azerbaijani Deputy Foreign Minister Elnur Mammadov", "his Cambodian counterpart Chem
    // Widhya", "said Somathy Prak, secretariat chief of the Cambodian Mine Action Centre".
    void findPeople(SentenceReading &s) const
    {
        const QList<Token> &t = s.tokens;
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (const qsizetype title = titleAt(t, i)) {
                qsizetype at = i + title;
                QString country = placeBefore(s, i);
                if (t.size() > at + 1 && t[at].lower == u"of" && !placeAt(s, at + 1).isEmpty()) {
                    country = placeAt(s, at + 1);
                    at += 2;
                }
                const qsizetype portfolioEnd = afterPortfolio(t, at);
                const qsizetype titleLast = portfolioEnd > at ? portfolioEnd - 1 : i + title - 1;
                at = afterHonorific(t, portfolioEnd);
                const qsizetype n = nameAt(s, at);
                const QString titleKey = phraseKey(t, i, title);
                if (!country.isEmpty()) {
                    m_titleCountries[titleKey].insert(country);
                    if (n > 0)
                        m_namedTitleCountries[titleKey].insert(country);
                } else if (n > 0) {
                    m_titleHolders[titleKey].insert(nameSkeleton(t[at + n - 1].lower));
                }
                if (n == 0) {
                    // "The Prime Minister spoke with …" in a country's own press: its own, where
                    // a foreign one would be qualified ("the Australian PM", "the visiting …").
                    const QString own = countryOfTitle(titleKey);
                    if (country.isEmpty() && !m_home.isEmpty() && i > 0 &&
                        t[i - 1].lower == u"the" && isOwnHeadOfGovernment(t, i, title))
                        s.countries.append({m_home, i});
                    else if (country.isEmpty() && !own.isEmpty() && i > 0 &&
                             t[i - 1].lower == u"the")
                        s.countries.append({own, i});
                    continue;
                }
                const QString name = span(t, at, at + n - 1);
                if (country.isEmpty())
                    country = countryOfPerson(name, titleKey);
                remember(s, {name, span(t, i, titleLast), country});
                i = at + n - 1;
            } else if ((t[i].lower == u"said" || t[i].lower == u"says" || t[i].lower == u"told") &&
                       i + 3 < t.size()) {
                const qsizetype n = nameAt(s, i + 1);
                if (n < 2 || i + 1 + n >= t.size() || t[i + 1 + n].text != u",")
                    continue;
                const qsizetype from = i + 2 + n;
                qsizetype to = from;
                while (to + 1 < t.size() && t[to + 1].text != u"," && t[to + 1].text != u".")
                    ++to;
                if (to >= t.size())
                    continue;
                QString country;
                for (const Mention &m : s.countries)
                    country =
                        country.isEmpty() && m.token >= from && m.token <= to ? m.alpha3 : country;
                for (const Organisation &o : s.organisations) {
                    if (country.isEmpty() && o.first >= from && o.first <= to)
                        country = placeAt(s, o.first);
                }
                remember(s, {span(t, i + 1, i + n), span(t, from, to), country});
            }
        }
    }

    // Later mentions of a person already named ("Mammadov informed …") bring their country.
    void findKnownPeople(SentenceReading &s) const
    {
        for (qsizetype i = 0; i < s.tokens.size(); ++i) {
            const Token &tok = s.tokens[i];
            if (!isCapitalised(tok))
                continue;
            const auto it = m_known.constFind(tok.text.toString());
            if (it == m_known.cend())
                continue;
            if (std::none_of(s.people.cbegin(), s.people.cend(),
                             [&](const ProposedPerson &p) { return p.name == it->name; }))
                s.people.append(*it);
            if (!it->country.isEmpty())
                s.countries.append({it->country, i});
        }
    }

    static bool wordMatches(const QString &pattern, const Token &t)
    {
        if (pattern.endsWith(u'*'))
            return t.kind == Token::Word && t.lower.startsWith(QStringView(pattern).chopped(1));
        return t.kind == Token::Word ? t.lower == pattern : t.text == pattern;
    }

    // The end of \a cue matched at token \a i, or -1. "@" in a cue is a place.
    static qsizetype matchCue(const Cue &cue, const SentenceReading &s, qsizetype i)
    {
        const QList<Token> &t = s.tokens;
        qsizetype at = i;
        for (qsizetype w = 0; w < cue.words.size(); ++w) {
            if (cue.words[w] == u"@") {
                if (!placeStartsAt(s, at))
                    return -1;
                ++at;
                continue;
            }
            if (cue.words[w] == u"…") {
                ++w;
                qsizetype k = at;
                while (k < t.size() && k <= at + kCueGap && !wordMatches(cue.words[w], t[k]))
                    ++k;
                if (k >= t.size() || k > at + kCueGap)
                    return -1;
                at = k + 1;
                continue;
            }
            if (at >= t.size() || !wordMatches(cue.words[w], t[at]))
                return -1;
            ++at;
        }
        return at - 1;
    }

    void findCues(SentenceReading &s) const
    {
        const qsizetype source = attributionStart(s.tokens);
        for (const Cue &cue : m_data.cues) {
            for (qsizetype i = 0; i < source; ++i) {
                const qsizetype last = matchCue(cue, s, i);
                if (last < 0 || (i > 0 && cue.notAfter.contains(s.tokens[i - 1].lower)) ||
                    (cue.needsSomeone && !namesSomeone(s)) || framesTheSentence(s.tokens, i) ||
                    isWhatSomethingServes(s.tokens, i) || isAssessed(s.tokens, i) ||
                    isDenied(s.tokens, i) || namesEarlierThings(s.tokens, i) ||
                    isWhatAPaperIsAbout(s.tokens, i))
                    continue;
                s.cues.append({&cue, i, last});
                break;
            }
        }
    }

    // Whether the cue at \a token is what a paper is about: "a readout on the conversation
    // released this morning", "a statement on the talks": the paper's date is not the event's.
    static bool isWhatAPaperIsAbout(const QList<Token> &t, qsizetype token)
    {
        static const QSet<QString> papers{u"readout"_s,    u"statement"_s, u"communique"_s,
                                          u"communiqué"_s, u"briefing"_s,  u"release"_s,
                                          u"report"_s,     u"note"_s};
        qsizetype k = token - 1;
        if (k >= 0 && (t[k].lower == u"the" || t[k].lower == u"their" || t[k].lower == u"his" ||
                       t[k].lower == u"her"))
            --k;
        if (k < 1 || (t[k].lower != u"on" && t[k].lower != u"about"))
            return false;
        for (qsizetype j = k - 1; j >= 0 && j >= k - 2; --j) {
            if (papers.contains(t[j].lower))
                return true;
        }
        return false;
    }

    // Whether the cue at \a token describes things done before, not an event: "the
    // implementation of previously reached agreements", "the already signed documents".
    static bool namesEarlierThings(const QList<Token> &t, qsizetype token)
    {
        static const QSet<QString> before{u"of"_s,    u"the"_s, u"all"_s,   u"on"_s,   u"with"_s,
                                          u"under"_s, u"and"_s, u"to"_s,    u"for"_s,  u"its"_s,
                                          u"their"_s, u"our"_s, u"these"_s, u"those"_s};
        return token >= 2 &&
               (t[token - 1].lower == u"previously" || t[token - 1].lower == u"already") &&
               before.contains(t[token - 2].lower);
    }

    // Whether the cue at \a token is what something is for ("the exemption will facilitate
    // official meetings", "to promote visits"): a purpose, not an event. Only a noun ("Ministers
    // seeking to promote trade met …" still met), up to four words back, within the clause.
    static bool isWhatSomethingServes(const QList<Token> &t, qsizetype token)
    {
        static const QSet<QString> nouns{u"meeting"_s,      u"meetings"_s,    u"visit"_s,
                                         u"visits"_s,       u"talks"_s,       u"consultations"_s,
                                         u"negotiations"_s, u"exchanges"_s,   u"contacts"_s,
                                         u"trips"_s,        u"cooperation"_s, u"dialogue"_s};
        if (!nouns.contains(t[token].lower))
            return false;
        static const QSet<QString> serving{
            u"facilitate"_s, u"facilitates"_s, u"facilitating"_s, u"promote"_s,     u"promotes"_s,
            u"promoting"_s,  u"enable"_s,      u"enables"_s,      u"enabling"_s,    u"encourage"_s,
            u"encourages"_s, u"encouraging"_s, u"ease"_s,         u"eases"_s,       u"easing"_s,
            u"simplify"_s,   u"simplifies"_s,  u"foster"_s,       u"fosters"_s,     u"pave"_s,
            u"paves"_s,      u"paving"_s,      u"preparations"_s, u"preparation"_s, u"prepare"_s,
            u"prepares"_s,   u"preparing"_s};
        // A verb's own auxiliary ends the object: "a forum to promote trade was held".
        static const QSet<QString> auxiliaries{u"was"_s, u"were"_s, u"is"_s,   u"are"_s,
                                               u"be"_s,  u"been"_s, u"will"_s, u"would"_s,
                                               u"has"_s, u"have"_s, u"had"_s};
        for (qsizetype j = token - 1; j >= 0 && j >= token - 4; --j) {
            if (t[j].kind != Token::Word || auxiliaries.contains(t[j].lower))
                return false;
            if (serving.contains(t[j].lower))
                return true;
        }
        return false;
    }

    // Whether the cue at \a token is a noun whose worth the sentence states ("the signing of the
    // convention will contribute to …", "the minister's visit is about …", "the visit will
    // coincide with the anniversary"): a comment on an event, not the report of one. Its own
    // verb comes first in the phrase after it; one that reports ("the signing … was held")
    // leaves it an event.
    static bool isAssessed(const QList<Token> &t, qsizetype token)
    {
        static const QSet<QString> nouns{u"signing"_s, u"visit"_s,         u"meeting"_s,
                                         u"talks"_s,   u"consultations"_s, u"trip"_s};
        if (!nouns.contains(t[token].lower) || token == 0)
            return false;
        // "the visit", "his visit", "the minister’s visit" (the tokens "minister", "’", "s").
        const QString &before = t[token - 1].lower;
        const bool possessive = before == u"s" && token >= 2 &&
                                (t[token - 2].text == u"’" || t[token - 2].text == u"'");
        if (before != u"the" && before != u"this" && before != u"his" && before != u"her" &&
            before != u"their" && !possessive)
            return false;
        static const QSet<QString> assessing{
            u"contribute"_s, u"contributes"_s, u"contributed"_s,  u"signifies"_s,   u"signified"_s,
            u"reflects"_s,   u"reflected"_s,   u"demonstrates"_s, u"coincide"_s,    u"coincides"_s,
            u"coincided"_s,  u"symbolizes"_s,  u"symbolises"_s,   u"underscores"_s, u"aims"_s};
        static const QSet<QString> reporting{
            u"was"_s,  u"were"_s,  u"are"_s,   u"has"_s,    u"have"_s,    u"had"_s,   u"held"_s,
            u"took"_s, u"began"_s, u"ended"_s, u"signed"_s, u"started"_s, u"lasted"_s};
        for (qsizetype j = token + 1; j < t.size() && j <= token + 14; ++j) {
            if (t[j].kind == Token::Punct)
                return false;
            const QString &w = t[j].lower;
            if (assessing.contains(w) ||
                (w == u"is" && j + 1 < t.size() && t[j + 1].lower == u"about"))
                return true;
            if (reporting.contains(w) || w == u"is")
                return false;
        }
        return false;
    }

    // Whether the cue at \a token is denied: "did not meet", "has not yet signed", "never
    // visited", "didn't meet", "cannot visit" (not "not only met … but also signed").
    static bool isDenied(const QList<Token> &t, qsizetype token)
    {
        for (qsizetype j = token - 1; j >= 0 && j >= token - 3; --j) {
            if (t[j].kind == Token::Punct)
                return false;
            if ((t[j].lower == u"not" && !(j + 1 < t.size() && t[j + 1].lower == u"only")) ||
                t[j].lower == u"never" || t[j].lower == u"cannot")
                return true;
            // "didn't", "won’t": the tokens "didn", "'", "t".
            if (t[j].lower == u"t" && j >= 2 &&
                (t[j - 1].text == u"'" || t[j - 1].text == u"\u2019") &&
                t[j - 2].lower.endsWith(u'n') && t[j - 1].start == t[j - 2].end)
                return true;
        }
        return false;
    }

    static bool placeStartsAt(const SentenceReading &s, qsizetype token)
    {
        return std::any_of(s.countries.cbegin(), s.countries.cend(),
                           [token](const Mention &m) { return m.token == token; });
    }

    // Whether a sentence names a person, or an official or a delegation by title ("the
    // minister", "the delegation"): who a departure is of, where "options are left for" has
    // no one.
    static bool namesSomeone(const SentenceReading &s)
    {
        static const QSet<QString> someone{
            u"delegation"_s, u"minister"_s, u"president"_s, u"premier"_s,  u"envoy"_s,
            u"ambassador"_s, u"leader"_s,   u"king"_s,      u"queen"_s,    u"chancellor"_s,
            u"secretary"_s,  u"he"_s,       u"she"_s,       u"officials"_s};
        return !s.people.isEmpty() ||
               std::any_of(s.tokens.cbegin(), s.tokens.cend(),
                           [](const Token &t) { return someone.contains(t.lower); });
    }

    // "Talking to reporters at the ministry on Thursday, the minister said …": where such an
    // opening, which says when the source spoke, ends (a character offset), or -1.
    static qsizetype openingAttributionEnd(const QList<Token> &t)
    {
        static const QSet<QString> speaking{u"talking"_s, u"speaking"_s, u"addressing"_s,
                                            u"briefing"_s, u"responding"_s};
        if (t.isEmpty() || !speaking.contains(t.first().lower))
            return -1;
        for (qsizetype i = 1; i + 1 < t.size() && i < 16; ++i) {
            if (t[i].text == u",")
                return t[i].start;
        }
        return -1;
    }

    // Whether the cue at token \a i only frames the sentence ("During his visit, he met …",
    // "at the end of the trip": the visit is another sentence's event, not this one's) or names
    // what an anniversary marks.
    static bool framesTheSentence(const QList<Token> &t, qsizetype i)
    {
        if (isVisitFrame(t, i))
            return true;
        // "the 70th anniversary of the establishment of diplomatic relations", "the 70th year
        // of the establishment": a date kept, not the event itself.
        for (qsizetype k = std::max<qsizetype>(0, i - 4); k < i; ++k) {
            if (t[k].lower == u"anniversary" ||
                (t[k].lower == u"year" && k > 0 && t[k - 1].ordinal))
                return true;
        }
        return false;
    }

    // Whether token \a i ends "during his visit", "after the trip" and the like.
    static bool isVisitFrame(const QList<Token> &t, qsizetype i)
    {
        static const QSet<QString> stays{u"visit"_s, u"visits"_s, u"trip"_s, u"tour"_s, u"stay"_s};
        static const QSet<QString> determiners{u"the"_s,   u"his"_s,  u"her"_s,
                                               u"their"_s, u"this"_s, u"its"_s};
        static const QSet<QString> frames{u"during"_s, u"throughout"_s, u"of"_s,
                                          u"after"_s,  u"following"_s,  u"before"_s};
        return i >= 2 && stays.contains(t[i].lower) && determiners.contains(t[i - 1].lower) &&
               frames.contains(t[i - 2].lower);
    }

    // Where a closing attribution begins (", Cheong Wa Dae announced.", ", the Ministry of
    // External Affairs said Thursday."): the words after the last comma, with a verb of saying
    // at most four words from their end. They name the source and when it spoke, not an event;
    // the size when there are none.
    static qsizetype attributionStart(const QList<Token> &tokens)
    {
        static const QSet<QString> saying{
            u"said"_s,    u"says"_s,  u"announced"_s, u"told"_s,   u"reported"_s,
            u"reports"_s, u"added"_s, u"confirmed"_s, u"stated"_s, u"noted"_s};
        static const QSet<QString> clauses{u"and"_s, u"but"_s,   u"while"_s, u"which"_s,
                                           u"who"_s, u"where"_s, u"when"_s,  u"as"_s};
        qsizetype comma = tokens.size() - 1;
        while (comma >= 0 && tokens[comma].text != u",")
            --comma;
        if (comma < 1 || comma + 1 >= tokens.size() || clauses.contains(tokens[comma + 1].lower))
            return tokens.size();
        qsizetype words = 0, afterSaying = -1;
        for (qsizetype i = comma + 1; i < tokens.size(); ++i) {
            if (tokens[i].kind != Token::Word)
                continue;
            ++words;
            if (afterSaying >= 0)
                ++afterSaying;
            else if (saying.contains(tokens[i].lower))
                afterSaying = 0;
        }
        return afterSaying >= 0 && afterSaying <= 4 && words <= 12 ? comma : tokens.size();
    }

    // "Prime Minister" or "PM", not followed by "of": who "the Prime Minister" is in a
    // country's own press.
    static bool isOwnHeadOfGovernment(const QList<Token> &t, qsizetype i, qsizetype title)
    {
        const bool primeMinister =
            (title == 1 && t[i].lower == u"pm") ||
            (title == 2 && t[i].lower == u"prime" && t[i + 1].lower == u"minister");
        return primeMinister && (i + title >= t.size() || t[i + title].lower != u"of");
    }

    // The country of a person the text gives none: the one given at an earlier mention, else
    // the one the report gives their title elsewhere, else the report's own ("Prime Minister
    // Narendra Modi" in a report from New Delhi).
    QString countryOfPerson(const QString &name, const QString &titleKey) const
    {
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
            const auto it = m_known.constFind(word);
            if (it != m_known.cend() && !it->country.isEmpty())
                return it->country;
        }
        const QString ofTitle = countryOfTitle(titleKey);
        return ofTitle.isEmpty() ? m_home : ofTitle;
    }

    // "Prime Minister Ranil Wickremesinghe arrived … The Sri Lankan Prime Minister will hold
    // talks …": the one country the report ever gives a title, when it names one person at most
    // with that title and no country, and no one with that title and that country; else empty.
    QString countryOfTitle(const QString &titleKey) const
    {
        const QSet<QString> countries = m_titleCountries.value(titleKey);
        if (!m_titlesLearnt || countries.size() != 1 || m_titleHolders.value(titleKey).size() > 1 ||
            m_namedTitleCountries.value(titleKey).contains(*countries.cbegin()))
            return {};
        return *countries.cbegin();
    }

    // A surname without its vowels, so that two spellings of one name are one person
    // ("Wickremesinghe", "Wickramasinghe").
    static QString nameSkeleton(const QString &surname)
    {
        QString out;
        for (QChar c : surname) {
            if (!QStringView(u"aeiouy").contains(c))
                out.append(c);
        }
        return out;
    }

    const ReportExtractor::Data &m_data;
    QHash<QString, ProposedPerson> &m_known;
    // The countries the report gives each title ("prime minister"), and those it gives a title
    // beside a name; learnt through the whole report before any sentence is read.
    mutable QHash<QString, QSet<QString>> m_titleCountries;
    mutable QHash<QString, QSet<QString>> m_namedTitleCountries;
    mutable QHash<QString, QSet<QString>> m_titleHolders; // of no country, by nameSkeleton()
    mutable bool m_titlesLearnt = false;
    QString m_publisher;
    QString m_here;
    QString m_home;
};

} // namespace

// --- from readings to proposals ------------------------------------------------------------------

namespace {

// The date mention nearest to character \a at, skipping those that name a thing.
const DateMention *nearestDate(const QList<DateMention> &dates, qsizetype at)
{
    const DateMention *best = nullptr;
    qsizetype bestDistance = 0;
    for (const DateMention &m : dates) {
        if (m.attributive)
            continue;
        const qsizetype distance = std::abs(m.start - at);
        if (!best || distance < bestDistance) {
            best = &m;
            bestDistance = distance;
        }
    }
    return best;
}

// The sentence's main events, in the order of the text, each with its date: every date goes to
// the main cue nearest to it, and each cue given a date is an event of its own ("held talks on
// Thursday, and will meet again next month"); a cue given none is dropped when another got one.
// Without dates, the sentence has one main event: the first cue in the table's order.
std::vector<std::pair<const CueHit *, const DateMention *>>
mainEvents(const SentenceReading &s, const QList<DateMention> &dates)
{
    auto position = [&](const CueHit &hit) { return s.tokens[hit.first].start; };
    std::vector<std::pair<const CueHit *, const DateMention *>> events;
    const CueHit *firstInTable = nullptr;
    for (const CueHit &hit : s.cues) {
        if (hit.cue->main && (!firstInTable || hit.cue->order < firstInTable->cue->order))
            firstInTable = &hit;
    }
    if (!firstInTable)
        return events;
    for (const DateMention &m : dates) {
        if (m.attributive)
            continue;
        const CueHit *nearest = nullptr;
        for (const CueHit &hit : s.cues) {
            if (hit.cue->main && (!nearest || std::abs(position(hit) - m.start) <
                                                  std::abs(position(*nearest) - m.start)))
                nearest = &hit;
        }
        auto it = std::find_if(events.begin(), events.end(),
                               [&](const auto &e) { return e.first == nearest; });
        if (it == events.end())
            events.emplace_back(nearest, &m);
        else if (std::abs(m.start - position(*nearest)) <
                 std::abs(it->second->start - position(*nearest)))
            it->second = &m;
    }
    if (events.empty())
        events.emplace_back(firstInTable, nullptr);
    std::sort(events.begin(), events.end(),
              [&](const auto &a, const auto &b) { return a.first->first < b.first->first; });
    return events;
}

// Whether the words before a cue make its event another one ("the two previous meetings").
bool marksAnotherEvent(const SentenceReading &s, const CueHit &hit)
{
    for (qsizetype i = std::max<qsizetype>(0, hit.first - 3); i < hit.first; ++i) {
        // "prior to a meeting" is before it, not about a prior one.
        if (s.tokens[i].lower == u"prior" && i + 1 < s.tokens.size() &&
            s.tokens[i + 1].lower == u"to")
            continue;
        for (std::u16string_view w : kOtherEventWords) {
            if (s.tokens[i].lower == QStringView(w.data(), qsizetype(w.size())))
                return true;
        }
    }
    return false;
}

// "the memorandum", "the agreement": a sentence that speaks of a document named before.
bool namesTheDocument(const SentenceReading &s)
{
    static const QSet<QString> documents{u"memorandum"_s, u"agreement"_s, u"mou"_s,
                                         u"treaty"_s,     u"protocol"_s,  u"accord"_s};
    for (qsizetype i = 0; i + 1 < s.tokens.size(); ++i) {
        if (s.tokens[i].lower == u"the" && documents.contains(s.tokens[i + 1].lower))
            return true;
    }
    return false;
}

// "the talks", "the meeting", "the consultations": a sentence that speaks of talks held.
bool speaksOfTheTalks(const SentenceReading &s)
{
    for (qsizetype i = 0; i + 1 < s.tokens.size(); ++i) {
        const QStringView next = s.tokens[i + 1].lower;
        if (s.tokens[i].lower == u"the" &&
            (next == u"talks" || next == u"meeting" || next == u"consultations"))
            return true;
    }
    return false;
}

class ProposalBuilder
{
public:
    ProposalBuilder(QStringView text, const ReportHead &head,
                    const QHash<QString, QString> &englishNames)
        : m_text(text), m_head(head), m_names(englishNames)
    {}

    /*! The proposals of one sentence; an anaphoric sentence joins the last event instead. */
    void add(const TextSpan &span, const SentenceReading &s, const QList<DateMention> &dates,
             Tense tense)
    {
        const QStringView sentence = m_text.mid(span.start, span.length);
        const bool dated = nearestDate(dates, 0) != nullptr;
        // The countries the last sentence naming two or more named, event or not ("… relations
        // between Pakistan and China. The two foreign ministers met …").
        const QStringList pairBefore = m_lastPair;
        if (const QStringList named = partiesOf(s); named.size() >= 2)
            m_lastPair = named;
        if (s.reportsItself && m_head.published)
            append(reportProposal(span, s));
        if (s.speculative)
            return; // "could also be signed", "intended to start negotiations": not an event
        const bool future = tense == Tense::Future;
        const Proposal *previous = m_lastMain >= 0 ? &m_proposals[m_lastMain] : nullptr;
        // "During the meeting, the parties reviewed …": more of the event before. What will
        // happen ("the two countries will exchange ambassadors") is another event.
        // But documents signed during a visit are a signing of their own ("Seven documents were
        // signed during the visit"), undated: the visit's first day is not theirs.
        // So is a lunch or a dinner given for a visitor ("She was hosted to dinner by …").
        const bool hostsAMeal =
            previous && previous->typeCode == kVisit &&
            std::any_of(s.cues.cbegin(), s.cues.cend(),
                        [](const CueHit &hit) { return hit.cue->code == kHost; }) &&
            std::any_of(s.tokens.cbegin(), s.tokens.cend(), [](const Token &t) {
                return t.lower == u"lunch" || t.lower == u"luncheon" || t.lower == u"dinner" ||
                       t.lower == u"banquet" || t.lower == u"breakfast";
            });
        const bool signsDuring = previous && previous->typeCode != kSign &&
                                 std::any_of(s.cues.cbegin(), s.cues.cend(), [](const CueHit &hit) {
                                     return hit.cue->code == kSign;
                                 });
        const bool ownEventDuring = signsDuring || hostsAMeal;
        const qsizetype previousAt = m_lastMain;
        const qsizetype firstNew = m_proposals.size();
        // "the two previous meetings were held …": other events than the one before.
        const bool another = std::any_of(s.cues.cbegin(), s.cues.cend(), [&](const CueHit &hit) {
            return hit.cue->main && marksAnotherEvent(s, hit);
        });
        // "Following the ceremony, the two ambassadors held talks": dated only by the event
        // before, which it follows, so still more of it when it speaks of those it named.
        const bool datedByWhatItFollows =
            dated && !s.tokens.isEmpty() &&
            (s.tokens.first().lower == u"following" || s.tokens.first().lower == u"after") &&
            std::all_of(dates.cbegin(), dates.cend(), [&](const DateMention &m) {
                return m.attributive || m.start == s.tokens.first().start;
            });
        if (s.anaphoric && (!dated || datedByWhatItFollows) && !future && previous &&
            !s.cues.isEmpty() && !ownEventDuring && !another) {
            addQuote(m_proposals[pastEventBefore(talksBefore(s), future)], span);
            return;
        }
        QStringList countries = partiesOf(s);
        if (countries.isEmpty() && ownEventDuring && s.anaphoric)
            countries = previous->countries;
        if (previous && s.mentionsThisCountry && !countries.contains(previous->countries.first()))
            countries.prepend(previous->countries.first()); // "this country signed …"
        // "the two countries", named before; "the two Governments … the Vienna Convention": a
        // country in a document's name is none of theirs.
        const bool onlyInNames = std::all_of(s.countries.cbegin(), s.countries.cend(),
                                             [](const Mention &m) { return m.inName; });
        if (onlyInNames && s.anaphoric && previous)
            countries = previous->countries;
        // "The presidents agreed that their foreign ministers, who will be meeting in Germany
        // …": those named before, meeting somewhere.
        const bool onlyWhere = !s.countries.isEmpty() &&
                               std::all_of(s.countries.cbegin(), s.countries.cend(),
                                           [](const Mention &m) { return m.venue || m.inName; });
        if (onlyWhere && s.anaphoric && previous && previous->countries.size() >= 2)
            countries = previous->countries;
        // "The two foreign ministers …" after an event naming only one of them: the two named
        // last, when they include it.
        if (onlyInNames && s.anaphoric && countries.size() < 2 && pairBefore.size() >= 2 &&
            std::all_of(countries.cbegin(), countries.cend(),
                        [&](const QString &c) { return pairBefore.contains(c); }))
            countries = pairBefore;
        // In a report on two countries, a sentence naming one of them speaks of both ("during
        // Foreign Minister Aleinik's two-day visit").
        if (countries.size() == 1 && previous && previous->countries.size() == 2 &&
            previous->countries.contains(countries.first()))
            countries = previous->countries;
        // "A bilateral meeting will also be held", naming no one: between the two countries of
        // the event before. Not "other bilateral visits" (visits in general).
        if (countries.isEmpty() && previous && previous->countries.size() == 2 &&
            saysTheBilateral(s.tokens))
            countries = previous->countries;
        if (countries.isEmpty())
            return;
        // "President Xi was welcomed by …" after his arrival: as a reader takes it, the arrival
        // again, not a second event without its date.
        const bool onlyHosting = std::any_of(s.cues.cbegin(), s.cues.cend(),
                                             [](const CueHit &hit) { return hit.cue->main; }) &&
                                 std::all_of(s.cues.cbegin(), s.cues.cend(), [](const CueHit &hit) {
                                     return !hit.cue->main || hit.cue->code == kHost;
                                 });
        // Not a visit of several days: a welcome is one of them ("The event marked the
        // commencement of his three-day official visit. … were present at the ceremony").
        const bool arrival =
            previous && (previous->date.isUndated() ||
                         previous->date.lowerBound() == previous->date.upperBound());
        if (!dated && !future && previous && previous->typeCode == kVisit && arrival &&
            onlyHosting && !hostsAMeal &&
            std::all_of(countries.cbegin(), countries.cend(),
                        [&](const QString &c) { return previous->countries.contains(c); })) {
            addQuote(m_proposals[m_lastMain], span);
            return;
        }
        bool first = true;
        for (const auto &[hit, date] : mainEvents(s, dates)) {
            const qsizetype at = append(proposal(span, sentence, s, date, *hit, countries));
            m_distinct.last() = marksAnotherEvent(s, *hit);
            m_future.last() = future;
            m_toCome.last() = future && saidToCome(s.tokens, hit->first);
            m_namesTheDocument.last() = namesTheDocument(s);
            m_namedAsKnown.last() = namedAsKnown(s.tokens, hit->first);
            if (std::exchange(first, false) && !ownEventDuring) // the visit stays what "it" is
                m_lastMain = at;
        }
        QSet<QString> alsoTypes; // "the summit held at IMPACT Forum": one conference
        for (const CueHit &hit : s.cues) {
            if (!hit.cue->main && !alsoTypes.contains(hit.cue->code)) {
                alsoTypes.insert(hit.cue->code);
                const DateMention *date = nearestDate(dates, s.tokens[hit.first].start);
                const qsizetype at = append(proposal(span, sentence, s, date, hit, countries));
                m_distinct.last() = marksAnotherEvent(s, hit);
                m_future.last() = future;
                m_toCome.last() = future && saidToCome(s.tokens, hit.first);
                m_namesTheDocument.last() = namesTheDocument(s);
                // A signing alone is the sentence's event.
                if (std::exchange(first, false) && !ownEventDuring)
                    m_lastMain = at;
            }
        }
        // "… met … this afternoon for official talks. The two countries signed two agreements":
        // a signing at talks of one day, the sentence giving no date of its own, takes their day.
        if (signsDuring && s.anaphoric && !dated && !future)
            dateBySingleDayTalks(previousAt, firstNew);
    }

    // Whether the cue at \a at names an event the reader already knows of: "the upcoming
    // visit", "this visit", "the planned meeting" (not "a visit", "the first visit").
    static bool namedAsKnown(const QList<Token> &t, qsizetype at)
    {
        static const QSet<QString> known{u"upcoming"_s, u"forthcoming"_s, u"planned"_s,
                                         u"this"_s,     u"scheduled"_s,   u"coming"_s};
        return at >= 1 && known.contains(t[at - 1].lower);
    }

    // Gives the undated signings from \a firstNew on the day of the talks at \a talksAt, when
    // those talks were held on one day.
    void dateBySingleDayTalks(qsizetype talksAt, qsizetype firstNew)
    {
        const Proposal talks = m_proposals[talksAt];
        if (talks.typeCode != kConsult || talks.date.isUndated() ||
            talks.date.lowerBound() != talks.date.upperBound())
            return;
        for (qsizetype i = firstNew; i < m_proposals.size(); ++i) {
            Proposal &p = m_proposals[i];
            if (p.typeCode != kSign || !p.date.isUndated())
                continue;
            p.date = talks.date;
            p.dateSpan = talks.dateSpan;
            p.dateNote = u"The day of the talks before, at which it was signed (%1)."_s.arg(
                talks.date.toDisplayString(QLocale(QLocale::English)));
        }
    }

    // Whether the event of the cue at token \a at is said to be still to come: "will", "shall",
    // "would" or "is to" before it in its clause ("During the visit, she will hold talks"; not
    // "hailed the talks, hoping they will continue").
    static bool saidToCome(const QList<Token> &t, qsizetype at)
    {
        for (qsizetype i = std::min(at, t.size()) - 1; i >= 0; --i) {
            if (t[i].kind == Token::Punct)
                return false;
            const QString &w = t[i].lower;
            if (w == u"will" || w == u"shall" || w == u"would" ||
                ((w == u"is" || w == u"are") && i + 1 < t.size() && t[i + 1].lower == u"to"))
                return true;
        }
        return false;
    }

    // "A bilateral meeting", "the bilateral talks", "Bilateral talks will be held": one event.
    static bool saysTheBilateral(const QList<Token> &t)
    {
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t[i].lower == u"bilateral" &&
                (i == 0 || t[i - 1].lower == u"a" || t[i - 1].lower == u"the"))
                return true;
        }
        return false;
    }

    // The countries taking part: those named, a venue or a bracketed one only when the parties
    // are not named ("held talks in Vienna"), and those inside a name ("the Israel-Jordan Peace
    // Treaty") only when no other is named.
    static QStringList partiesOf(const SentenceReading &s)
    {
        QStringList countries, named;
        for (const Mention &m : s.countries) {
            if (!m.venue && !m.inName && !m.bracketed && !m.origin && !named.contains(m.alpha3))
                named.append(m.alpha3);
        }
        for (const Mention &m : s.countries) {
            const bool counts = m.venue || m.bracketed
                                    ? named.size() < 2 || named.contains(m.alpha3)
                                : m.inName || m.origin ? named.isEmpty()
                                                       : true;
            if (counts && !countries.contains(m.alpha3))
                countries.append(m.alpha3);
        }
        return countries;
    }

    // The event an anaphoric sentence is more of: the last one, but for "the talks" after a
    // sentence about another kind of event ("The last visit … was in 2007. Officials said the
    // talks covered …"), the last talks.
    qsizetype talksBefore(const SentenceReading &s) const
    {
        if (m_proposals[m_lastMain].typeCode == kConsult || !speaksOfTheTalks(s))
            return m_lastMain;
        for (qsizetype j = m_lastMain - 1; j >= 0; --j) {
            if (m_proposals[j].typeCode == kConsult)
                return j;
        }
        return m_lastMain;
    }

    // The event at \a at, or, when that one is still to come and the sentence speaks of what
    // happened ("Macri received the phone call" after the ministers "will be meeting"), the last
    // one before it that is not.
    qsizetype pastEventBefore(qsizetype at, bool future) const
    {
        if (future || !m_future[at])
            return at;
        for (qsizetype j = at - 1; j >= 0; --j) {
            if (!m_future[j] && m_proposals[j].typeCode == m_proposals[at].typeCode)
                return j;
        }
        return at;
    }

    /*! The proposals, with repeats joined to the event they repeat. */
    QList<Proposal> finish()
    {
        QList<Proposal> out;
        m_countrySets.clear();
        for (const Proposal &p : m_proposals)
            m_countrySets.push_back(setOf(p.countries));
        for (qsizetype i = 0; i < m_proposals.size(); ++i) {
            const Proposal &p = m_proposals[i];
            if (Proposal *same = repeatOf(p, m_distinct[i], i)) {
                for (const TextSpan &sp : p.sentences)
                    addQuote(*same, sp);
                continue;
            }
        }
        for (qsizetype i = 0; i < m_proposals.size(); ++i) {
            if (!m_joined.contains(i))
                out.append(m_proposals[i]);
        }
        return out;
    }

private:
    qsizetype append(Proposal p)
    {
        m_proposals.append(std::move(p));
        m_distinct.append(false);
        m_future.append(false);
        m_toCome.append(false);
        m_namesTheDocument.append(false);
        m_namedAsKnown.append(false);
        return m_proposals.size() - 1;
    }

    void addQuote(Proposal &p, const TextSpan &span)
    {
        if (p.sentences.contains(span))
            return;
        p.sentences.append(span);
        p.quotes.append(m_text.mid(span.start, span.length).toString());
    }

    static QSet<QString> setOf(const QStringList &list) { return {list.cbegin(), list.cend()}; }

    // The proposal \a p (at \a index) repeats: a dated one of the same type and countries (and
    // the same date, when \a p has one); nullptr when none or when it is marked as another.
    Proposal *repeatOf(const Proposal &p, bool distinct, qsizetype index)
    {
        if (distinct)
            return nullptr;
        // "… have signed a memorandum. The memorandum was signed as …": the signing before.
        if (p.date.isUndated() && p.typeCode == kSign && m_namesTheDocument[index]) {
            for (qsizetype j = index - 1; j >= 0; --j) {
                Proposal &q = m_proposals[j];
                if (!m_joined.contains(j) && q.typeCode == kSign &&
                    m_countrySets[size_t(j)] == m_countrySets[size_t(index)]) {
                    m_joined.insert(index);
                    return &q;
                }
            }
        }
        for (qsizetype j = 0; j < m_proposals.size(); ++j) {
            Proposal &q = m_proposals[j];
            if (j == index || m_joined.contains(j) || q.date.isUndated() ||
                q.typeCode != p.typeCode)
                continue;
            // "her first official visit this year" after the visit of 3-4 May: the same visit,
            // told less exactly (a year or a month holding the event before).
            const bool vaguer = !p.date.isUndated() && j < index && p.date != q.date &&
                                (p.date.precision() == DatePrecision::Year ||
                                 p.date.precision() == DatePrecision::Month) &&
                                p.date.lowerBound().value <= q.date.lowerBound().value &&
                                q.date.upperBound().value <= p.date.upperBound().value;
            // "will visit Japan later this month" and then "the upcoming visit, which will take
            // place from April 22-23": the same visit, told more exactly the second time.
            const bool exacter = !p.date.isUndated() && j < index && p.date != q.date &&
                                 m_namedAsKnown[index] &&
                                 (q.date.precision() == DatePrecision::Year ||
                                  q.date.precision() == DatePrecision::Month) &&
                                 q.date.lowerBound().value <= p.date.lowerBound().value &&
                                 p.date.upperBound().value <= q.date.upperBound().value;
            if (exacter && m_countrySets[size_t(j)].contains(m_countrySets[size_t(index)])) {
                q.date = p.date;
                q.dateSpan = p.dateSpan;
                q.dateNote = p.dateNote;
                m_joined.insert(index);
                return &q;
            }
            if (!p.date.isUndated() && !vaguer && (p.date != q.date || j > index))
                continue;
            // What happened is no repeat of what is still to come ("met with a delegation" and
            // "the upcoming meeting … in April").
            if (p.date.isUndated() && !m_future[index] && m_head.published &&
                q.date.lowerBound().value >
                    PartialDate::point(*m_head.published).upperBound().value)
                continue;
            // Nor is what is still to come a repeat of what has happened ("will hold
            // consultations during the visit" and a call the week before).
            if (p.date.isUndated() && m_toCome[index] && m_head.published &&
                q.date.upperBound().value <
                    PartialDate::point(*m_head.published).lowerBound().value)
                continue;
            // An undated repeat may name fewer of the countries ("the US President's visit").
            const QSet<QString> &mine = m_countrySets[size_t(index)];
            const QSet<QString> &theirs = m_countrySets[size_t(j)];
            if (p.date.isUndated() || vaguer ? theirs.contains(mine) : theirs == mine) {
                m_joined.insert(index);
                return &q;
            }
            // Or name the other party an event of one country lacked: "The … Consultations
            // between Pakistan and was held yesterday. The Sri Lankan delegation was led by …".
            if (p.date.isUndated() && j < index && theirs.size() == 1 && mine.contains(theirs)) {
                for (const QString &country : p.countries) {
                    if (!q.countries.contains(country)) {
                        q.countries.append(country);
                        q.roles.append(u"party"_s);
                    }
                }
                m_countrySets[size_t(j)] = setOf(q.countries);
                q.confidence = confidence(q);
                q.title = title(q);
                m_joined.insert(index);
                return &q;
            }
        }
        return nullptr;
    }

    QString nameOf(const QString &alpha3) const { return m_names.value(alpha3, alpha3); }

    Proposal reportProposal(const TextSpan &span, const SentenceReading &s) const
    {
        Proposal p;
        addQuoteTo(p, span);
        p.date = PartialDate::point(*m_head.published);
        p.dateSpan = m_head.publishedSpan;
        p.dateNote = u"The report's publication date (%1)."_s.arg(
            p.date.toDisplayString(QLocale(QLocale::English)));
        for (const Mention &m : s.countries) {
            if (!p.countries.contains(m.alpha3)) {
                p.countries.append(m.alpha3);
                p.roles.append(u"party"_s);
            }
        }
        p.typeCode = u"entente:report"_s;
        p.typeName = u"Media report"_s;
        p.cue = m_head.publisher;
        p.topics = {u"media"_s};
        p.confidence = 0.9;
        p.title = u"%1 report"_s.arg(m_head.publisher);
        return p;
    }

    void addQuoteTo(Proposal &p, const TextSpan &span) const
    {
        p.sentences.append(span);
        p.quotes.append(m_text.mid(span.start, span.length).toString());
    }

    Proposal proposal(const TextSpan &span, QStringView sentence, const SentenceReading &s,
                      const DateMention *m, const CueHit &hit, const QStringList &countries) const
    {
        Proposal p;
        addQuoteTo(p, span);
        if (m) {
            p.date = m->date;
            p.dateSpan = {span.start + m->start, m->length};
            const QString said = sentence.mid(m->start, m->length).toString();
            if (m->isInferred())
                p.dateNote = u"The report says “%1”; %2."_s.arg(said, m->note);
        }
        p.countries = countries;
        p.roles = roles(s, hit, countries);
        p.people = s.people;
        for (const Organisation &o : s.organisations)
            p.organisations.append(o.name);
        p.typeCode = hit.cue->code;
        p.typeName = hit.cue->name;
        p.cue = QStringView(s.tokens[hit.first].text.data(),
                            s.tokens[hit.last].end - s.tokens[hit.first].start)
                    .toString();
        p.topics = hit.cue->topics;
        p.confidence = confidence(p);
        p.title = title(p);
        return p;
    }

    // A visit's host is the country it goes to ("visit to Azerbaijan", "will leave Manila on
    // Wednesday for Canberra"); the others visit.
    static QStringList roles(const SentenceReading &s, const CueHit &hit,
                             const QStringList &countries)
    {
        QStringList roles(countries.size(), u"party"_s);
        if (hit.cue->code != kVisit)
            return roles;
        const bool endsInPlace = hit.cue->words.last() == u"@"; // "will leave Manila"
        for (const Mention &m : s.countries) {
            const qsizetype before = m.token - 1;
            if ((endsInPlace && m.token == hit.last) ||
                (m.token > hit.last && m.token <= hit.last + 3 && before >= 0 &&
                 (s.tokens[before].lower == u"to" || s.tokens[before].lower == u"in" ||
                  (before == hit.last && s.tokens[before].lower == u"for")))) {
                for (qsizetype i = 0; i < countries.size(); ++i)
                    roles[i] = countries[i] == m.alpha3 ? u"host"_s : u"visitor"_s;
                break;
            }
        }
        return roles;
    }

    static double confidence(const Proposal &p)
    {
        double c = 0.35;
        if (!p.date.isUndated())
            c += p.dateNote.isEmpty() ? 0.25 : 0.15;
        c += p.countries.size() >= 2 ? 0.2 : 0.1;
        if (!p.people.isEmpty())
            c += 0.1;
        return std::min(c, 0.95);
    }

    QString title(const Proposal &p) const
    {
        if (p.typeCode == kVisit) {
            const qsizetype host = p.roles.indexOf(u"host"_s);
            if (host >= 0) {
                // The visitor: a person from elsewhere, else another country, else the person
                // named (whose country the text did not give), never the host itself ("Foreign
                // Minister Ravi Example arrived here" made "Mongolia visits Mongolia").
                const QString hostCode = p.countries[host];
                QString visitor;
                for (const ProposedPerson &person : p.people) {
                    if (!person.country.isEmpty() && person.country != hostCode) {
                        visitor = person.name;
                        break;
                    }
                }
                for (qsizetype i = 0; visitor.isEmpty() && i < p.countries.size(); ++i) {
                    if (i != host)
                        visitor = nameOf(p.countries[i]);
                }
                if (visitor.isEmpty() && !p.people.isEmpty())
                    visitor = p.people.first().name;
                return visitor.isEmpty() ? u"Visit to %1"_s.arg(nameOf(hostCode))
                                         : u"%1 visits %2"_s.arg(visitor, nameOf(hostCode));
            }
        }
        QStringList names;
        for (const QString &c : p.countries)
            names.append(nameOf(c));
        return u"%1: %2"_s.arg(p.typeName, names.join(u" – "_s));
    }

    QStringView m_text;
    const ReportHead &m_head;
    const QHash<QString, QString> &m_names;
    QList<Proposal> m_proposals;
    QList<bool> m_distinct;
    QList<bool> m_future;           // per proposal: its sentence speaks of what will happen
    QList<bool> m_toCome;           // per proposal: its own event is what will happen
    QStringList m_lastPair;         // the countries of the last sentence naming two or more
    QList<bool> m_namesTheDocument; // per proposal: "the memorandum", "the agreement"
    QList<bool> m_namedAsKnown;     // per proposal: "the upcoming visit", "this visit"
    QSet<qsizetype> m_joined;
    std::vector<QSet<QString>> m_countrySets; // per proposal, for finding repeats
    qsizetype m_lastMain = -1;
};

// Whether a report is on \a country, the one the person reading gave as its own: it names that
// country, or fewer than two others. Only then is it the country of the officials the text
// gives none: a Pakistani site's report on Russia and Belarus is not about Pakistan, while an
// Indian paper's on a call with the United States often never writes "India". Only the places
// each sentence names are read (not its cues, dates or the people known from before).
bool reportsOn(const ReportExtractor::Data &data, const QString &country, QStringView text,
               const QList<TextSpan> &spans, const QString &publisher, const QString &place)
{
    QHash<QString, ProposedPerson> people;
    const SentenceReader plain(data, people, publisher, place, QString());
    QSet<QString> named;
    for (const TextSpan &span : spans) {
        for (const Mention &m : plain.learnPeople(text.mid(span.start, span.length)).countries) {
            if (m.alpha3 == country)
                return true;
            if (!m.inName)
                named.insert(m.alpha3);
        }
    }
    return named.size() < 2;
}

} // namespace

QString ReportExtractor::countryOfDateline(QStringView dateline) const
{
    return d->places.value(keyOf(dateline.toString())).alpha3;
}

QList<Proposal> ReportExtractor::propose(QStringView text, const ReportHead &head) const
{
    const TemporalTagger tagger(head.published);
    QHash<QString, ProposedPerson> known;
    const QString dateline =
        head.dateline.isEmpty() ? datelineAt(text.mid(head.bodyStart)) : head.dateline;
    // "Here" is the date line's place, else the report's own country; its own country is the
    // one the person reading gave, else the date line's.
    const QString place = countryOfDateline(dateline);
    const QList<TextSpan> spans = sentences(text, head.bodyStart);
    QString home = head.country.isEmpty() ? place : head.country;
    if (home != place && !reportsOn(*d, home, text, spans, head.publisher, place))
        home = place;
    const SentenceReader reader(*d, known, head.publisher, place.isEmpty() ? home : place, home);
    ProposalBuilder builder(text, head, d->englishNames);
    std::optional<StatedDate> anchor;
    const DatelineSpan lineSpan = datelineSpan(text, head.bodyStart, dateline);
    // The people first, read through the whole text: "India's PM Modi" in the last paragraph
    // says whose prime minister "Prime Minister Narendra Modi" of the first is.
    for (const TextSpan &span : spans)
        reader.learnPeople(text.mid(span.start, span.length));
    reader.titlesLearnt();
    for (const TextSpan &span : spans) {
        const QStringView sentence = text.mid(span.start, span.length);
        const Tense tense = TemporalTagger::tenseOf(sentence);
        SentenceReading reading = reader.read(sentence);
        // "MOSCOW/MINSK (…)": the places of the date line say where the report was written.
        for (Mention &m : reading.countries)
            m.venue = m.venue || span.start + reading.tokens[m.token].start < lineSpan.end;
        const std::optional<StatedDate> before = anchor;
        QList<DateMention> dates = tagger.tag(sentence, tense, &anchor);
        for (DateMention &m : dates) {
            if (span.start + m.start >= lineSpan.bracketFrom &&
                span.start + m.start < lineSpan.bracketTo)
                m.attributive = true;
        }
        // When the source spoke, or when the visit framing the sentence is, dates the sentence
        // only when nothing else does ("agreed to restore ties, mediators said on Friday").
        // When the source spoke never dates what it says is to come ("Talking to reporters on
        // Thursday, he said the two countries are likely to sign …").
        auto spoken = [&reading](const DateMention &m) {
            return (reading.sourceFrom >= 0 && m.start >= reading.sourceFrom) ||
                   m.start < reading.openingTo;
        };
        auto aside = [&](const DateMention &m) {
            return spoken(m) || reading.framedAt.contains(m.start);
        };
        const bool datedOtherwise = std::any_of(dates.cbegin(), dates.cend(), [&](const auto &m) {
            return !m.attributive && !aside(m);
        });
        // What "a day later" in the next sentence counts from: this sentence's last day, as the
        // tagger found it, but not a date set aside ("…, the ministry said on Thursday.").
        anchor = before;
        for (DateMention &m : dates) {
            m.attributive = m.attributive || (datedOtherwise && aside(m)) ||
                            (tense == Tense::Future && spoken(m));
            if (!m.attributive && !m.date.isUndated() && m.date.precision() == DatePrecision::Day)
                anchor = m.date.start();
        }
        builder.add(span, reading, dates, tense);
    }
    return builder.finish();
}

ImportedEvent Proposal::toEvent(const Source &source) const
{
    ImportedEvent e;
    e.title = title;
    e.date = date;
    e.dateNote = dateNote;
    e.type = {typeCode, typeCode.startsWith(u"entente:") ? u"entente"_s : u"cameo"_s, typeName};
    for (qsizetype i = 0; i < countries.size(); ++i)
        e.countries.append({countries[i], roles.value(i, u"party"_s)});
    for (const QString &slug : topics)
        e.topics.append({0, slug, nameForSlug(slug), {}, {}});
    for (const ProposedPerson &p : people)
        e.actors.append({p.name, u"person"_s, p.title, u"participant"_s});
    for (const QString &quote : quotes)
        e.citations.append({source, quote, {}, {}});
    return e;
}

} // namespace entente::core
