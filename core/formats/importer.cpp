// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/importer.h"

#include "domain/country.h"
#include "formats/importinput.h"
#include "index/dataset.h"
#include "index/textsearch.h"
#include "store/databasewriter.h"
#include "store/eventpipe.h"
#include "store/eventstore.h"
#include "store/eventwriter.h"
#include "store/fileguard.h"
#include "store/servercopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Import)
};

void addProblem(ImportReport *report, const ImportProblem &problem)
{
    ++report->problemCount;
    if (report->problems.size() < ImportReport::kMaxListedProblems)
        report->problems.append(problem);
}

// Opens the file and reads it through readEvents with progress by bytes.
bool readFile(const QString &file, const ImportOptions &options, const QList<Country> &countries,
              ImportReport *report, const std::function<bool(ImportedEvent &&)> &onEvent,
              QString *error, const ImportProgress &progress)
{
    const std::unique_ptr<ImportInput> input = ImportInput::open(file, error);
    if (!input)
        return false;
    // Every format Entente imports is UTF-8 text: a file in UTF-16 or UTF-32 would give a
    // problem on every line.
    if (const QString wide = wideTextEncoding(input->device().peek(4096)); !wide.isEmpty()) {
        *error = Text::tr("“%1” is %2 text, not UTF-8; save it as UTF-8 and import it again.")
                     .arg(QFileInfo(file).fileName(), wide);
        return false;
    }
    // Progress goes by the bytes of the file on disk: for a zip archive, those decompressed so
    // far (what the reader passes counts the text inside).
    const double size = std::max<qint64>(1, input->fileSize());
    ImportSink sink;
    sink.event = onEvent;
    sink.problem = [report](const ImportProblem &p) { addProblem(report, p); };
    sink.progress = [&](qint64) {
        if (progress && !progress(double(input->consumed()) / size)) {
            report->cancelled = true;
            return false;
        }
        return true;
    };
    const Format *format = options.format ? options.format : detectFormat(*input, file, error);
    if (!format || !readEvents(input->device(), *format, countries, options.filter, sink,
                               &report->filteredOut, error))
        return false;
    if (input->readFailed()) {
        *error = input->failure();
        return false;
    }
    if (report->cancelled) {
        *error = Text::tr("The import was cancelled; nothing was imported.");
        return false;
    }
    return true;
}

} // namespace

bool previewImport(const QString &file, const ImportOptions &options, int sampleSize,
                   ImportReport *report, QString *error, const ImportProgress &progress)
{
    *report = {};
    QString isoError;
    const QList<Country> countries = readIsoCountries(defaultIsoCountriesPath(), &isoError);
    if (countries.isEmpty()) {
        *error = isoError;
        return false;
    }
    return readFile(
        file, options, countries, report,
        [&](ImportedEvent &&e) {
            ++report->events;
            if (report->sample.size() < sampleSize)
                report->sample.append(std::move(e));
            return true;
        },
        error, progress);
}

namespace {

using Failure = ImportReport::Failure;

Failure failureOf(FileCheck::Verdict verdict)
{
    return verdict == FileCheck::Verdict::CannotWrite ? Failure::CannotWrite : Failure::BadInput;
}

// Starts a new database in \a writer: the ISO countries and a title. CannotWrite, BadInput (no
// country list) or None.
Failure startNewDatabase(DatabaseWriter &writer, const OutputTarget &target, const QString &title,
                         QString *error)
{
    const QList<Country> countries = readIsoCountries(defaultIsoCountriesPath(), error);
    if (countries.isEmpty())
        return Failure::BadInput;
    if (!writer.create(target) || !writer.insertCountries(countries)) {
        *error = writer.errorString();
        return failureOf(writer.failure());
    }
    QSqlQuery q(writer.database());
    q.prepare(u"INSERT INTO meta (key, value) VALUES ('title', ?), ('created_by', ?)"_s);
    q.addBindValue(title.isEmpty() ? QFileInfo(target.path).completeBaseName() : title);
    q.addBindValue(QString(u"Entente "_s + QCoreApplication::applicationVersion()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return Failure::CannotWrite;
    }
    return Failure::None;
}

// Starts the import's target in \a writer: a copy of the user's database (checked like any open:
// Entente's, not newer), or a new one.
Failure startTarget(DatabaseWriter &writer, const OutputTarget &target, QString *error)
{
    if (!QFileInfo::exists(target.path)) {
        const Failure failure = startNewDatabase(writer, target, QString(), error);
        // Made by another import meanwhile (the writer waited for its lock): a new database
        // would replace the one it just filled. Into that one instead, under the lock again.
        if (failure != Failure::None || !QFileInfo::exists(target.path))
            return failure;
        writer.abandon();
    }
    EventStore store;
    if (!store.open(target.path)) {
        *error = store.errorString();
        return Failure::BadInput;
    }
    store.close();
    if (!writer.createFrom(target.path, target)) {
        *error = writer.errorString();
        return failureOf(writer.failure());
    }
    return Failure::None;
}

// The countries the database knows: what a file's countries (codes or names) are checked against.
QList<Country> databaseCountries(const QSqlDatabase &db)
{
    QList<Country> countries;
    QSqlQuery query(db);
    query.exec(u"SELECT alpha3, name, common_name, official_name FROM country"_s);
    while (query.next()) {
        Country c;
        c.alpha3 = query.value(0).toString();
        c.name = query.value(1).toString();
        c.commonName = query.value(2).toString();
        c.officialName = query.value(3).toString();
        countries.append(c);
    }
    return countries;
}

QString problemsSentence(qint64 count)
{
    return Text::tr("The file has %Ln problem(s); nothing was imported.", nullptr, int(count));
}

} // namespace

bool createEmptyDatabase(const OutputTarget &target, const QString &title, QString *error)
{
    DatabaseWriter writer;
    if (startNewDatabase(writer, target, title, error) != Failure::None)
        return false;
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

namespace {

// An import into a server's Entente database: while every other writer waits, the server's
// events are copied into a private file, the file is imported into that copy by the same importer
// (the same checks and merging of sources, topics and types), and the result replaces the
// server's rows in the same transaction. Readers see the old rows until the commit; a problem, a
// cancel or a lost connection leaves the server as it was.
bool importIntoServer(const QString &file, const ImportOptions &options, const QString &address,
                      ImportReport *report, QString *error, const ImportProgress &progress)
{
    auto failWith = [&](Failure failure, const QString &message) {
        report->failure = failure;
        *error = message;
        return false;
    };
    if (FileCheck check = checkInputFile(file); !check.ok())
        return failWith(Failure::BadInput, check.message);
    EventStore server;
    if (!server.open(address, EventStore::OpenMode::ReadWrite))
        return failWith(Failure::BadInput, server.errorString());
    if (!lockServerForReplacing(server, error))
        return failWith(Failure::CannotWrite, *error);
    auto rollback = qScopeGuard([&] { server.database().rollback(); });
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("server.sqlite"));
    // The copy and the replacement are a fifth of the work each; the import the rest.
    auto part = [&](double from, double span) {
        return [&progress, from, span](qint64 done, qint64 total) {
            return !progress ||
                   progress(from + span * double(done) / double(std::max<qint64>(total, 1)));
        };
    };
    if (!scratch.isValid() ||
        !copyBetween(address, {copy, OutputKind::Database}, error, part(0, 0.2)))
        return failWith(Failure::CannotWrite, *error);
    const bool imported = importEvents(file, options, copy, report, error, [&](double f) {
        return !progress || progress(0.2 + 0.6 * f);
    });
    if (!imported)
        return false;
    if (!replaceServerRows(server, copy, error, part(0.8, 0.2)))
        return failWith(Failure::CannotWrite, *error);
    rollback.dismiss();
    if (!server.database().commit())
        return failWith(Failure::CannotWrite,
                        serverErrorSentence(server.database().lastError(),
                                            *parseServerAddress(address, error)));
    settleServerSummary(server.database());
    return true;
}

} // namespace

bool importEvents(const QString &file, const ImportOptions &options, const QString &database,
                  ImportReport *report, QString *error, const ImportProgress &progress)
{
    *report = {};
    if (isServerAddress(database))
        return importIntoServer(file, options, database, report, error, progress);
    auto failWith = [&](Failure failure, const QString &message) {
        report->failure = failure;
        *error = message;
        return false;
    };
    // Never into the file being read, the bundled dataset, or anything but an Entente database.
    const OutputTarget target{database, OutputKind::Database, {file}, true};
    if (FileCheck check = checkOutputFile(target); !check.ok())
        return failWith(failureOf(check.verdict), check.message);
    if (FileCheck check = checkInputFile(file); !check.ok())
        return failWith(Failure::BadInput, check.message);
    DatabaseWriter writer;
    writer.setBulkWrite(true);
    writer.setWaitingForLock(options.onWaitingForLock);
    if (const Failure failure = startTarget(writer, target, error); failure != Failure::None)
        return failWith(failure, *error);
    const QList<Country> countries = databaseCountries(writer.database());
    // Its statements must be gone before the writer closes the connection in finish().
    auto events = std::make_unique<EventWriter>(writer.database());
    if (!events->prepare(error))
        return failWith(Failure::CannotWrite, *error);
    // The file is read (and its text folded for search) on another thread, and the events written
    // on this one, the connection's: the two take the two cores. Only the reading thread touches
    // the report and \a error until it has finished.
    EventPipe pipe;
    bool read = false;
    std::unique_ptr<QThread> reading(QThread::create([&] {
        auto write = [&](ImportedEvent &&e) {
            // After a problem nothing more is written (unless problems are skipped), but the
            // file is read on so that every problem is listed.
            ++report->events;
            if (report->problemCount > 0 && !options.skipProblems)
                return true;
            EventWriter::foldText(e);
            return pipe.push(std::move(e));
        };
        read = readFile(file, options, countries, report, write, error, progress);
        pipe.close();
    }));
    reading->start();
    QString writeError;
    std::vector<ImportedEvent> batch;
    bool written = true;
    while (written && pipe.pop(&batch)) {
        for (const ImportedEvent &e : batch) {
            if (!(written = events->insert(e, &writeError)))
                break;
        }
    }
    if (!written)
        pipe.stop(); // the reader stops at its next event
    reading->wait();
    if (!writeError.isEmpty())
        return failWith(Failure::CannotWrite,
                        Text::tr("Writing failed at %1; nothing was imported.").arg(writeError));
    if (!read)
        return failWith(report->cancelled ? Failure::None : Failure::BadInput, *error);
    if (report->problemCount > 0 && !options.skipProblems)
        return failWith(Failure::BadInput, problemsSentence(report->problemCount));
    events.reset();
    // Imported events are no one's checked facts: a database that held only checked ones (a copy
    // of the bundled data) no longer does, and says so wherever its events are shown.
    if (report->events > 0 && !writer.exec(u"UPDATE meta SET value = '0' WHERE key = 'checked'"_s))
        return failWith(Failure::CannotWrite, writer.errorString());
    writer.setDerivedDataWritten(true);
    if (!writer.finish())
        return failWith(failureOf(writer.failure()), writer.errorString());
    return true;
}

} // namespace entente::core
