// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace entente::core {

/*!
 * Text as the full-text index stores it and as search terms are compared: lower case,
 * compatibility-decomposed, combining marks removed, and the letters without a decomposition
 * written as a reader types them (ı → i, ə → e, ł → l, ø → o, đ and ð → d, ħ → h, ŧ → t,
 * ß → ss, æ → ae, œ → oe, þ → th), so that "Baki" finds "Bakı" and "Lodz" finds "Łódź".
 */
QString foldForSearch(QStringView text);

/*!
 * Text folded by an earlier Entente, which kept ł, ø, đ, ð, ħ, ŧ, ß, æ, œ and þ (a file's
 * full-text index written before), folded as foldForSearch() folds it now. Returned as it is
 * when it holds none of them.
 */
QString completeFold(QString folded);

/*! A search term, and the forms an earlier Entente wrote it in (see completeFold()). */
struct SearchTerm
{
    QString term;
    QStringList olderForms;
};

/*!
 * The search terms of searchTerms(), each with the forms the words of a database written by an
 * earlier Entente hold it in: a search matches either, so "Łódź" still finds an older file's
 * "Łódź" (held as "łodz"), and "lodz" finds it in everything written since.
 */
QList<SearchTerm> searchTermsWithOlderForms(QStringView userText, qsizetype maxTerms = 16);

/*!
 * The search terms in the user's text: runs of letters and digits (as SQLite's unicode61
 * tokenizer sees them) of the folded text. At most \a maxTerms are kept.
 */
QStringList searchTerms(QStringView userText, qsizetype maxTerms = 16);

/*!
 * Every distinct term of text already folded (as the SQLite full-text index holds it), in order:
 * the lexemes of tsVectorFor(\a folded, true).
 */
QStringList foldedTerms(QStringView folded);
/*! The same terms handed one by one to \a onTerm, as views into \a folded. */
void forEachFoldedTerm(QStringView folded, const std::function<void(QStringView)> &onTerm);

/*!
 * An FTS5 MATCH expression for the user's text: each term quoted as a string and matched as a
 * prefix, all terms required ("a"* AND ("b"* OR "older b"*): searchTermsWithOlderForms()). The
 * user's text never becomes FTS syntax: a term holds letters and digits only, so it cannot close
 * its quotes. Empty when the text has no terms.
 */
QString ftsQueryFor(QStringView userText);

/*!
 * The same terms as a PostgreSQL tsquery ('a':* & ('b':* | 'older b':*)): for a database on a
 * server, whose words are kept in a tsvector: read as it is (CAST(? AS tsquery)), not parsed
 * again by to_tsquery(), whose parser splits and drops other letters than Entente. Safe to cast
 * for the same reason.
 */
QString tsQueryFor(QStringView userText);

/*!
 * Every distinct term of \a text as a PostgreSQL tsvector literal ('term' 'term' …): the words a
 * server's database searches. \a folded says that the text is folded already (as the SQLite
 * full-text index holds it). Terms hold letters and digits only, so the quotes cannot be closed.
 */
QString tsVectorFor(QStringView text, bool folded = false);

/*!
 * The same lexemes as tsVectorFor(\a folded, true), appended to \a out in PostgreSQL's binary
 * form of a tsvector (as COPY … (FORMAT binary) takes it): the server then has nothing to parse.
 * Sorted as the server keeps them, without positions.
 */
void appendTsVectorBinary(QStringView folded, QByteArray &out);

/*!
 * The longest term, in bytes of UTF-8, that a server's tsvector holds. Longer terms (a run of
 * letters with no space in thousands) are left out of its words, as PostgreSQL's own
 * to_tsvector() leaves them out; the file's full-text index still finds them.
 */
inline constexpr qsizetype kMaxServerTermBytes = 2047;

} // namespace entente::core
