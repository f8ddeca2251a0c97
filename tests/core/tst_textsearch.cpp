// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/textsearch.h"

#include "testutil.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

#include <algorithm>

using namespace entente::core;
using namespace Qt::StringLiterals;

// The lexemes of a binary tsvector (appendTsVectorBinary()), read back as the server reads them.
QByteArrayList binaryTerms(QStringView folded)
{
    QByteArray bytes;
    appendTsVectorBinary(folded, bytes);
    QByteArrayList terms;
    if (bytes.size() < 4)
        return {u"(no count)"_s.toUtf8()};
    const qint32 count = qFromBigEndian<qint32>(bytes.constData());
    qsizetype at = 4;
    for (qint32 i = 0; i < count; ++i) {
        const qsizetype nul = bytes.indexOf('\0', at);
        if (nul < 0 || nul + 3 > bytes.size())
            return {u"(cut short)"_s.toUtf8()};
        terms.append(bytes.sliced(at, nul - at));
        if (qFromBigEndian<qint16>(bytes.constData() + nul + 1) != 0)
            return {u"(positions)"_s.toUtf8()};
        at = nul + 3;
    }
    if (at != bytes.size())
        return {u"(bytes after the last term)"_s.toUtf8()};
    return terms;
}

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("dotless i") << u"Bakı"_s << u"baki"_s;
        QTest::newRow("schwa") << u"Azərbaycan"_s << u"azerbaycan"_s;
        QTest::newRow("capital dotted I") << u"İlham"_s << u"ilham"_s;
        QTest::newRow("cedilla and breve") << u"Şuşa ğ ç"_s << u"susa g c"_s;
        QTest::newRow("french accents") << u"Équipe générale"_s << u"equipe generale"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_s << u" x"_s;
        // Letters with no decomposition, written as a reader types them.
        QTest::newRow("polish l") << u"Łódź Wałęsa"_s << u"lodz walesa"_s;
        QTest::newRow("nordic") << u"Søren Ærø Þórshöfn Ðóra"_s << u"soren aero thorshofn dora"_s;
        QTest::newRow("sharp s, ligature")
            << u"Straße STRAẞE Œuvre"_s << u"strasse strasse oeuvre"_s;
        QTest::newRow("croatian, maltese") << u"Đakovo Ħamrun Ŧ"_s << u"dakovo hamrun t"_s;
    }
    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void quotesEveryTerm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("plain") << u"visa exemption"_s << u"\"visa\"* AND \"exemption\"*"_s;
        QTest::newRow("fts operators are words")
            << u"visa NEAR/3 AND OR NOT"_s
            << u"\"visa\"* AND \"near\"* AND \"3\"* AND \"and\"* AND \"or\"* AND \"not\"*"_s;
        QTest::newRow("quotes and stars") << u"\"de*mining\" ' ^"_s << u"\"de\"* AND \"mining\"*"_s;
        QTest::newRow("sql fragment")
            << u"'); DROP TABLE event; --"_s << u"\"drop\"* AND \"table\"* AND \"event\"*"_s;
        QTest::newRow("only punctuation") << u"*** \"\" ()"_s << QString();
        QTest::newRow("emoji dropped") << u"🇦🇿 visa 😀"_s << u"\"visa\"*"_s;
        QTest::newRow("duplicates once") << u"Baku baku BAKU"_s << u"\"baku\"*"_s;
    }
    void quotesEveryTerm()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QCOMPARE(ftsQueryFor(text), query);
    }

    void searchesMatchTheFormsEarlierVersionsWrote()
    {
        // Words written before ł, ø, ß, æ and œ were folded keep them: each such term is asked
        // in both forms, whatever form the user typed it in.
        QCOMPARE(ftsQueryFor(u"Łódź visit"_s), u"(\"lodz\"* OR \"łodz\"*) AND \"visit\"*"_s);
        QCOMPARE(ftsQueryFor(u"lodz"_s), u"\"lodz\"*"_s);
        QCOMPARE(tsQueryFor(u"visit Łódź"_s), u"'visit':* & ('lodz':* | 'łodz':*)"_s);
        QCOMPARE(tsQueryFor(u"Straße strasse STRAẞE Œuvre"_s),
                 u"('strasse':* | 'straße':*) & ('oeuvre':* | 'œuvre':*)"_s);
        QCOMPARE(searchTerms(u"Łódź lodz Søren"_s), (QStringList{u"lodz"_s, u"soren"_s}));
        // An earlier file's folded words, completed, are what this version writes.
        const QString older = u"wałesa in łodz, søren ærø, straße, đakovo; baki"_s;
        QCOMPARE(completeFold(older), u"walesa in lodz, soren aero, strasse, dakovo; baki"_s);
        QCOMPARE(completeFold(older),
                 foldForSearch(u"Wałęsa in Łódź, Søren Ærø, Straße, Đakovo; Bakı"_s));
        // On a real full-text index: the old and the new form of one word, both found.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forms"_s);
        const auto cleanUp = qScopeGuard([&db] {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"forms"_s);
        });
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            u"CREATE VIRTUAL TABLE t USING fts5 (title, summary, tokenize = 'unicode61')"_s));
        QVERIFY(q.exec(u"INSERT INTO t (rowid, title, summary) VALUES (1, 'talks in łodz', ''), "
                       "(2, 'talks in lodz', ''), (3, 'talks in gdansk', '')"_s));
        const auto rows = [&db](const QString &text) {
            QSqlQuery m(db);
            m.prepare(u"SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid"_s);
            m.addBindValue(ftsQueryFor(text));
            QList<int> ids;
            if (!m.exec())
                return QList<int>{-1};
            while (m.next())
                ids.append(m.value(0).toInt());
            return ids;
        };
        QCOMPARE(rows(u"Łódź talks"_s), (QList<int>{1, 2}));
        QCOMPARE(rows(u"talks LODZ"_s), (QList<int>{2}));
        QCOMPARE(rows(u"talks"_s), (QList<int>{1, 2, 3}));
    }

    void serverWordsAreTheSameTerms_data() { quotesEveryTerm_data(); }
    void serverWordsAreTheSameTerms()
    {
        // What a server indexes (tsVectorFor) and what it is asked (tsQueryFor) are the terms a
        // file's full-text index matches: every one, once, whether the text was folded or not.
        QFETCH(QString, text);
        QStringList quoted;
        for (const QString &term : searchTerms(text, 1000))
            quoted.append(u'\'' + term + u'\'');
        QCOMPARE(tsVectorFor(text), quoted.join(u' '));
        QCOMPARE(tsVectorFor(foldForSearch(text), true), quoted.join(u' '));
        QStringList prefixes;
        for (const QString &term : searchTerms(text))
            prefixes.append(u'\'' + term + u"':*"_s);
        QCOMPARE(tsQueryFor(text), prefixes.join(u" & "_s));
    }

    void asciiSplitsAsItsUnicodeCategory()
    {
        // Letters, digits and nothing else of ASCII join a term, as the Unicode categories the
        // rest of the text is split by say ('_', '\'', '-' and '.' split "a?b" in two).
        for (char16_t c = 1; c < 0x80; ++c) {
            const QChar::Category category = QChar(c).category();
            const bool joins = category == QChar::Letter_Uppercase ||
                               category == QChar::Letter_Lowercase ||
                               category == QChar::Number_DecimalDigit;
            const QString text = u"a"_s + QChar(c) + u"b"_s;
            const QString want = joins ? u"'"_s + text + u"'"_s : u"'a' 'b'"_s;
            QCOMPARE(tsVectorFor(text, true), want);
        }
    }

    void serverBinaryWordsAreSortedAsTheServerKeepsThem()
    {
        // A copy sends a server the words in binary: the same terms as the text form, each once,
        // in the order of their UTF-8 bytes (the server refuses duplicates and relies on the
        // order). U+E000 sorts before U+20000 there, after it in UTF-16.
        const QString folded =
            u"zebra agac ab a ab 1995 \ue000x \U00020000y agac zz \u4e2d\u6587"_s;
        QByteArrayList want;
        for (const QString &term : foldedTerms(folded))
            want.append(term.toUtf8());
        std::sort(want.begin(), want.end());
        QCOMPARE(want.size(), 9);
        QCOMPARE(binaryTerms(folded), want);
        QCOMPARE(binaryTerms(QString()), QByteArrayList());
    }

    void serverWordsLeaveOutTermsTooLongForTheServer()
    {
        // A server's tsvector holds a term of 2,047 bytes at most, and refused a whole copy for
        // one longer: such a term is left out of the server's words, as to_tsvector() does.
        const QString fits = QString(2047, u'x');
        const QString wide = QString(682, QChar(0x4e2d)); // 3 bytes each in UTF-8: 2,046
        const QString text = u"visa "_s + fits + u' ' + QString(2048, u'y') + u' ' + wide + u' ' +
                             QString(683, QChar(0x6587)) + u" baku"_s;
        const QStringList kept{u"visa"_s, fits, wide, u"baku"_s};
        QStringList quoted;
        for (const QString &term : kept)
            quoted.append(u'\'' + term + u'\'');
        QCOMPARE(tsVectorFor(text, true), quoted.join(u' '));
        QByteArrayList want;
        for (const QString &term : kept)
            want.append(term.toUtf8());
        std::sort(want.begin(), want.end());
        QCOMPARE(binaryTerms(text), want);
    }

    void serverQueriesOfTermsTooLongAskForNothing()
    {
        // A server refuses a tsquery term over 2,047 bytes, and holds no word that long: such a
        // term is asked as a contradiction, which no event matches.
        QCOMPARE(tsQueryFor(QString(u"visa "_s + QString(2048, u'a'))),
                 u"'visa':* & ('0' & !'0')"_s);
        QCOMPARE(tsQueryFor(QString(2047, u'a')), u"'"_s + QString(2047, u'a') + u"':*"_s);
        QCOMPARE(ftsQueryFor(QString(2048, u'a')), u"\""_s + QString(2048, u'a') + u"\"*"_s);
    }

    void boundsTheNumberOfTerms()
    {
        QString many;
        for (int i = 0; i < 5000; ++i)
            many += u"w"_s + QString::number(i) + u' ';
        QCOMPARE(searchTerms(many).size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
