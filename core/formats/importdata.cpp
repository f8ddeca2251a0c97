// SPDX-License-Identifier: GPL-3.0-or-later
// What importdata.h declares: the import filter and the text conventions every format shares.

#include "formats/importdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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

void appendListItemEncoded(QString &out, QStringView text)
{
    const auto escape = [](QChar c) -> const char16_t * {
        for (const auto &[character, escaped] : kListEscapes) {
            if (c == character)
                return escaped;
        }
        return nullptr;
    };
    if (std::none_of(text.begin(), text.end(), escape)) {
        out += text;
        return;
    }
    for (const QChar c : text) {
        if (const char16_t *escaped = escape(c))
            out += QStringView(escaped);
        else
            out += c;
    }
}

QString listItemEncoded(const QString &text)
{
    QString out;
    appendListItemEncoded(out, text);
    return out;
}

// How many apostrophes stand before a character a spreadsheet starts a formula with; -1 when
// the field does not start like a formula after them.
qsizetype apostrophesBeforeFormula(QStringView field)
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

namespace {

// The twenty root categories of the CAMEO codebook (Schrodt, 2012), in code order.
const char *const kCameoRoots[] = {
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Make public statement"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Appeal"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Express intent to cooperate"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Consult"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Engage in diplomatic cooperation"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Engage in material cooperation"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Provide aid"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Yield"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Investigate"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Demand"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Disapprove"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Reject"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Threaten"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Protest"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Exhibit force posture"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Reduce relations"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Coerce"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Assault"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Fight"),
    QT_TRANSLATE_NOOP("entente::core::Cameo", "Use unconventional mass violence"),
};

const char *cameoRoot(const QString &rootCode)
{
    bool ok = false;
    const int root = rootCode.size() == 2 ? rootCode.toInt(&ok) : 0;
    return ok && root >= 1 && root <= 20 ? kCameoRoots[root - 1] : nullptr;
}

} // namespace

QString cameoRootName(const QString &rootCode)
{
    const char *name = cameoRoot(rootCode);
    return name ? QString::fromLatin1(name) : QString();
}

QString cameoRootDisplayName(const QString &rootCode)
{
    const char *name = cameoRoot(rootCode);
    return name ? QCoreApplication::translate("entente::core::Cameo", name) : QString();
}

} // namespace entente::core
