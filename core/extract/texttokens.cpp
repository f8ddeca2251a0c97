// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/texttokens.h"

namespace entente::core {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isDigit(c)) {
            t.kind = Token::Number;
            while (i < n && isDigit(text[i])) {
                if (t.digits < 9) {
                    t.number = t.number * 10 + (text[i].unicode() - u'0');
                    ++t.digits;
                }
                ++i;
            }
            const QStringView rest = text.mid(i, 2);
            const bool suffixEnds = i + 2 >= n || !isWordChar(text[i + 2]);
            if (suffixEnds && (rest.compare(u"st", Qt::CaseInsensitive) == 0 ||
                               rest.compare(u"nd", Qt::CaseInsensitive) == 0 ||
                               rest.compare(u"rd", Qt::CaseInsensitive) == 0 ||
                               rest.compare(u"th", Qt::CaseInsensitive) == 0)) {
                t.ordinal = true;
                i += 2;
            }
        } else if (isWordChar(c)) {
            t.kind = Token::Word;
            while (i < n && isWordChar(text[i]))
                ++i;
        } else {
            t.kind = Token::Punct;
            i += c.isHighSurrogate() && i + 1 < n ? 2 : 1;
        }
        t.end = i;
        t.text = text.mid(t.start, t.end - t.start);
        if (t.kind == Token::Word)
            t.lower = t.text.toString().toLower();
        tokens.append(t);
    }
    return tokens;
}

} // namespace entente::core
