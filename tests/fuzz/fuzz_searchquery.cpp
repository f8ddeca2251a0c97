// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the user's search text turned into an FTS5 query, run against a real FTS5
// table in SQLite. The text is read both as UTF-8 and as raw UTF-16 (so lone surrogates occur).
// The query must never be an FTS syntax error: the user's text never becomes FTS syntax.

#include "index/textsearch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

QSqlDatabase &database()
{
    static QSqlDatabase db = [] {
        static int argc = 1;
        static char name[] = "fuzz_searchquery";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
        QSqlDatabase d =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        d.open();
        QSqlQuery q(d);
        q.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE t USING fts5 (title, summary, tokenize = 'unicode61')"));
        q.exec(QStringLiteral(
            "INSERT INTO t VALUES ('visa exemption baki', 'demining near baku and or not')"));
        return d;
    }();
    return db;
}

void check(const QString &userText)
{
    const QString match = entente::core::ftsQueryFor(userText);
    if (match.isEmpty())
        return;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?"));
    q.addBindValue(match);
    if (!q.exec()) {
        std::fprintf(stderr, "FTS rejected %s: %s\n", qPrintable(match),
                     qPrintable(q.lastError().text()));
        std::abort();
    }
    while (q.next()) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
