// SPDX-License-Identifier: GPL-3.0-or-later
// The one writer of event rows, on a user's copy of the bundled database: one event inserted,
// updated and removed, each change in a transaction of its own, read back through EventStore as
// the app reads it; a change that fails halfway leaves nothing of itself.

#include "store/eventstore.h"
#include "store/eventwriter.h"
#include "store/sqlconnection.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestEventWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static ImportedEvent sourcedEvent(const QString &title, const QString &date)
    {
        ImportedEvent e;
        e.title = title;
        e.summary = u"Both ministers met in Phnom Penh."_s;
        e.date = *PartialDate::fromEdtf(date);
        e.type = {u"042"_s, u"cameo"_s, u"Make a visit"_s};
        e.countries = {{u"AZE"_s, u"visitor"_s}, {u"KHM"_s, u"host"_s}};
        e.topics = {{0, u"visits"_s, u"Visits"_s, QString()}};
        ImportedCitation c;
        c.source.publisher = u"A newspaper"_s;
        c.source.title = u"A report"_s;
        c.quote = u"Both ministers met in Phnom Penh."_s;
        e.citations = {c};
        return e;
    }

    int count(const char *sql)
    {
        SqlConnection connection;
        connection.open(m_path, QString());
        QSqlQuery q(connection.database());
        q.exec(QLatin1String(sql));
        return q.next() ? q.value(0).toInt() : -1;
    }

    bool change(const std::function<bool(EventWriter &, QString *)> &changes, QString *error)
    {
        SqlConnection connection;
        if (!connection.open(m_path, QString()))
            return false;
        QSqlQuery(connection.database()).exec(u"PRAGMA foreign_keys = ON"_s);
        return EventWriter::change(connection.database(), changes, error);
    }

private Q_SLOTS:
    void init()
    {
        entente::test::failOnWarnings();
        m_path = m_dir.filePath(u"mine.sqlite"_s);
        QFile::remove(m_path);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void insertsUpdatesAndRemovesOneEvent()
    {
        QString error;
        qint64 id = 0;
        QVERIFY2(change(
                     [&](EventWriter &w, QString *e) {
                         return w.insert(sourcedEvent(u"A visit"_s, u"2023-03"_s), e, &id);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(count("SELECT COUNT(*) FROM event"), 12);
        {
            EventStore store;
            QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
            const auto event = store.event(id);
            QVERIFY(event);
            QCOMPARE(event->title, u"A visit"_s);
            QCOMPARE(event->date.toEdtf(), u"2023-03"_s);
            QCOMPARE(event->participants.size(), 2);
            QCOMPARE(event->citations.size(), 1);
            QCOMPARE(event->citations.front().quote, u"Both ministers met in Phnom Penh."_s);
        }
        // The date made precise, under the same id.
        QVERIFY2(change(
                     [&](EventWriter &w, QString *e) {
                         return w.update(id, sourcedEvent(u"A visit"_s, u"2023-03-14"_s), e);
                     },
                     &error),
                 qPrintable(error));
        {
            EventStore store;
            QVERIFY(store.open(m_path));
            QCOMPARE(store.event(id)->date.toEdtf(), u"2023-03-14"_s);
        }
        QCOMPARE(count("SELECT COUNT(*) FROM event"), 12);
        QCOMPARE(count("SELECT COUNT(*) FROM citation WHERE event_id = 12"), 1);
        QVERIFY2(change([&](EventWriter &w, QString *e) { return w.remove(id, e); }, &error),
                 qPrintable(error));
        QCOMPARE(count("SELECT COUNT(*) FROM event"), 11);
        for (const char *table : {"SELECT COUNT(*) FROM event_country WHERE event_id = 12",
                                  "SELECT COUNT(*) FROM event_topic WHERE event_id = 12",
                                  "SELECT COUNT(*) FROM citation WHERE event_id = 12",
                                  "SELECT COUNT(*) FROM event_fts WHERE rowid = 12"})
            QCOMPARE(count(table), 0);
        // The full-text index follows: the removed event's words are gone.
        QCOMPARE(count("SELECT COUNT(*) FROM event_fts WHERE event_fts MATCH 'phnom'"), 0);
    }

    void aFailedChangeLeavesNothing()
    {
        const QByteArray before = entente::test::sha256(m_path);
        QString error;
        QVERIFY(!change(
            [&](EventWriter &w, QString *e) {
                return w.insert(sourcedEvent(u"Written, then rolled back"_s, u"2023"_s), e) &&
                       w.remove(999, e);
            },
            &error));
        QVERIFY2(error.contains(u"no event 999"_s), qPrintable(error));
        QCOMPARE(count("SELECT COUNT(*) FROM event"), 11);
        QCOMPARE(count("SELECT COUNT(*) FROM topic WHERE slug = 'visits'"), 1);
        QCOMPARE(entente::test::sha256(m_path), before);
    }
};

QTEST_GUILESS_MAIN(TestEventWriter)
#include "tst_eventwriter.moc"
