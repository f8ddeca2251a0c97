// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/textsearch.h"

#include <QSet>
#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <limits>
#include <string_view>

namespace entente::core {

using namespace Qt::StringLiterals;

namespace {

// unicode61's token characters: letters, numbers and private-use characters.
bool isTokenChar(char32_t c)
{
    // ASCII first, as the categories below sort it: letters and digits. Most of a copy's text
    // is ASCII, and the category lookup was the client's busiest function after the copies.
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

} // namespace

namespace {

// The letters with no decomposition that the folding writes as a reader types them (lower case),
// or nothing for any other character: the Azerbaijani ı and ə since the first version, and (with
// \a allLetters) ł, ø, ß and the rest, which earlier versions kept: "lodz" then found nothing and
// only "łódź" found "Łódź".
QStringView foldedLetter(char16_t c, bool allLetters)
{
    switch (c) {
    case u'ı':
        return u"i";
    case u'ə':
        return u"e";
    default:
        break;
    }
    if (!allLetters)
        return {};
    switch (c) {
    case u'ł':
        return u"l";
    case u'ø':
        return u"o";
    case u'đ': // Croatian, Vietnamese
    case u'ð': // Icelandic, Faroese
        return u"d";
    case u'ħ':
        return u"h";
    case u'ŧ':
        return u"t";
    case u'ß':
        return u"ss";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'þ':
        return u"th";
    default:
        return {};
    }
}

QString foldText(QStringView text, bool allLetters)
{
    // Most text is ASCII, where folding is lower-casing (and decomposing changes nothing).
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        QString folded = text.toString();
        for (QChar &c : folded) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + (u'a' - u'A'));
        }
        return folded;
    }
    // Lone surrogates are not characters: they become spaces rather than travelling on to SQLite.
    QString cleaned;
    cleaned.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cleaned += c;
            cleaned += text[++i];
        } else if (c.isSurrogate()) {
            cleaned += u' ';
        } else {
            cleaned += c;
        }
    }
    const QString decomposed = cleaned.toLower().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QStringView letter = foldedLetter(c.unicode(), allLetters);
        if (letter.isEmpty())
            folded += c;
        else
            folded += letter;
    }
    return folded;
}

} // namespace

QString foldForSearch(QStringView text)
{
    return foldText(text, true);
}

QString completeFold(QString folded)
{
    // The letters in question are none of ASCII; most texts have nothing to change.
    const auto kept = [](QChar c) {
        return c.unicode() >= 0x80 && !foldedLetter(c.unicode(), true).isEmpty();
    };
    if (std::none_of(folded.cbegin(), folded.cend(), kept))
        return folded;
    QString out;
    out.reserve(folded.size() + 8);
    for (const QChar c : std::as_const(folded)) {
        const QStringView letter = foldedLetter(c.unicode(), true);
        if (letter.isEmpty())
            out += c;
        else
            out += letter;
    }
    return out;
}

namespace {

// Hands each term of text already folded (a run of token characters) to onTerm, in order and
// repeated as often as it occurs, as a view into \a folded; stops when onTerm returns false.
template<typename OnTerm> void forEachRun(QStringView folded, const OnTerm &onTerm)
{
    qsizetype start = -1;
    auto flush = [&](qsizetype end) {
        if (start < 0)
            return true;
        const QStringView term = folded.sliced(start, end - start);
        start = -1;
        return onTerm(term);
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char32_t c = folded[i].unicode();
        qsizetype width = 1;
        if (folded[i].isHighSurrogate() && i + 1 < folded.size()) {
            c = QChar::surrogateToUcs4(folded[i], folded[i + 1]);
            width = 2;
        }
        if (isTokenChar(c)) {
            if (start < 0)
                start = i;
        } else if (!flush(i)) {
            return;
        }
        i += width - 1;
    }
    flush(folded.size());
}

// The same for each distinct term, at its first occurrence.
template<typename OnTerm> void forEachTerm(QStringView folded, const OnTerm &onTerm)
{
    QSet<QStringView> seen;
    forEachRun(folded, [&](QStringView term) {
        if (seen.contains(term))
            return true;
        seen.insert(term);
        return onTerm(term);
    });
}

// Whether a server's tsvector can hold the term (kMaxServerTermBytes).
bool fitsServerTerm(QStringView term)
{
    return term.size() * 3 <= kMaxServerTermBytes || term.toUtf8().size() <= kMaxServerTermBytes;
}

template<typename Int> void appendBigEndian(QByteArray &out, Int value)
{
    const Int big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}

// The terms of text already folded, at most maxTerms.
QStringList termsOfFolded(QStringView folded, qsizetype maxTerms)
{
    QStringList terms;
    forEachTerm(folded, [&](QStringView term) {
        if (terms.size() >= maxTerms)
            return false;
        terms.append(term.toString());
        return true;
    });
    return terms;
}

} // namespace

QStringList foldedTerms(QStringView folded)
{
    return termsOfFolded(folded, std::numeric_limits<qsizetype>::max());
}

void forEachFoldedTerm(QStringView folded, const std::function<void(QStringView)> &onTerm)
{
    forEachTerm(folded, [&onTerm](QStringView term) {
        onTerm(term);
        return true;
    });
}

QList<SearchTerm> searchTermsWithOlderForms(QStringView userText, qsizetype maxTerms)
{
    // Split as the earlier folding wrote the words, then each term completed: the two fold the
    // same runs of letters (the letters completed are letters), so each term keeps its old form.
    QList<SearchTerm> terms;
    forEachRun(foldText(userText, false), [&](QStringView older) {
        const QString term = completeFold(older.toString());
        auto known = std::find_if(terms.begin(), terms.end(),
                                  [&term](const SearchTerm &t) { return t.term == term; });
        if (known == terms.end()) {
            if (terms.size() >= maxTerms)
                return false;
            terms.append({term, {}});
            known = terms.end() - 1;
        }
        if (older != term && !known->olderForms.contains(older))
            known->olderForms.append(older.toString());
        return true;
    });
    return terms;
}

QStringList searchTerms(QStringView userText, qsizetype maxTerms)
{
    QStringList terms;
    for (const SearchTerm &t : searchTermsWithOlderForms(userText, maxTerms))
        terms.append(t.term);
    return terms;
}

namespace {

// Each term (and its older forms, any of them) as \a quote writes it, joined by \a all.
QString queryOf(QStringView userText, QStringView any, QStringView all,
                const std::function<QString(const QString &)> &quote)
{
    QStringList required;
    for (const SearchTerm &t : searchTermsWithOlderForms(userText)) {
        QStringList forms{quote(t.term)};
        for (const QString &older : t.olderForms)
            forms.append(quote(older));
        required.append(forms.size() == 1 ? forms.first() : u'(' + forms.join(any) + u')');
    }
    return required.join(all);
}

} // namespace

QString ftsQueryFor(QStringView userText)
{
    return queryOf(userText, u" OR ", u" AND ",
                   [](const QString &term) -> QString { return u'"' + term + u"\"*"; });
}

QString tsQueryFor(QStringView userText)
{
    // A term longer than a server's words can be is a prefix of none of them (they were left out
    // of its words): asked as a contradiction, since the server refuses the term itself.
    return queryOf(userText, u" | ", u" & ", [](const QString &term) -> QString {
        return fitsServerTerm(term) ? u'\'' + term + u"':*" : u"('0' & !'0')"_s;
    });
}

QString tsVectorFor(QStringView text, bool folded)
{
    // Views into the text, not a string for each term: a copy into a server runs this for every
    // event.
    const QString foldedText = folded ? QString() : foldForSearch(text);
    const QStringView words = folded ? text : QStringView(foldedText);
    QString vector;
    vector.reserve(words.size() + 16);
    forEachTerm(words, [&](QStringView term) {
        if (!fitsServerTerm(term))
            return true;
        if (!vector.isEmpty())
            vector += u' ';
        vector += u'\'';
        vector += term;
        vector += u'\'';
        return true;
    });
    return vector;
}

void appendTsVectorBinary(QStringView folded, QByteArray &out)
{
    // Each term as UTF-8 first: the server's order is that of those bytes (the shorter first
    // where one begins the other), which std::string_view compares with memcmp. Compared as
    // UTF-16 strings, one call per comparison, the sort was a third of a copy's client time.
    QVarLengthArray<char, 1024> bytes;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 64> spans; // offset and length in bytes
    forEachRun(folded, [&](QStringView term) {
        const qsizetype at = bytes.size();
        for (const QChar c : term) {
            if (c.unicode() >= 0x80) { // not ASCII: the whole term as UTF-8
                bytes.resize(at);
                const QByteArray utf8 = term.toUtf8();
                bytes.append(utf8.constData(), utf8.size());
                break;
            }
            bytes.append(char(c.unicode()));
        }
        if (bytes.size() - at > kMaxServerTermBytes)
            bytes.resize(at); // more than a server's tsvector holds
        else
            spans.append({at, bytes.size() - at});
        return true;
    });
    QVarLengthArray<std::string_view, 64> terms;
    for (const auto &[at, size] : spans)
        terms.append(std::string_view(bytes.constData() + at, size_t(size)));
    std::sort(terms.begin(), terms.end());
    const auto end = std::unique(terms.begin(), terms.end());
    appendBigEndian<qint32>(out, qint32(end - terms.begin()));
    for (auto term = terms.begin(); term != end; ++term) {
        out.append(term->data(), qsizetype(term->size()));
        out.append("\0\0\0", 3); // the end of the term; no positions (a 16-bit count)
    }
}

} // namespace entente::core
