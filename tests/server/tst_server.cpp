// SPDX-License-Identifier: GPL-3.0-or-later
// An Entente database on a real PostgreSQL server (the cluster ctest starts on 127.0.0.1):
// server-init's schema and roles, copies both ways that keep every field, the roles enforced by
// the server itself, hostile text kept as data, and one sentence for every connection fault.

#include "engine.h"
#include "testutil.h"

#include "domain/country.h"
#include "formats/dataexport.h"
#include "formats/format.h"
#include "formats/importer.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "store/chronology.h"
#include "store/databasewriter.h"
#include "store/generator.h"
#include "store/servercopy.h"
#include "store/serverlistener.h"
#include "store/sqlconnection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestServer : public QObject
{
    Q_OBJECT

    std::optional<entente::test::TestServer> m_server;
    QTemporaryDir m_dir;
    QList<Country> m_countries;

    QString newDatabase(const QString &stem, bool initialised = true)
    {
        QString error;
        const auto url = entente::test::newServerDatabase(*m_server, stem, initialised, &error);
        if (!url)
            qWarning("%s", qPrintable(error));
        return url.value_or(QString());
    }

    bool admin(const QStringList &statements, const QString &database = u"postgres"_s)
    {
        QString error;
        const bool ok = entente::test::runAsAdmin(*m_server, statements, &error, database);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    QString importedFile(const QString &name, const QByteArray &json)
    {
        const QString source = m_dir.filePath(name + u".json"_s);
        const QString db = m_dir.filePath(name + u".sqlite"_s);
        if (!entente::test::writeFile(source, json))
            return {};
        ImportOptions options;
        options.format = formatByKey(u"entente-json"_s);
        ImportReport report;
        QString error;
        if (!importEvents(source, options, db, &report, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return db;
    }

    // Every event of a database, in date order, as Entente JSON: equal bytes mean equal events
    // (titles, summaries, dates as stated, countries and roles, topics, actors, quotes, sources).
    QByteArray everything(const QString &database)
    {
        QString error;
        auto dataset = Dataset::open(database, &error);
        if (!dataset) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QList<qint64> ids;
        for (qsizetype pos = 0; pos < dataset->index().size(); ++pos)
            ids.append(dataset->index().id(pos));
        static int n = 0;
        const QString out = m_dir.filePath(u"export-%1.json"_s.arg(++n));
        if (!exportEvents(dataset->store(), ids, *formatByKey(u"entente-json"_s),
                          {out, OutputKind::DataFile}, dataset->title(), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return entente::test::readAll(out);
    }

    // Every table of a server's Entente schema (its columns, its owner and who may do what
    // with it, the roles named by what they are), and every key, constraint and index, as the
    // server defines them.
    QStringList keysAndIndexes(const QString &url)
    {
        EventStore store;
        if (!store.open(url))
            return {store.errorString()};
        QSqlQuery q(store.database());
        q.exec(u"SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) FROM "
               "pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = "
               "'entente'::regnamespace UNION ALL SELECT pg_get_indexdef(indexrelid) FROM "
               "pg_index i JOIN pg_class x ON x.oid = i.indexrelid WHERE x.relnamespace = "
               "'entente'::regnamespace UNION ALL SELECT 'table ' || c.relname || ' (' || (SELECT "
               "string_agg(attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN "
               "attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY attnum) FROM pg_attribute "
               "WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped) || ') ' || "
               "regexp_replace(pg_get_userbyid(c.relowner) || ' ' || coalesce((SELECT "
               "string_agg(a::text, ' ' ORDER BY a::text) FROM unnest(c.relacl) a), ''), "
               "'[a-z0-9_]*_(owner|editor|reader)', '\\1', 'g') FROM pg_class c WHERE "
               "c.relnamespace = 'entente'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1"_s);
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    struct CliResult
    {
        int code;
        QString out, err;
    };
    CliResult cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ENTENTE_BINARY), arguments);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A login role that belongs to \a group, with its password in the password file libpq reads.
    bool addLogin(const QString &name, const QString &password, const QString &group)
    {
        QStringList statements{u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, password)};
        if (!group.isEmpty())
            statements.append(u"GRANT %1 TO %2"_s.arg(group, name));
        if (!admin(statements))
            return false;
        QFile passFile(qEnvironmentVariable("PGPASSFILE"));
        return passFile.open(QIODevice::Append) &&
               passFile.write(
                   u"127.0.0.1:%1:*:%2:%3\n"_s.arg(m_server->port).arg(name, password).toUtf8()) >
                   0;
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }

    void initTestCase()
    {
        m_server = entente::test::testServer();
        QVERIFY2(m_server, "no cluster: ctest starts one (tests/server/cluster.sh) for this test");
        // The tests add login roles to a password file of their own, beside the cluster's.
        const QString passFile = m_dir.filePath(u"pgpass"_s);
        QVERIFY(QFile::copy(qEnvironmentVariable("PGPASSFILE"), passFile));
        QFile::setPermissions(passFile, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(passFile));
        QString error;
        m_countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        QVERIFY2(!m_countries.isEmpty(), qPrintable(error));
    }

    void serverInitMakesTheSchemaAndThreeRoles()
    {
        const QString url = newDatabase(u"init"_s, false);
        QVERIFY(!url.isEmpty());
        QString error;
        QVERIFY2(initServer(url, &error), qPrintable(error));
        EventStore store;
        QVERIFY2(store.open(url), qPrintable(store.errorString()));
        QVERIFY(store.isServer());
        QCOMPARE(store.metadata(u"schema_version"_s), QString::number(kServerSchemaVersion));
        // The ISO countries, numbered as in a new file: an import naming a country needs them.
        const QString file = m_dir.filePath(u"new.sqlite"_s);
        QVERIFY2(createEmptyDatabase({file, OutputKind::Database}, u"new"_s, &error),
                 qPrintable(error));
        auto idsAndCodes = [](EventStore &s) {
            QStringList out;
            for (const Country &c : s.countries())
                out.append(QString::number(c.id) + u' ' + c.alpha3 + u' ' + c.englishName());
            return out;
        };
        EventStore newFile;
        QVERIFY(newFile.open(file));
        QVERIFY(idsAndCodes(newFile).size() > 200);
        QCOMPARE(idsAndCodes(store), idsAndCodes(newFile));
        const QString database = url.section(u'/', -1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE '%1_%%' "
                       "ORDER BY rolname"_s.arg(database)));
        QStringList roles;
        while (q.next()) {
            roles.append(q.value(0).toString());
            QVERIFY2(!q.value(1).toBool(), "a group role can log in");
        }
        QCOMPARE(roles, (QStringList{database + u"_editor"_s, database + u"_owner"_s,
                                     database + u"_reader"_s}));
        QVERIFY(
            q.exec(u"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'entente'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), database + u"_owner"_s);
        // A second server-init changes nothing and says why.
        QVERIFY(!initServer(url, &error));
        QVERIFY2(error.contains(u"already holds an Entente database"_s), qPrintable(error));
        // Events naming countries import into it: they were refused as unknown codes. (A copy
        // into a new one takes the file's countries instead: copiesKeepEveryField.)
        const QString json = m_dir.filePath(u"two.json"_s);
        QVERIFY(
            entente::test::writeFile(json, R"({"version": 1, "format": "entente-events", "events": [
                {"title": "Talks in Łódź", "date": "2004-05-06",
                 "countries": [{"code": "POL"}, {"code": "AZE"}]}]})"));
        ImportOptions options;
        options.format = formatByKey(u"entente-json"_s);
        ImportReport report;
        QVERIFY2(importEvents(json, options, url, &report, &error), qPrintable(error));
        QCOMPARE(report.events, 1);
        EventStore after;
        QVERIFY2(after.open(url), qPrintable(after.errorString()));
        for (const QString &text : {u"Łódź"_s, u"lodz"_s, u"LODZ talks"_s}) {
            auto found = after.searchText(text);
            QVERIFY2(found && found->size() == 1, qPrintable(text));
        }
        // Words as an earlier version wrote them, keeping ł: still found as the report writes it.
        {
            SqlConnection owner;
            QVERIFY(owner.openServer(*parseServerAddress(url, &error), true));
            QSqlQuery q(owner.database());
            QVERIFY2(q.exec(u"UPDATE event_text SET folded = 'talks in łodz'::tsvector"_s),
                     qPrintable(q.lastError().text()));
        }
        for (const QString &text : {u"Łódź"_s, u"talks łódź"_s}) {
            auto found = after.searchText(text);
            QVERIFY2(found && found->size() == 1, qPrintable(text));
        }
        QSqlQuery named(after.database());
        QVERIFY(named.exec(u"SELECT c.alpha3 FROM event_country e JOIN country c ON c.id = "
                           "e.country_id ORDER BY 1"_s));
        QStringList codes;
        while (named.next())
            codes.append(named.value(0).toString());
        QCOMPARE(codes, (QStringList{u"AZE"_s, u"POL"_s}));
    }

    void copiesKeepEveryField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("bundled") << QStringLiteral(ENTENTE_BUNDLED_DB);
        QTest::newRow("every JSON field") << importedFile(
            u"edges"_s, entente::test::readAll(QStringLiteral(ENTENTE_TEST_DATA) +
                                               u"/conformance/entente-json-edges.json"_s));
        // Every text field holds what SQL, COPY's text format, libpq's connection strings and
        // tsquery syntax give meaning to: it must arrive as the same text.
        QTest::newRow("hostile fields")
            << importedFile(u"hostile"_s, entente::test::readAll(QStringLiteral(ENTENTE_TEST_DATA) +
                                                                 u"/server/hostile-fields.json"_s));
        // Words the server keeps in another order than UTF-16 sorts them (U+E000 before
        // U+20000); a run of letters longer than a server's word (2,047 bytes), which the copy
        // once failed on: left out of the server's words, like to_tsvector() leaves it; letters
        // that Entente's folding keeps and unaccent changes (ł, ø, ß): a server once folded the
        // search and not the words, and found none of these.
        QString words =
            u"{\"version\": 1, \"format\": \"entente-events\", \"events\": [{\"title\": "
            u"\"Summit \ue000x \U00020000y \u4e2d\u6587\", \"summary\": \"zz "_s +
            QString(3000, u'q') +
            u" aa Łódź Søren Straße Œuvre Æsir Đakovo\", \"date\": \"2004-05-06\"}]}"_s;
        QTest::newRow("words in code point order, one too long")
            << importedFile(u"words"_s, words.toUtf8());
        const QString generated = m_dir.filePath(u"generated.sqlite"_s);
        QString error;
        GeneratorOptions options;
        options.events = 5000;
        options.seed = 7;
        if (!generateDatabase({generated, OutputKind::Database}, m_countries, options, &error))
            qWarning("%s", qPrintable(error));
        QTest::newRow("5000 generated") << generated;
    }

    void copiesKeepEveryField()
    {
        QFETCH(QString, file);
        QVERIFY(QFile::exists(file));
        const QByteArray before = entente::test::sha256(file);
        const QString url = newDatabase(u"copy"_s);
        QString error;
        QVERIFY2(copyBetween(file, {url, OutputKind::Database}, &error), qPrintable(error));
        QCOMPARE(entente::test::sha256(file), before); // the source is only read
        // The keys, constraints and indexes the copy dropped for the load are all back.
        const QStringList schema = keysAndIndexes(newDatabase(u"fresh"_s));
        QVERIFY(schema.size() > 40);
        QCOMPARE(keysAndIndexes(url), schema);
        const QByteArray original = everything(file);
        QVERIFY(!original.isEmpty());
        QCOMPARE(everything(url), original);
        // And back into a file: the same events again, with the same ids.
        const QString back =
            m_dir.filePath(u"back-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag()))
                               .replace(u' ', u'-'));
        QVERIFY2(copyBetween(url, {back, OutputKind::Database}, &error), qPrintable(error));
        QCOMPARE(everything(back), original);

        // The same index: ids in the same date order, the same bounds, countries and topics.
        auto fromFile = Dataset::open(file, &error);
        auto fromServer = Dataset::open(url, &error);
        QVERIFY2(fromFile && fromServer, qPrintable(error));
        const EventIndex &a = fromFile->index();
        const EventIndex &b = fromServer->index();
        QCOMPARE(b.size(), a.size());
        for (qsizetype pos = 0; pos < a.size(); ++pos) {
            QCOMPARE(b.id(pos), a.id(pos));
            QCOMPARE(b.lower(pos).value, a.lower(pos).value);
            QCOMPARE(b.upper(pos).value, a.upper(pos).value);
            QCOMPARE(b.countriesAt(pos).size(), a.countriesAt(pos).size());
            QCOMPARE(b.topicsAt(pos).size(), a.topicsAt(pos).size());
        }
        // The same text search, hostile text included.
        QStringList searches = {
            u"baki"_s, u"BAKU"_s,         u"Şəki"_s, u"drop"_s,     u"'); DROP TABLE event; --"_s,
            u"\\N"_s,  u"$1"_s,           u"?"_s,    u":* & | !"_s, u"visit minis"_s,
            u"ba"_s,   u"\" OR 1=1 --"_s, u"巴库"_s, u"Баку"_s,     u"a\u0000b"_s};
        searches.append(QString(500, u'x'));
        // Words beyond U+FFFF, a private-use letter (to_tsquery() dropped it: "\ue000x" asked
        // for "x"), and letters unaccent changes.
        searches.append({u"\ue000x"_s, u"\ue000"_s, u"\U00020000"_s, u"\u4e2d\u6587 zz"_s,
                         u"summit aa"_s, u"Łódź"_s, u"lodz"_s, u"søren"_s, u"soren"_s, u"straße"_s,
                         u"strasse"_s, u"œuvre"_s, u"æsir"_s, u"đakovo"_s, u"dakovo"_s});
        for (const QString &text : searches) {
            auto inFile = fromFile->store().searchText(text);
            auto onServer = fromServer->store().searchText(text);
            QVERIFY2(inFile && onServer, qPrintable(fromServer->store().errorString()));
            std::sort(inFile->begin(), inFile->end());
            std::sort(onServer->begin(), onServer->end());
            QVERIFY2(*onServer == *inFile, qPrintable(text));
        }
    }

    void copyIsAllOrNothing()
    {
        const QString url = newDatabase(u"whole"_s);
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        QString error;
        // Cancelled halfway: the server's database stays empty.
        GeneratorOptions options;
        options.events = 40000;
        const QString big = m_dir.filePath(u"big.sqlite"_s);
        QVERIFY2(generateDatabase({big, OutputKind::Database}, m_countries, options, &error),
                 qPrintable(error));
        int calls = 0;
        QVERIFY(
            !copyBetween(big, {url, OutputKind::Database}, &error, [&](qint64 done, qint64 total) {
                ++calls;
                return done < total / 2;
            }));
        QVERIFY(calls > 1);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        {
            EventStore store;
            QVERIFY(store.open(url));
            QVERIFY(store.headlines({1, 2, 3}).isEmpty());
        }
        // Nor is anything left of the words' table loaded on the copy's second connection.
        const QStringList schema = keysAndIndexes(newDatabase(u"wholefresh"_s));
        QCOMPARE(keysAndIndexes(url), schema);
        // A copy killed after that table was committed, before its own transaction was, left it
        // behind: the next copy takes it away.
        {
            SqlConnection owner;
            QVERIFY(owner.openServer(*parseServerAddress(url, &error), true));
            QSqlQuery q(owner.database());
            QVERIFY2(q.exec(u"CREATE TABLE entente.event_text_load_7f3a (event_id bigint)"_s),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(keysAndIndexes(url) != schema);
        // Whole, then refused a second time: a copy never mixes two databases.
        QVERIFY2(copyBetween(bundled, {url, OutputKind::Database}, &error), qPrintable(error));
        QCOMPARE(keysAndIndexes(url), schema);
        QVERIFY(!copyBetween(bundled, {url, OutputKind::Database}, &error));
        QVERIFY2(error.contains(u"already holds 11 events"_s), qPrintable(error));
        QCOMPARE(everything(url), everything(bundled));
        // Two servers or two files: not a copy Entente makes.
        QVERIFY(!copyBetween(url, {url, OutputKind::Database}, &error));
        QVERIFY(
            !copyBetween(bundled, {m_dir.filePath(u"x.sqlite"_s), OutputKind::Database}, &error));
        // A database whose events are gone but whose sources are still there is not empty:
        // refused, and the source kept (a copy empties the tables it loads).
        const QString sourcesOnly = newDatabase(u"sourcesonly"_s);
        {
            SqlConnection owner;
            QVERIFY(owner.openServer(*parseServerAddress(sourcesOnly, &error), true));
            QSqlQuery q(owner.database());
            QVERIFY2(q.exec(u"INSERT INTO source (id, publisher, title) VALUES (7, 'Ministry', "
                            "'Press release')"_s),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(!copyBetween(bundled, {sourcesOnly, OutputKind::Database}, &error));
        QVERIFY2(error.contains(u"already holds sources"_s), qPrintable(error));
        {
            SqlConnection owner;
            QVERIFY(owner.openServer(*parseServerAddress(sourcesOnly, &error), true));
            QSqlQuery q(owner.database());
            QVERIFY(q.exec(u"SELECT title FROM source"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"Press release"_s);
            QVERIFY(!q.next());
        }
        // Into a server database without Entente's schema: one sentence, nothing made.
        const QString bare = newDatabase(u"bare"_s, false);
        QVERIFY(!copyBetween(bundled, {bare, OutputKind::Database}, &error));
        QVERIFY2(error.contains(u"server-init"_s), qPrintable(error));
    }

    void aCopyThatBreaksAKeyIsRefusedWhole()
    {
        // A file whose countries name an event it does not hold (written by another program:
        // SQLite checks no foreign key unless asked). The copy checks the keys once, after the
        // load: the server refuses it there, and the database stays empty, keys and all.
        const QString broken = m_dir.filePath(u"dangling.sqlite"_s);
        QFile::remove(broken);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), broken));
        QVERIFY(QFile::setPermissions(broken, QFile::ReadOwner | QFile::WriteOwner));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dangling"_s);
            db.setDatabaseName(broken);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"INSERT INTO event_country (event_id, country_id, role) SELECT "
                            "987654, min(id), 'party' FROM country"_s),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"dangling"_s);
        const QString url = newDatabase(u"dangling"_s);
        const QStringList schema = keysAndIndexes(url);
        QString error;
        QVERIFY(!copyBetween(broken, {url, OutputKind::Database}, &error));
        QVERIFY2(error.contains(u"nothing was written"_s) && error.contains(u"event_country"_s),
                 qPrintable(error));
        EventStore store;
        QVERIFY(store.open(url));
        QVERIFY(store.headlines({1, 2, 3}).isEmpty());
        QCOMPARE(keysAndIndexes(url), schema);
    }

    void aMemberOfTheOwnerRoleCopies_data()
    {
        QTest::addColumn<int>("connections");
        // Two: the words load on a second connection, as the owner, and take event_text's
        // place with its grants. One: the server refuses the second, and they go the old way.
        QTest::newRow("words aside") << 2;
        QTest::newRow("one connection allowed") << 1;
    }
    void aMemberOfTheOwnerRoleCopies()
    {
        QFETCH(int, connections);
        // Not a superuser: a person given the owner role copies with only what it allows.
        const QString url = newDatabase(u"member%1"_s.arg(connections));
        const QString database = url.section(u'/', -1);
        const QString login = u"frank_"_s + database;
        QVERIFY(addLogin(login, u"frank-pw"_s, database + u"_owner"_s));
        QVERIFY(admin({u"ALTER ROLE %1 CONNECTION LIMIT %2"_s.arg(login).arg(connections)}));
        GeneratorOptions options;
        options.events = 3000;
        const QString file = m_dir.filePath(u"member%1.sqlite"_s.arg(connections));
        QString error;
        QVERIFY2(generateDatabase({file, OutputKind::Database}, m_countries, options, &error),
                 qPrintable(error));
        QVERIFY2(copyBetween(file, {m_server->url(database, login), OutputKind::Database}, &error),
                 qPrintable(error));
        QCOMPARE(keysAndIndexes(url), keysAndIndexes(newDatabase(u"memberfresh"_s)));
        QCOMPARE(everything(url), everything(file));
        // The reader searches the words wherever they were loaded.
        const QString reader = u"grace_"_s + database;
        QVERIFY(addLogin(reader, u"grace-pw"_s, database + u"_reader"_s));
        SqlConnection session;
        QVERIFY(session.openServer(*parseServerAddress(m_server->url(database, reader), &error),
                                   false));
        QSqlQuery q(session.database());
        QVERIFY2(q.exec(u"SELECT count(*) FROM event_text"_s) && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 3000);
    }

    void importsAreAllOrNothingOnBothEngines_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("file") << false;
        QTest::newRow("server") << true;
    }

    void importsAreAllOrNothingOnBothEngines()
    {
        QFETCH(bool, server);
        QString error;
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        QString database =
            m_dir.filePath(u"import-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        if (server) {
            database = newDatabase(u"import"_s);
            QVERIFY2(copyBetween(bundled, {database, OutputKind::Database}, &error),
                     qPrintable(error));
        } else {
            QVERIFY2(copyDatabase(bundled, {database, OutputKind::Database}, &error),
                     qPrintable(error));
        }
        const QString conformance = QStringLiteral(ENTENTE_TEST_DATA) + u"/conformance/"_s;
        ImportOptions options;
        options.format = formatByKey(u"entente-json"_s);
        ImportReport report;
        // A file with problems imports nothing: the database is as it was, checked data included.
        QVERIFY(!importEvents(conformance + u"entente-json-problems.json"_s, options, database,
                              &report, &error));
        QCOMPARE(report.failure, ImportReport::Failure::BadInput);
        QCOMPARE(everything(database), everything(bundled));
        {
            EventStore store;
            QVERIFY(store.open(database));
            QVERIFY(store.isChecked());
        }
        // A good file adds its events, and the database no longer claims every event is checked.
        QVERIFY2(importEvents(conformance + u"entente-json-edges.json"_s, options, database,
                              &report, &error),
                 qPrintable(error));
        auto dataset = Dataset::open(database, &error);
        QVERIFY2(dataset, qPrintable(error));
        QCOMPARE(dataset->index().size(), 11 + report.events);
        QVERIFY(report.events > 0);
        QVERIFY(!dataset->isChecked());
        QCOMPARE(dataset->store().isServer(), server);
        auto found = dataset->store().searchText(u"baki escaped"_s);
        QVERIFY(found && !found->isEmpty());
    }

    void editsAreCheckedAgainstWhatThePersonSaw()
    {
        const QString url = newDatabase(u"edits"_s);
        QString error;
        QVERIFY2(
            copyBetween(QStringLiteral(ENTENTE_BUNDLED_DB), {url, OutputKind::Database}, &error),
            qPrintable(error));
        auto read = [&](qint64 id) {
            EventStore store;
            std::optional<ImportedEvent> e;
            if (store.open(url))
                if (const auto event = store.event(id))
                    e = toImported(*event);
            return e;
        };
        // Two people open event 8 at the same time.
        const auto seen = read(8);
        QVERIFY(seen);
        Chronology mine(url, 0), theirs(url, 0);
        QVERIFY(mine.isServer());
        // They change it first.
        ImportedEvent changedByThem = *seen;
        changedByThem.title = u"Their title"_s;
        QList<Chronology::Move> moves{{8, seen, changedByThem}};
        QVERIFY2(theirs.apply(moves, &error), qPrintable(error));
        // My change, made to what I saw, is refused with both versions named; theirs stays.
        ImportedEvent changedByMe = *seen;
        changedByMe.title = u"My title"_s;
        moves = {{8, seen, changedByMe}};
        QVERIFY(!mine.apply(moves, &error));
        QCOMPARE(mine.failure(), ChangeFailure::ChangedElsewhere);
        QVERIFY2(error.contains(u"Someone else changed"_s) && error.contains(u"“Their title”"_s) &&
                     error.contains(u"“My title”"_s),
                 qPrintable(error));
        QCOMPARE(read(8)->title, u"Their title"_s);
        // Made to what is there now, it goes through; the version counts the changes.
        moves = {{8, read(8), changedByMe}};
        QVERIFY2(mine.apply(moves, &error), qPrintable(error));
        QCOMPARE(read(8)->title, u"My title"_s);
        {
            EventStore store;
            QVERIFY(store.open(url));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"SELECT row_version FROM event WHERE id = 8"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 3);
        }
        // A deletion of an event someone else deleted first is refused too.
        const auto before = read(8);
        QVERIFY2(theirs.remove(8, &error), qPrintable(error));
        moves = {{8, before, std::nullopt}};
        QVERIFY(!mine.apply(moves, &error));
        QVERIFY2(error.contains(u"Someone else deleted"_s), qPrintable(error));
        // An addition gets the next id, its words are searchable, and undoing it removes it.
        ImportedEvent added = *before;
        added.title = u"Consultations in Phnom Penh"_s;
        const auto id = mine.add(added, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, 12);
        {
            EventStore store;
            QVERIFY(store.open(url));
            QCOMPARE(store.searchText(u"phnom"_s).value_or(QList<qint64>()), QList<qint64>{12});
        }
        moves = {{12, added, std::nullopt}};
        QVERIFY2(mine.apply(moves, &error), qPrintable(error));
        QVERIFY(!read(12));

        // A reader's change is refused by the server, in one sentence.
        const QString database = url.section(u'/', -1);
        QVERIFY(addLogin(u"reader_"_s + database, u"pw"_s, database + u"_reader"_s));
        Chronology reader(m_server->url(database, u"reader_"_s + database), 0);
        QVERIFY(!reader.add(added, &error));
        QVERIFY2(error.contains(u"may not"_s), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        // So is a reader's server-init, with the server's reason (it was "already holds an
        // Entente database").
        QVERIFY(!initServer(m_server->url(database, u"reader_"_s + database), &error));
        QVERIFY2(error.contains(u"may not"_s), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void otherViewersHearOfAChange()
    {
        const QString url = newDatabase(u"listen"_s);
        QString error;
        QVERIFY2(
            copyBetween(QStringLiteral(ENTENTE_BUNDLED_DB), {url, OutputKind::Database}, &error),
            qPrintable(error));
        ServerListener listener;
        QVERIFY2(listener.listen(url, &error), qPrintable(error));
        QSignalSpy heard(&listener, &ServerListener::eventsChanged);
        // A change from another process (the command line) is heard, with its event.
        QElapsedTimer clock;
        clock.start();
        const CliResult r = cli({u"edit"_s, u"3"_s, u"--database"_s, url, u"--title"_s,
                                 u"Changed from the command line"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(heard.wait(5000));
        qInfo("heard %lld ms after the command started", qint64(clock.elapsed()));
        QCOMPARE(heard.first().first().value<QList<qint64>>(), QList<qint64>{3});
        // This process's own changes are not announced back to it.
        heard.clear();
        Chronology own(url, 0);
        QVERIFY(own.remove(3, &error));
        QVERIFY(!heard.wait(1000));
    }

    void rolesAreEnforcedByTheServer()
    {
        const QString url = newDatabase(u"roles"_s);
        QString error;
        QVERIFY2(
            copyBetween(QStringLiteral(ENTENTE_BUNDLED_DB), {url, OutputKind::Database}, &error),
            qPrintable(error));
        const QString database = url.section(u'/', -1);
        QVERIFY(addLogin(u"alice_%1"_s.arg(database), u"alice-pw"_s, database + u"_reader"_s));
        QVERIFY(addLogin(u"bob_%1"_s.arg(database), u"bob-pw"_s, database + u"_editor"_s));
        QVERIFY(addLogin(u"carol_%1"_s.arg(database), u"carol-pw"_s, QString()));
        const auto address = [&](const QString &user) {
            return *parseServerAddress(m_server->url(database, user), &error);
        };

        // The reader reads everything the viewer shows.
        {
            auto dataset = Dataset::open(m_server->url(database, u"alice_"_s + database), &error);
            QVERIFY2(dataset, qPrintable(error));
            QCOMPARE(dataset->index().size(), 11);
        }
        // Its writes are refused by the server itself, on a session that allows writing.
        SqlConnection reader;
        QVERIFY(reader.openServer(address(u"alice_"_s + database), true));
        for (const QString &write :
             {u"INSERT INTO source (id, publisher, title) VALUES (99, 'x', 'y')"_s,
              u"UPDATE event SET title = 'changed'"_s, u"DELETE FROM citation"_s,
              u"DELETE FROM event_text"_s, u"CREATE TABLE entente.mine (x int)"_s,
              u"TRUNCATE event CASCADE"_s}) {
            QSqlQuery q(reader.database());
            QVERIFY2(!q.exec(write), qPrintable(write));
            QVERIFY2(q.lastError().databaseText().contains(u"permission denied"_s),
                     qPrintable(q.lastError().databaseText()));
        }
        QVERIFY(!copyBetween(
            QStringLiteral(ENTENTE_BUNDLED_DB),
            {m_server->url(database, u"alice_"_s + database), OutputKind::Database}, &error));

        // The editor changes events and sources, never the schema, the countries or the meta.
        SqlConnection editor;
        QVERIFY(editor.openServer(address(u"bob_"_s + database), true));
        QVERIFY(editor.database().transaction());
        for (const QString &change :
             {u"INSERT INTO source (id, publisher, title) VALUES (99, 'x', 'y')"_s,
              u"UPDATE event SET title = 'changed' WHERE id = 1"_s,
              u"DELETE FROM citation WHERE event_id = 2"_s}) {
            QSqlQuery q(editor.database());
            QVERIFY2(q.exec(change), qPrintable(q.lastError().text()));
        }
        QVERIFY(editor.database().rollback());
        for (const QString &refused :
             {u"CREATE TABLE entente.mine (x int)"_s, u"ALTER TABLE event ADD COLUMN x int"_s,
              u"DROP TABLE citation"_s, u"DELETE FROM country"_s,
              u"UPDATE meta SET value = '2' WHERE key = 'schema_version'"_s}) {
            QSqlQuery q(editor.database());
            QVERIFY2(!q.exec(refused), qPrintable(refused));
            QVERIFY2(q.lastError().databaseText().contains(u"permission denied"_s) ||
                         q.lastError().databaseText().contains(u"must be owner"_s),
                     qPrintable(q.lastError().databaseText()));
        }

        // A login with no role of this database may not even connect.
        EventStore outsider;
        QVERIFY(!outsider.open(m_server->url(database, u"carol_"_s + database)));
        QVERIFY2(outsider.errorString().contains(u"may not connect"_s),
                 qPrintable(outsider.errorString()));
    }

    void connectionFaultsAreOneSentence_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("sentence");
        const int port = m_server->port;
        // Login roles belong to the whole cluster: named for this run.
        const QString dave = u"dave_%1"_s.arg(QCoreApplication::applicationPid());
        const QString erin = u"erin_%1"_s.arg(QCoreApplication::applicationPid());
        QTest::newRow("wrong password")
            << u"postgresql://%1@127.0.0.1:%2/postgres"_s.arg(dave).arg(port)
            << u"refused the password of “%1”"_s.arg(dave);
        QTest::newRow("no password")
            << u"postgresql://%1@127.0.0.1:%2/postgres"_s.arg(erin).arg(port)
            << u"asks for a password for “%1”"_s.arg(erin);
        QTest::newRow("unknown database")
            << u"postgresql://entente_admin@127.0.0.1:%1/nowhere"_s.arg(port)
            << u"has no database “nowhere”"_s;
        QTest::newRow("nothing listening")
            << u"postgresql://entente_admin@127.0.0.1:1/x"_s << u"No PostgreSQL server answers"_s;
        QTest::newRow("password in the address")
            << u"postgresql://entente_admin:secret@127.0.0.1:%1/x"_s.arg(port)
            << u"never holds a password"_s;
        QTest::newRow("not an address") << u"postgresql://"_s << u"names no host or no database"_s;
        QTest::newRow("unknown parameter")
            << u"postgresql://a@127.0.0.1:%1/x?options=-c%20x"_s.arg(port)
            << u"does not know the connection parameter “options”"_s;
        QTest::newRow("no Entente schema")
            << u"postgresql://entente_admin@127.0.0.1:%1/postgres"_s.arg(port)
            << u"holds no Entente database"_s;
        QTest::newRow("TLS required, server without it")
            << u"postgresql://entente_admin@127.0.0.1:%1/postgres?sslmode=require"_s.arg(port)
            << u"secure connection"_s;
    }

    void connectionFaultsAreOneSentence()
    {
        QFETCH(QString, address);
        QFETCH(QString, sentence);
        static bool made = false;
        if (!made) {
            made = true;
            const QString pid = QString::number(QCoreApplication::applicationPid());
            QVERIFY(addLogin(u"dave_"_s + pid, u"right"_s, QString()));
            QFile passFile(qEnvironmentVariable("PGPASSFILE")); // dave's line first wins
            QVERIFY(passFile.open(QIODevice::ReadOnly));
            const QByteArray lines = passFile.readAll();
            passFile.close();
            QVERIFY(entente::test::writeFile(
                passFile.fileName(),
                u"127.0.0.1:%1:*:dave_%2:wrong\n"_s.arg(m_server->port).arg(pid).toUtf8() + lines));
            QVERIFY(admin({u"CREATE ROLE erin_%1 LOGIN PASSWORD 'unknown-to-libpq'"_s.arg(pid)}));
        }
        EventStore store;
        QVERIFY(!store.open(address));
        QVERIFY2(store.errorString().contains(sentence), qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(u'\n'));
        QVERIFY(!store.isOpen());
    }

    void verifyFullChecksTheServersCertificate()
    {
        // A cluster of its own, with a certificate for "localhost" from a throwaway authority.
        QTemporaryDir tlsDir;
        // The cluster's files belong to "nobody" when the tests run as root: it must reach them.
        QFile::setPermissions(tlsDir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadOther |
                                                 QFile::ExeOther);
        const QString dir = tlsDir.filePath(u"cluster"_s);
        QProcess start;
        start.start(u"bash"_s, {QStringLiteral(ENTENTE_CLUSTER_SCRIPT), u"start"_s, dir, u"tls"_s});
        QVERIFY(start.waitForFinished(120000));
        auto stop = qScopeGuard([&] {
            QProcess::execute(u"bash"_s, {QStringLiteral(ENTENTE_CLUSTER_SCRIPT), u"stop"_s, dir});
        });
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const int port = entente::test::readAll(dir + u"/port"_s).trimmed().toInt();
        QFile passFile(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(passFile.open(QIODevice::Append));
        passFile.write(entente::test::readAll(dir + u"/pgpass"_s));
        passFile.close();
        const QString ca = dir + u"/ca.crt"_s;
        const auto address = [&](const QString &host, const QString &database,
                                 const QString &parameters) {
            return u"postgresql://entente_admin@%1:%2/%3?%4"_s.arg(host).arg(port).arg(database,
                                                                                       parameters);
        };
        // The name on the certificate, the authority that signed it: accepted, and encrypted.
        QString error;
        const QString verified =
            address(u"localhost"_s, u"postgres"_s, u"sslmode=verify-full&sslrootcert="_s + ca);
        {
            SqlConnection connection;
            QVERIFY2(connection.openServer(*parseServerAddress(verified, &error), true),
                     qPrintable(connection.database().lastError().text()));
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(u"CREATE DATABASE chronology"_s));
            QVERIFY(q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toBool());
        }
        const QString chronology =
            address(u"localhost"_s, u"chronology"_s, u"sslmode=verify-full&sslrootcert="_s + ca);
        QVERIFY2(initServer(chronology, &error), qPrintable(error));
        QVERIFY2(copyBetween(QStringLiteral(ENTENTE_BUNDLED_DB), {chronology, OutputKind::Database},
                             &error),
                 qPrintable(error));
        {
            auto dataset = Dataset::open(chronology, &error);
            QVERIFY2(dataset, qPrintable(error));
            QCOMPARE(dataset->index().size(), 11);
        }
        // Another name than the certificate's, or another authority: refused, in one sentence.
        for (const QString &refused :
             {address(u"127.0.0.1"_s, u"chronology"_s, u"sslmode=verify-full&sslrootcert="_s + ca),
              address(u"localhost"_s, u"chronology"_s,
                      u"sslmode=verify-full&sslrootcert="_s + dir + u"/other-ca.crt"_s),
              address(u"localhost"_s, u"chronology"_s,
                      u"sslmode=verify-ca&sslrootcert="_s + dir + u"/other-ca.crt"_s)}) {
            EventStore store;
            QVERIFY2(!store.open(refused), qPrintable(refused));
            QVERIFY2(store.errorString().contains(u"secure connection"_s),
                     qPrintable(store.errorString()));
            QVERIFY(!store.errorString().contains(u'\n'));
        }
        // require encrypts without checking who answers; disable is refused by no one here.
        EventStore encrypted;
        QVERIFY2(encrypted.open(address(u"127.0.0.1"_s, u"chronology"_s, u"sslmode=require"_s)),
                 qPrintable(encrypted.errorString()));
        // Every other connection to it (the filter's, the editor's, the listener's) opens
        // path(): the parameters go with it, so none falls back to an unchecked connection.
        QVERIFY(encrypted.path().endsWith(u"?sslmode=require"_s));
    }

    void aLostConnectionIsSaidAndSurvived()
    {
        const QString url = newDatabase(u"lost"_s);
        QString error;
        QVERIFY(
            copyBetween(QStringLiteral(ENTENTE_BUNDLED_DB), {url, OutputKind::Database}, &error));
        EventStore store;
        QVERIFY(store.open(url));
        QCOMPARE(store.headlines({1}).size(), 1);
        QVERIFY(admin({u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                       "'%1' AND pid <> pg_backend_pid()"_s.arg(url.section(u'/', -1))}));
        bool read = true;
        for (int attempt = 0; attempt < 50 && read; ++attempt) {
            read = store.readEvents({1, 2}, [](Event &) { return true; });
            QTest::qWait(20);
        }
        QVERIFY(!read);
        QVERIFY2(store.errorString().contains(u"was lost"_s), qPrintable(store.errorString()));
        // Opening again is all it takes.
        QVERIFY(store.open(url));
        QCOMPARE(store.headlines({1}).size(), 1);
    }

    void commandLine()
    {
        const QString url = newDatabase(u"cli"_s, false);
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        CliResult r = cli({u"server-init"_s, url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"_reader (reader)"_s));
        r = cli({u"server-init"_s, url});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"already holds"_s));
        r = cli({u"copy"_s, bundled, u"--out"_s, url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"copy"_s, bundled, u"--out"_s, url});
        QCOMPARE(r.code, 3);
        const CliResult fromFile = cli({u"list"_s, u"--database"_s, bundled, u"--country"_s,
                                        u"KHM"_s, u"--search"_s, u"visit"_s});
        const CliResult fromServer = cli(
            {u"list"_s, u"--database"_s, url, u"--country"_s, u"KHM"_s, u"--search"_s, u"visit"_s});
        QCOMPARE(fromServer.code, 0);
        QVERIFY(!fromFile.out.isEmpty());
        QCOMPARE(fromServer.out, fromFile.out);
        QCOMPARE(fromServer.err, QString()); // checked data stays checked on the server
        r = cli({u"list"_s, u"--database"_s, u"postgresql://a:b@127.0.0.1/x"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"never holds a password"_s));
        r = cli({u"copy"_s, bundled});
        QCOMPARE(r.code, 2);
        const QString back = m_dir.filePath(u"cli-back.sqlite"_s);
        r = cli({u"copy"_s, url, u"--out"_s, back});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(everything(back), everything(bundled));
        r = cli({u"copy"_s, url, u"--out"_s, u"/proc/entente.sqlite"_s});
        QCOMPARE(r.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
