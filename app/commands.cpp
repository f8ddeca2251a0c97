// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "chartdata.h"
#include "charts.h"
#include "dataset.h"
#include "dataexport.h"
#include "imageexport.h"
#include "importer.h"
#include "eventfilter.h"
#include "generator.h"
#include "exitcodes.h"
#include "fileguard.h"

#include <QApplication>
#include <QChart>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace entente::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("entente::app", text);
}

QCommandLineOption databaseOption()
{
    return {u"database"_s, tr("The Entente database to read (default: the bundled dataset)."),
            u"FILE"_s};
}

QCommandLineOption forceOption()
{
    return {u"force"_s, tr("Replace --out even when it exists and is not a file of the kind written.")};
}

// Whether the command may write \a target; 0 when it may, else the exit code after one sentence
// on \a err (with \a command's name). Every file a command writes is checked here first, and
// again by the writer itself.
int refuseOutput(QTextStream &err, const QString &command, const core::OutputTarget &target)
{
    const core::FileCheck check = core::checkOutputFile(target);
    using V = core::FileCheck::Verdict;
    switch (check.verdict) {
    case V::Ok:
        return ExitOk;
    case V::NeedsConfirmation:
        err << "entente " << command << ": " << check.message << ' ' << tr("Give --force to replace it.") << '\n';
        return ExitBadInput;
    case V::Refused:
    case V::CannotRead:
        err << "entente " << command << ": " << check.message << '\n';
        return ExitBadInput;
    case V::CannotWrite:
        break;
    }
    err << "entente " << command << ": " << check.message << '\n';
    return ExitCannotWrite;
}

// --from and --to, as EDTF dates, the period not ending before it starts.
bool readPeriodOptions(const QCommandLineParser &parser, core::PartialDate *from, core::PartialDate *to, QString *error)
{
    for (const auto &[name, target] : {std::pair{u"from"_s, from}, std::pair{u"to"_s, to}}) {
        if (!parser.isSet(name))
            continue;
        QString dateError;
        const auto date = core::PartialDate::fromEdtf(parser.value(name), &dateError);
        if (!date) {
            *error = u"--"_s + name + u": "_s + dateError;
            return false;
        }
        *target = *date;
    }
    if (!from->isUndated() && !to->isUndated() && to->upperBound() < from->lowerBound()) {
        *error = tr("the period ends (--to) before it starts (--from).");
        return false;
    }
    return true;
}

// --country values against \a countries: codes or names, with close matches suggested.
bool readCountryOptions(const QCommandLineParser &parser, const QList<core::Country> &countries, QStringList *codes,
                        QString *error)
{
    for (const QString &text : parser.values(u"country"_s)) {
        QStringList suggestions;
        const qsizetype i = core::findCountry(countries, text, &suggestions);
        if (i < 0) {
            *error = suggestions.isEmpty()
                         ? tr("unknown country “%1”.").arg(text)
                         : tr("unknown country “%1”; did you mean %2?").arg(text, suggestions.join(u", "_s));
            return false;
        }
        codes->append(countries[i].alpha3);
    }
    return true;
}

// The filter options every headless command takes, meaning what the filter panel means.
void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({u"country"_s, tr("Only events involving this country (ISO alpha-2 or alpha-3 code, or name). Repeat for several."), u"CODE"_s});
    parser.addOption({u"all-countries"_s, tr("With several --country: only events involving all of them (e.g. bilateral events), not any.")});
    parser.addOption({u"topic"_s, tr("Only events with this topic (slug or name). Repeat for any of several."), u"TOPIC"_s});
    parser.addOption({u"type"_s, tr("Only events of this type (CAMEO code such as 057, or entente:…). Repeat for any of several."), u"CODE"_s});
    parser.addOption({u"from"_s, tr("Only events reaching into the period from this date on (EDTF: 2014, 2022-04, 2022-06-01)."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("Only events reaching into the period up to this date (EDTF)."), u"DATE"_s});
    parser.addOption({u"search"_s, tr("Only events whose title or summary has all these words (prefixes; accents ignored)."), u"TEXT"_s});
}

// Reads the filter options against \a index; false with one sentence in \a error when one is wrong.
bool readFilterOptions(const QCommandLineParser &parser, const core::EventIndex &index, core::EventFilter *filter,
                       QString *error)
{
    if (!readCountryOptions(parser, index.countries(), &filter->countries, error))
        return false;
    filter->countryMode = parser.isSet(u"all-countries"_s) ? core::EventFilter::CountryMode::All
                                                          : core::EventFilter::CountryMode::Any;
    for (const QString &text : parser.values(u"topic"_s)) {
        QStringList suggestions;
        const qsizetype i = core::findTopic(index.topics(), text, &suggestions);
        if (i < 0) {
            *error = tr("unknown topic “%1”; did you mean %2?").arg(text, suggestions.join(u", "_s));
            return false;
        }
        filter->topics.append(index.topics()[i].slug);
    }
    for (const QString &code : parser.values(u"type"_s)) {
        const bool known = std::any_of(index.eventTypes().begin(), index.eventTypes().end(),
                                       [&](const core::EventType &t) { return t.code == code; });
        if (!known) {
            QStringList codes;
            for (const core::EventType &t : index.eventTypes())
                codes.append(t.code);
            *error = tr("unknown event type “%1”; the types are: %2.").arg(code, codes.join(u", "_s));
            return false;
        }
        filter->eventTypes.append(code);
    }
    if (!readPeriodOptions(parser, &filter->from, &filter->to, error))
        return false;
    filter->text = parser.value(u"search"_s);
    return true;
}

// `entente list`: every event, one line each, tab-separated, in date order.
int listEvents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the events the filter options select (all by default) in date order, one per "
           "line, tab-separated: EDTF date, date as stated, title, countries (ISO alpha-3), topics."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    addFilterOptions(parser);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "entente list: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "entente list: " << tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()) << '\n';
        return ExitBadInput;
    }
    const QString path = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                      : core::bundledDatabasePath();
    QString error;
    auto dataset = core::Dataset::open(path, &error);
    if (!dataset) {
        err << "entente list: " << error << '\n';
        return ExitBadInput;
    }
    const core::EventIndex &index = dataset->index();
    core::EventFilter filter;
    if (!readFilterOptions(parser, index, &filter, &error)) {
        err << "entente list: " << error << '\n';
        return ExitBadInput;
    }
    const auto result = core::applyFilter(index, &dataset->store(), filter, &error);
    if (!result) {
        err << "entente list: " << error << '\n';
        return ExitBadInput;
    }
    QList<qint64> ids;
    for (qint32 pos : result->positions)
        ids.append(index.id(pos));
    QHash<qint64, core::EventHeadline> headlines;
    for (const core::EventHeadline &h : dataset->store().headlines(ids))
        headlines.insert(h.id, h);
    QTextStream out(stdout);
    const QLocale english(QLocale::English);
    for (qint32 pos : result->positions) {
        const core::EventHeadline h = headlines.value(index.id(pos));
        QStringList countries, topics;
        for (quint16 ref : index.countriesAt(pos))
            countries.append(index.countries()[ref].alpha3);
        for (quint16 ref : index.topicsAt(pos))
            topics.append(index.topics()[ref].slug);
        const QString stated = h.dateText(english);
        out << h.date.toEdtf() << '\t' << stated << '\t' << h.title << '\t'
            << countries.join(u',') << '\t' << topics.join(u',') << '\n';
    }
    return ExitOk;
}

// `entente generate`: a synthetic database, deterministic for a seed.
int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a synthetic Entente database, marked as synthetic, "
                                        "the same for the same seed."));
    parser.addHelpOption();
    parser.addOption({u"events"_s, tr("How many events (default 10000)."), u"N"_s, u"10000"_s});
    parser.addOption({u"seed"_s, tr("Seed of the random generator (default 1)."), u"S"_s, u"1"_s});
    parser.addOption({u"out"_s, tr("The database to write; replaced only when complete."), u"FILE"_s});
    parser.addOption({u"iso"_s, tr("ISO 3166-1 JSON of iso-codes."), u"FILE"_s, core::defaultIsoCountriesPath()});
    parser.addOption(forceOption());
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "entente generate: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    bool eventsOk = false, seedOk = false;
    core::GeneratorOptions options;
    options.events = parser.value(u"events"_s).toLongLong(&eventsOk);
    options.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!eventsOk || options.events < 0 || !seedOk) {
        err << "entente generate: " << tr("--events and --seed take whole numbers (0 or more).") << '\n';
        return ExitBadInput;
    }
    if (options.events > core::kMaxGeneratedEvents) {
        err << "entente generate: " << tr("--events takes at most %L1.").arg(core::kMaxGeneratedEvents) << '\n';
        return ExitBadInput;
    }
    if (!parser.isSet(u"out"_s)) {
        err << "entente generate: " << tr("give the database to write with --out FILE.") << '\n';
        return ExitBadInput;
    }
    const QString out = parser.value(u"out"_s);
    const core::OutputTarget target{out, core::OutputKind::Database, {parser.value(u"iso"_s)}, parser.isSet(u"force"_s)};
    if (const int refused = refuseOutput(err, u"generate"_s, target))
        return refused;
    QString error;
    const QList<core::Country> countries = core::readIsoCountries(parser.value(u"iso"_s), &error);
    if (countries.isEmpty()) {
        err << "entente generate: " << error << '\n';
        return ExitBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    if (!core::generateDatabase(target, countries, options, &error)) {
        err << "entente generate: " << error << '\n';
        return ExitCannotWrite;
    }
    QTextStream(stdout) << tr("Wrote %1 synthetic events to %2 in %3 s.")
                               .arg(options.events)
                               .arg(out)
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << '\n';
    return ExitOk;
}


// `entente export`: a chart or the timeline as an image, drawn as the GUI draws it, no display needed.
int exportFigure(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a chart of the events the filter options select, or their timeline, as an image.\n"
           "Exit codes: 0 written, 2 bad arguments or nothing to draw, 3 the file could not be written."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addOption({u"chart"_s, tr("What to draw: per-year, per-country, topics, observations or timeline."), u"KIND"_s});
    parser.addOption({u"format"_s, tr("png, jpeg, svg or pdf (default: from the --out suffix)."), u"FORMAT"_s});
    parser.addOption({u"width"_s, tr("Width in pixels (default 1600)."), u"W"_s, u"1600"_s});
    parser.addOption({u"height"_s, tr("Height in pixels (default 900)."), u"H"_s, u"900"_s});
    parser.addOption({u"scale"_s, tr("PNG and JPEG: pixels per figure pixel, 1 to 4 (default 1)."), u"S"_s, u"1"_s});
    parser.addOption({u"dpi"_s, tr("PDF: dots per inch; the page is width/dpi by height/dpi inches (default 300)."), u"DPI"_s, u"300"_s});
    parser.addOption({u"title"_s, tr("The title above the figure (default: the chart's name)."), u"TEXT"_s});
    parser.addOption({u"caption"_s, tr("Add a caption with the filter in plain language and the sources.")});
    parser.addOption({u"transparent"_s, tr("PNG: no background.")});
    parser.addOption({u"lanes"_s, tr("Timeline: lanes by countries or topics (default countries)."), u"BY"_s, u"countries"_s});
    parser.addOption({u"out"_s, tr("The image to write; an existing file is replaced only when the new one is complete."), u"FILE"_s});
    parser.addOption(forceOption());
    addFilterOptions(parser);
    QTextStream err(stderr);
    auto fail = [&err](int code, const QString &message) {
        err << "entente export: " << message << '\n';
        return code;
    };
    if (!parser.parse(arguments))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitBadInput, tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    const auto kind = ui::chartKindFromKey(parser.value(u"chart"_s));
    if (!kind)
        return fail(ExitBadInput, tr("give what to draw with --chart per-year, per-country, topics, observations or timeline."));
    if (!parser.isSet(u"out"_s))
        return fail(ExitBadInput, tr("give the image to write with --out FILE."));
    const QString out = parser.value(u"out"_s);
    const QString path = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : core::bundledDatabasePath();
    const core::OutputTarget target{out, core::OutputKind::Image, {path}, parser.isSet(u"force"_s)};
    if (const int refused = refuseOutput(err, u"export"_s, target))
        return refused;
    const QString formatName = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : QFileInfo(out).suffix();
    const auto format = ui::imageFormatFromName(formatName);
    if (!format)
        return fail(ExitBadInput, tr("unknown format “%1”; use --format png, jpeg, svg or pdf.").arg(formatName));
    ui::FigureOptions options;
    options.format = *format;
    bool widthOk = false, heightOk = false, scaleOk = false, dpiOk = false;
    options.size = QSize(parser.value(u"width"_s).toInt(&widthOk), parser.value(u"height"_s).toInt(&heightOk));
    options.scale = parser.value(u"scale"_s).toDouble(&scaleOk);
    options.dpi = parser.value(u"dpi"_s).toInt(&dpiOk);
    if (!widthOk || !heightOk || !scaleOk || !dpiOk)
        return fail(ExitBadInput, tr("--width, --height and --dpi take whole numbers, --scale a number."));
    options.transparent = parser.isSet(u"transparent"_s);
    if (const QString invalid = options.validate(); !invalid.isEmpty())
        return fail(ExitBadInput, invalid);
    const QString lanes = parser.value(u"lanes"_s);
    if (lanes != "countries"_L1 && lanes != "topics"_L1)
        return fail(ExitBadInput, tr("--lanes takes countries or topics."));

    QString error;
    auto dataset = core::Dataset::open(path, &error);
    if (!dataset)
        return fail(ExitBadInput, error);
    const core::EventIndex &index = dataset->index();
    core::EventFilter filter;
    if (!readFilterOptions(parser, index, &filter, &error))
        return fail(ExitBadInput, error);
    auto filtered = core::applyFilter(index, &dataset->store(), filter, &error);
    if (!filtered)
        return fail(ExitBadInput, error);
    const auto result = std::make_shared<const core::FilterResult>(std::move(*filtered));
    const core::EventCharts charts = core::eventCharts(index, result->positions);
    const core::ObservationsChart observations = core::observationsOverTime(dataset->store().observations(), filter);

    const QPalette palette = QApplication::palette();
    const QFont font = QApplication::font();
    ui::PaintFunction paint;
    if (*kind == ui::ChartKind::Timeline) {
        if (result->datedCount == 0)
            return fail(ExitBadInput, tr("nothing to draw: no dated events match the filter."));
        ui::TimelineExport what;
        what.laneMode = lanes == "topics"_L1 ? core::LaneMode::Topics : core::LaneMode::Countries;
        paint = ui::timelinePainter(*dataset, result, what, palette, font);
    } else {
        if (ui::isChartEmpty(*kind, charts, observations)) {
            return fail(ExitBadInput, *kind == ui::ChartKind::Observations
                                          ? tr("nothing to draw: no observations match the filter.")
                                          : tr("nothing to draw: no events match the filter."));
        }
        std::shared_ptr<QChart> chart(ui::createChart(*kind, charts, observations, palette));
        paint = ui::chartPainter(chart, ui::chartNote(*kind, charts, observations), palette);
    }
    options.title = parser.isSet(u"title"_s) ? parser.value(u"title"_s) : ui::chartTitle(*kind, &charts.perYear);
    if (parser.isSet(u"caption"_s))
        options.caption = ui::figureCaption(*dataset, filter, *result, *kind == ui::ChartKind::Observations);
    if (!ui::writeFigure(target, options, palette, font, paint, &error))
        return fail(ExitCannotWrite, error);
    QTextStream(stdout) << tr("Wrote %1 (%2 × %3 pixels%4).")
                               .arg(out)
                               .arg(options.size.width())
                               .arg(options.size.height())
                               .arg(options.scale != 1 && (*format == ui::ImageFormat::Png || *format == ui::ImageFormat::Jpeg)
                                        ? tr(" at %1×").arg(options.scale)
                                        : QString())
                        << '\n';
    return ExitOk;
}

// `entente import`: events of a file into a database of the user's, all or nothing.
int importFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the events of FILE into the Entente database DB (created when missing), all or nothing: "
           "a file with problems imports nothing unless --skip-problems, and every problem is listed.\n"
           "Formats: entente-csv, entente-json, timelinejs, timeline, gdelt1, gdelt2 (detected when not given).\n"
           "Exit codes: 0 imported, 2 bad arguments or a file with problems, 3 the database could not be written."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, tr("The file to import."));
    parser.addOption({u"into"_s, tr("The database to import into; created when there is none."), u"DB"_s});
    parser.addOption({u"format"_s, tr("The file's format (default: detected)."), u"FORMAT"_s});
    parser.addOption({u"country"_s, tr("Only events involving this country (ISO alpha-2 or alpha-3 code, or name). Repeat for any of several."), u"CODE"_s});
    parser.addOption({u"from"_s, tr("Only events reaching into the period from this date on (EDTF)."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("Only events reaching into the period up to this date (EDTF)."), u"DATE"_s});
    parser.addOption({u"root-code"_s, tr("GDELT: only events of this CAMEO root code (04 consult, …). Repeat for several."), u"CODE"_s});
    parser.addOption({u"skip-problems"_s, tr("Import the good events of a file that has problems, leaving the others out.")});
    QTextStream err(stderr);
    auto fail = [&err](int code, const QString &message) {
        err << "entente import: " << message << '\n';
        return code;
    };
    if (!parser.parse(arguments))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(ExitBadInput, tr("give one file to import."));
    if (!parser.isSet(u"into"_s))
        return fail(ExitBadInput, tr("give the database to import into with --into DB."));
    const QString file = parser.positionalArguments().front();
    QString error;
    core::ImportOptions options;
    if (parser.isSet(u"format"_s)) {
        const auto format = core::importFormatFromKey(parser.value(u"format"_s));
        if (!format)
            return fail(ExitBadInput, tr("unknown format “%1”; the formats are entente-csv, entente-json, timelinejs, "
                                         "timeline, gdelt1 and gdelt2.").arg(parser.value(u"format"_s)));
        options.format = *format;
    } else {
        const auto format = core::detectImportFormat(file, &error);
        if (!format)
            return fail(ExitBadInput, error);
        options.format = *format;
    }
    // The same validation as the filter options of `list`: an import that a typo filters down to
    // nothing would still rewrite the target.
    const QList<core::Country> countries = core::readIsoCountries(core::defaultIsoCountriesPath(), &error);
    if (countries.isEmpty())
        return fail(ExitBadInput, error);
    if (!readCountryOptions(parser, countries, &options.filter.countries, &error)
        || !readPeriodOptions(parser, &options.filter.from, &options.filter.to, &error))
        return fail(ExitBadInput, error);
    for (const QString &root : parser.values(u"root-code"_s)) {
        if (core::cameoRootName(root).isEmpty())
            return fail(ExitBadInput, tr("unknown CAMEO root code “%1”; the root codes are 01 to 20.").arg(root));
        options.filter.rootCodes.append(root);
    }
    options.skipProblems = parser.isSet(u"skip-problems"_s);
    const QString into = parser.value(u"into"_s);
    options.onWaitingForLock = [&err, into] {
        err << "entente import: " << tr("another import into “%1” is running; waiting for it to finish…").arg(into) << '\n';
        err.flush();
    };
    core::ImportReport report;
    QElapsedTimer timer;
    timer.start();
    const bool imported = core::importEvents(file, options, into, &report, &error);
    for (const core::ImportProblem &p : std::as_const(report.problems))
        err << "entente import: " << (p.where.isEmpty() ? QString() : p.where + u": "_s) << p.reason << ".\n";
    if (report.problemCount > report.problems.size())
        err << "entente import: " << tr("… and %1 more problems.").arg(report.problemCount - report.problems.size()) << '\n';
    if (!imported) {
        return fail(report.failure == core::ImportReport::Failure::CannotWrite ? ExitCannotWrite : ExitBadInput, error);
    }
    QTextStream(stdout) << (report.events == 1 ? tr("Imported 1 event from %2 (%3) into %4 in %5 s.")
                                               : tr("Imported %1 events from %2 (%3) into %4 in %5 s.").arg(report.events))
                               .arg(QFileInfo(file).fileName(), core::importFormatName(options.format), into)
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    if (report.filteredOut > 0)
        QTextStream(stdout) << ' ' << (report.filteredOut == 1 ? tr("1 event was left out by the filter.")
                                                               : tr("%1 events were left out by the filter.").arg(report.filteredOut));
    if (report.problemCount > 0)
        QTextStream(stdout) << ' ' << (report.problemCount == 1 ? tr("1 row with a problem was skipped.")
                                                                : tr("%1 rows with problems were skipped.").arg(report.problemCount));
    QTextStream(stdout) << '\n';
    return ExitOk;
}

// `entente export-data`: the selected events as a file Entente (or TimelineJS) reads.
int exportData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the events the filter options select (all by default) as entente-csv, entente-json or timelinejs.\n"
           "Exit codes: 0 written, 2 bad arguments or database, 3 the file could not be written."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addOption({u"format"_s, tr("entente-csv, entente-json or timelinejs."), u"FORMAT"_s});
    parser.addOption({u"out"_s, tr("The file to write; an existing file is replaced only when the new one is complete."), u"FILE"_s});
    parser.addOption(forceOption());
    addFilterOptions(parser);
    QTextStream err(stderr);
    auto fail = [&err](int code, const QString &message) {
        err << "entente export-data: " << message << '\n';
        return code;
    };
    if (!parser.parse(arguments))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitBadInput, tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    const auto format = core::dataExportFormatFromKey(parser.value(u"format"_s));
    if (!format)
        return fail(ExitBadInput, tr("give the format with --format entente-csv, entente-json or timelinejs."));
    if (!parser.isSet(u"out"_s))
        return fail(ExitBadInput, tr("give the file to write with --out FILE."));
    const QString path = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : core::bundledDatabasePath();
    const core::OutputTarget target{parser.value(u"out"_s), core::OutputKind::DataFile, {path}, parser.isSet(u"force"_s)};
    if (const int refused = refuseOutput(err, u"export-data"_s, target))
        return refused;
    QString error;
    auto dataset = core::Dataset::open(path, &error);
    if (!dataset)
        return fail(ExitBadInput, error);
    core::EventFilter filter;
    if (!readFilterOptions(parser, dataset->index(), &filter, &error))
        return fail(ExitBadInput, error);
    const auto result = core::applyFilter(dataset->index(), &dataset->store(), filter, &error);
    if (!result)
        return fail(ExitBadInput, error);
    QList<qint64> ids;
    ids.reserve(qsizetype(result->positions.size()));
    for (qint32 pos : result->positions)
        ids.append(dataset->index().id(pos));
    qsizetype leftOut = 0;
    if (!core::exportEvents(dataset->store(), ids, *format, target, dataset->title(), &error, {}, &leftOut))
        return fail(ExitCannotWrite, error);
    const qsizetype written = ids.size() - leftOut;
    QTextStream(stdout) << (written == 1 ? tr("Wrote 1 event to %1.").arg(parser.value(u"out"_s))
                                         : tr("Wrote %1 events to %2.").arg(written).arg(parser.value(u"out"_s)));
    if (leftOut > 0)
        QTextStream(stdout) << ' ' << tr("%1 undated events were left out: TimelineJS cannot show them.").arg(leftOut);
    QTextStream(stdout) << '\n';
    return ExitOk;
}

} // namespace

bool needsGuiApplication(const QString &name)
{
    return name == "export"_L1;
}

bool isHeadlessCommand(const QString &name)
{
    return name == "list"_L1 || name == "generate"_L1 || name == "export"_L1 || name == "import"_L1
           || name == "export-data"_L1;
}

int runHeadlessCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "entente --option …"
    if (command == "list"_L1)
        return listEvents(rest);
    if (command == "generate"_L1)
        return generate(rest);
    if (command == "export"_L1)
        return exportFigure(rest);
    if (command == "import"_L1)
        return importFile(rest);
    if (command == "export-data"_L1)
        return exportData(rest);
    QTextStream(stderr) << "entente: " << tr("unknown command “%1”.").arg(command) << '\n';
    return ExitBadInput;
}

} // namespace entente::app
