// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace entente::core {

/*! A word, a number or one punctuation character of a text, with where it is. */
struct Token
{
    enum Kind : quint8 { Word, Number, Punct };
    Kind kind = Word;
    qsizetype start = 0; //!< offset in the text (UTF-16 code units)
    qsizetype end = 0;
    QStringView text;
    QString lower;        //!< the word in lower case (empty for numbers and punctuation)
    qint64 number = 0;    //!< a number's value (capped)
    qint8 digits = 0;     //!< how many digits a number has (capped at 9)
    bool ordinal = false; //!< "1st", "23rd"
};

/*!
 * The words, numbers and punctuation of \a text, spaces left out: what the temporal tagger and
 * the proposal builder read. A word is a run of letters (and marks); a number a run of ASCII
 * digits, with an ordinal suffix swallowed ("23rd"); anything else is one punctuation token.
 */
QList<Token> tokenize(QStringView text);

} // namespace entente::core
