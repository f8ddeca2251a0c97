// SPDX-License-Identifier: GPL-3.0-or-later
// What importdata.h declares: the import filter and the text conventions every format shares.

#include "formats/importdata.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace entente::core {

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

namespace {

// The characters a list item escapes, '%' first so that encoding never escapes an escape.
constexpr std::pair<char16_t, const char16_t *> kListEscapes[] = {
    {u'%', u"%25"}, {u';', u"%3B"}, {u'|', u"%7C"}, {u':', u"%3A"}};

} // namespace

QString listItemEncoded(const QString &text)
{
    QString out = text;
    for (const auto &[character, escape] : kListEscapes)
        out.replace(QChar(character), QString::fromUtf16(escape));
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
    for (auto it = std::rbegin(kListEscapes); it != std::rend(kListEscapes); ++it)
        out.replace(QString::fromUtf16(it->second), QString(QChar(it->first)));
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
