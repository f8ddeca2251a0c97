// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "editcommands.h"
#include "extractcommand.h"

#include "charts.h"
#include "exitcodes.h"
#include "formats/dataexport.h"
#include "formats/format.h"
#include "formats/importer.h"
#include "imageexport.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "maths/chartdata.h"
#include "store/fileguard.h"
#include "store/generator.h"
#include "store/servercopy.h"
#include "store/serversummary.h"

#include <QApplication>
#include <QChart>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace entente::app {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::app)
};

QCommandLineOption databaseOption()
{
    return {u"database"_s,
            Text::tr("The Entente database to read (default: the bundled dataset): a file, or a "
                     "server as postgresql://[user@]host[:port]/database."),
            u"DB"_s};
}

QCommandLineOption forceOption()
{
    return {u"force"_s,
            Text::tr("Replace --out even when it exists and is not a file of the kind written, "
                     "or is a database with events of your own.")};
}

// --from and --to, as EDTF dates, the period not ending before it starts.
bool readPeriodOptions(const QCommandLineParser &parser, core::PartialDate *from,
                       core::PartialDate *to, QString *error)
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
        *error = Text::tr("the period ends (--to) before it starts (--from).");
        return false;
    }
    return true;
}

// --country values against \a countries: codes or names, with close matches suggested.
bool readCountryOptions(const QCommandLineParser &parser, const QList<core::Country> &countries,
                        QStringList *codes, QString *error)
{
    for (const QString &text : parser.values(u"country"_s)) {
        QStringList suggestions;
        const qsizetype i = core::findCountry(countries, text, &suggestions);
        if (i < 0) {
            *error = suggestions.isEmpty() ? Text::tr("unknown country “%1”.").arg(text)
                                           : Text::tr("unknown country “%1”; did you mean %2?")
                                                 .arg(text, suggestions.join(u", "_s));
            return false;
        }
        codes->append(countries[i].alpha3);
    }
    return true;
}

// --from and --to: the period, as the filter panel's period fields mean it.
void addPeriodOptions(QCommandLineParser &parser)
{
    parser.addOption({u"from"_s,
                      Text::tr("Only events reaching into the period from this date on (EDTF: "
                               "2014, 2022-04, 2022-06-01)."),
                      u"DATE"_s});
    parser.addOption({u"to"_s,
                      Text::tr("Only events reaching into the period up to this date (EDTF)."),
                      u"DATE"_s});
}

// The filter options every headless command takes, meaning what the filter panel means.
void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({u"country"_s,
                      Text::tr("Only events involving this country (ISO alpha-2 or alpha-3 code, "
                               "or name). Repeat for several."),
                      u"CODE"_s});
    parser.addOption(
        {u"all-countries"_s, Text::tr("With several --country: only events involving all of them "
                                      "(e.g. bilateral events), not any.")});
    parser.addOption({u"unreviewed"_s, Text::tr("Only events no person has reviewed yet "
                                                "(proposed from a report by entente extract).")});
    parser.addOption(
        {u"topic"_s,
         Text::tr("Only events with this topic (slug or name). Repeat for any of several."),
         u"TOPIC"_s});
    parser.addOption({u"type"_s,
                      Text::tr("Only events of this type (CAMEO code such as 057, or entente:…). "
                               "Repeat for any of several."),
                      u"CODE"_s});
    addPeriodOptions(parser);
    parser.addOption(
        {u"search"_s,
         Text::tr(
             "Only events whose title or summary has all these words (prefixes; accents ignored)."),
         u"TEXT"_s});
}

// Reads the filter options against \a index; false with one sentence in \a error when one is wrong.
bool readFilterOptions(const QCommandLineParser &parser, const core::EventIndex &index,
                       core::EventFilter *filter, QString *error)
{
    if (!readCountryOptions(parser, index.countries(), &filter->countries, error))
        return false;
    filter->countryMode = parser.isSet(u"all-countries"_s) ? core::EventFilter::CountryMode::All
                                                           : core::EventFilter::CountryMode::Any;
    filter->unreviewedOnly = parser.isSet(u"unreviewed"_s);
    for (const QString &text : parser.values(u"topic"_s)) {
        QStringList suggestions;
        const qsizetype i = core::findTopic(index.topics(), text, &suggestions);
        if (i < 0) {
            *error = Text::tr("unknown topic “%1”; did you mean %2?")
                         .arg(text, suggestions.join(u", "_s));
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
            *error = Text::tr("unknown event type “%1”; the types are: %2.")
                         .arg(code, codes.join(u", "_s));
            return false;
        }
        filter->eventTypes.append(code);
    }
    if (!readPeriodOptions(parser, &filter->from, &filter->to, error))
        return false;
    filter->text = parser.value(u"search"_s);
    return true;
}

// --- the command table and what every command shares -------------------------------------------

struct Context;

/*! One headless command: one entry of the table below (git's commands[] is the model). */
struct Command
{
    const char *name;
    const char *summary;     //!< one line for `entente --help` (translated)
    const char *description; //!< the command's own --help text (translated)
    bool drawsImages;        //!< needs a QApplication (on the offscreen platform: no display)
    bool readsDatabase;      //!< takes --database and the filter options
    const char *positional;  //!< the one positional argument it takes ("FILE"), or nullptr
    const char
        *positionalHelp; //!< what that argument is (translated), and what is missing without it
    const char *positionalMissing;
    void (*addOptions)(QCommandLineParser &parser);
    int (*run)(Context &context);
};

/*! What a command's run function gets: the parsed options, stderr, and the shared steps. */
struct Context
{
    explicit Context(const Command &c) : command(c) {}

    const Command &command;
    QCommandLineParser parser;
    QTextStream err{stderr};
    QTextStream out{stdout};
    // Filled by openFiltered():
    std::unique_ptr<core::Dataset> dataset;
    core::EventFilter filter;
    std::shared_ptr<const core::FilterResult> result;

    /*! One sentence on stderr, "entente NAME: …", and \a code to return. */
    int fail(int code, const QString &message)
    {
        err << "entente " << command.name << ": " << message << '\n';
        return code;
    }

    QString databasePath() const
    {
        return parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                           : core::bundledDatabasePath();
    }

    /*!
     * Whether the command may write \a target: ExitOk, or the exit code after one sentence. Every
     * file a command writes is checked here first, and again by the writer itself.
     */
    int refuseOutput(const core::OutputTarget &target)
    {
        const core::FileCheck check = core::checkOutputFile(target);
        using V = core::FileCheck::Verdict;
        switch (check.verdict) {
        case V::Ok:
            return holdsOwnEvents(target)
                       ? fail(ExitBadInput,
                              Text::tr("“%1” is a database with events of your own; give --force "
                                       "to replace it.")
                                  .arg(target.path))
                       : ExitOk;
        case V::NeedsConfirmation:
            return fail(ExitBadInput,
                        check.message + u' ' + Text::tr("Give --force to replace it."));
        case V::Refused:
        case V::CannotRead:
            return fail(ExitBadInput, check.message);
        case V::CannotWrite:
            break;
        }
        return fail(ExitCannotWrite, check.message);
    }

    /*!
     * Whether \a target, a database to write whole (generate, copy), would replace one the user
     * made: an Entente database holding any event and not marked synthetic. Those are replaced
     * only with --force; a synthetic one (what generate writes) or an empty one is replaced as
     * any output is.
     */
    static bool holdsOwnEvents(const core::OutputTarget &target)
    {
        if (target.kind != core::OutputKind::Database || target.confirmed ||
            !core::isSqliteFile(target.path))
            return false;
        core::EventStore store;
        if (!store.open(target.path) || store.isSynthetic())
            return false;
        QSqlQuery q(store.database());
        return q.exec(u"SELECT EXISTS (SELECT 1 FROM event)"_s) && q.next() && q.value(0).toBool();
    }

    /*!
     * The file --out names, as \a kind, never one of \a inputs, replacing another kind only with
     * --force: ExitOk with \a target set, or the exit code after one sentence (\a missing when
     * there is no --out).
     */
    int outputTarget(core::OutputKind kind, const QStringList &inputs, const QString &missing,
                     core::OutputTarget *target)
    {
        if (!parser.isSet(u"out"_s))
            return fail(ExitBadInput, missing);
        *target = {parser.value(u"out"_s), kind, inputs, parser.isSet(u"force"_s)};
        return refuseOutput(*target);
    }

    /*! Opens --database (or the bundled data) and applies the filter options: ExitOk or the
     * failure's code. */
    int openFiltered()
    {
        QString error;
        dataset = core::Dataset::open(databasePath(), &error);
        if (!dataset)
            return fail(ExitBadInput, error);
        if (!readFilterOptions(parser, dataset->index(), &filter, &error))
            return fail(ExitBadInput, error);
        auto filtered = core::applyFilter(dataset->index(), &dataset->store(), filter, &error);
        if (!filtered)
            return fail(ExitBadInput, error);
        result = std::make_shared<const core::FilterResult>(std::move(*filtered));
        return ExitOk;
    }

    /*! The ids of the selected events, in date order. */
    QList<qint64> selectedIds() const
    {
        QList<qint64> ids;
        ids.reserve(qsizetype(result->positions.size()));
        for (qint32 pos : result->positions)
            ids.append(dataset->index().id(pos));
        return ids;
    }
};

// --- list ---------------------------------------------------------------------------------------

void listOptions(QCommandLineParser &parser)
{
    parser.addOption({u"ids"_s, Text::tr("Start each line with the event's id (for entente edit "
                                         "and delete).")});
}

int runList(Context &c)
{
    if (const int code = c.openFiltered())
        return code;
    const core::EventIndex &index = c.dataset->index();
    QHash<qint64, core::EventHeadline> headlines;
    for (const core::EventHeadline &h : c.dataset->store().headlines(c.selectedIds()))
        headlines.insert(h.id, h);
    const QLocale english(QLocale::English);
    for (qint32 pos : c.result->positions) {
        const core::EventHeadline h = headlines.value(index.id(pos));
        QStringList countries, topics;
        for (quint16 ref : index.countriesAt(pos))
            countries.append(index.countries()[ref].alpha3);
        for (quint16 ref : index.topicsAt(pos))
            topics.append(index.topics()[ref].slug);
        if (c.parser.isSet(u"ids"_s))
            c.out << h.id << '\t';
        c.out << h.date.toEdtf() << '\t' << h.dateText(english) << '\t' << h.title << '\t'
              << countries.join(u',') << '\t' << topics.join(u',') << '\n';
    }
    // Said once, apart from the rows a script reads.
    if (!c.dataset->isChecked() && !c.dataset->isSynthetic())
        c.err << "entente list: "
              << Text::tr("“%1” holds imported events that no one has checked against their "
                          "sources.")
                     .arg(c.dataset->path())
              << '\n';
    return ExitOk;
}

// --- generate -----------------------------------------------------------------------------------

void generateOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"events"_s, Text::tr("How many events (default 10000)."), u"N"_s, u"10000"_s});
    parser.addOption(
        {u"seed"_s, Text::tr("Seed of the random generator (default 1)."), u"S"_s, u"1"_s});
    parser.addOption(
        {u"out"_s, Text::tr("The database to write; replaced only when complete."), u"FILE"_s});
    parser.addOption({u"iso"_s, Text::tr("ISO 3166-1 JSON of iso-codes."), u"FILE"_s,
                      core::defaultIsoCountriesPath()});
    parser.addOption(forceOption());
}

int runGenerate(Context &c)
{
    bool eventsOk = false, seedOk = false;
    core::GeneratorOptions options;
    options.events = c.parser.value(u"events"_s).toLongLong(&eventsOk);
    options.seed = c.parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!eventsOk || options.events < 0 || !seedOk)
        return c.fail(ExitBadInput,
                      Text::tr("--events and --seed take whole numbers (0 or more)."));
    if (options.events > core::kMaxGeneratedEvents)
        return c.fail(ExitBadInput,
                      Text::tr("--events takes at most %L1.").arg(core::kMaxGeneratedEvents));
    core::OutputTarget target;
    if (const int refused =
            c.outputTarget(core::OutputKind::Database, {c.parser.value(u"iso"_s)},
                           Text::tr("give the database to write with --out FILE."), &target))
        return refused;
    const QString &out = target.path;
    QString error;
    const QList<core::Country> countries = core::readIsoCountries(c.parser.value(u"iso"_s), &error);
    if (countries.isEmpty())
        return c.fail(ExitBadInput, error);
    QElapsedTimer timer;
    timer.start();
    if (!core::generateDatabase(target, countries, options, &error))
        return c.fail(ExitCannotWrite, error);
    c.out << Text::tr("Wrote %Ln synthetic event(s) to %1 in %2 s.", nullptr, int(options.events))
                 .arg(out)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << '\n';
    return ExitOk;
}

// --- export -------------------------------------------------------------------------------------

void exportOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"chart"_s, Text::tr("What to draw: %1.").arg(ui::chartKindKeys()), u"KIND"_s});
    parser.addOption({u"format"_s,
                      Text::tr("%1 (default: from the --out suffix).").arg(ui::imageFormatKeys()),
                      u"FORMAT"_s});
    parser.addOption({u"width"_s, Text::tr("Width in pixels (default 1600)."), u"W"_s, u"1600"_s});
    parser.addOption({u"height"_s, Text::tr("Height in pixels (default 900)."), u"H"_s, u"900"_s});
    parser.addOption({u"scale"_s,
                      Text::tr("PNG and JPEG: pixels per figure pixel, 1 to 4 (default 1)."),
                      u"S"_s, u"1"_s});
    parser.addOption(
        {u"dpi"_s,
         Text::tr("PDF: dots per inch; the page is width/dpi by height/dpi inches (default 300)."),
         u"DPI"_s, u"300"_s});
    parser.addOption({u"title"_s,
                      Text::tr("The title above the figure (default: the chart's name)."),
                      u"TEXT"_s});
    parser.addOption(
        {u"caption"_s,
         Text::tr("Add a caption with the filter in plain language and the sources.")});
    parser.addOption({u"transparent"_s, Text::tr("PNG: no background.")});
    parser.addOption({u"palette"_s,
                      Text::tr("Colours: light (for print, the default), dark, or system (as the "
                               "desktop's theme)."),
                      u"COLOURS"_s, u"light"_s});
    parser.addOption({u"lanes"_s,
                      Text::tr("Timeline: lanes by countries or topics (default countries)."),
                      u"BY"_s, u"countries"_s});
    parser.addOption(
        {u"no-eras"_s, Text::tr("Timeline: draw eras and office periods as events only, not also "
                                "as bands behind the lanes.")});
    parser.addOption(
        {u"out"_s,
         Text::tr(
             "The image to write; an existing file is replaced only when the new one is complete."),
         u"FILE"_s});
    parser.addOption(forceOption());
}

// The figure's size, scale, resolution and format from the options: empty, or why they are wrong.
QString readFigureOptions(const QCommandLineParser &parser, ui::ImageFormat format,
                          ui::FigureOptions *options)
{
    options->format = format;
    bool widthOk = false, heightOk = false, scaleOk = false, dpiOk = false;
    options->size =
        QSize(parser.value(u"width"_s).toInt(&widthOk), parser.value(u"height"_s).toInt(&heightOk));
    options->scale = parser.value(u"scale"_s).toDouble(&scaleOk);
    options->dpi = parser.value(u"dpi"_s).toInt(&dpiOk);
    if (!widthOk || !heightOk || !scaleOk || !dpiOk)
        return Text::tr("--width, --height and --dpi take whole numbers, --scale a number.");
    options->transparent = parser.isSet(u"transparent"_s);
    const auto colours = ui::figureColoursFromKey(parser.value(u"palette"_s));
    if (!colours)
        return Text::tr("--palette takes light, dark or system.");
    options->colours = *colours;
    if (const QString invalid = options->validate(); !invalid.isEmpty())
        return invalid;
    const QString lanes = parser.value(u"lanes"_s);
    if (lanes != "countries"_L1 && lanes != "topics"_L1)
        return Text::tr("--lanes takes countries or topics.");
    return {};
}

// Why there is nothing to draw for \a kind, or empty when there is something.
QString nothingToDraw(const Context &c, ui::ChartKind kind, const core::EventCharts &charts,
                      const core::ObservationsChart &observations)
{
    if (kind == ui::ChartKind::Timeline)
        return c.result->datedCount == 0
                   ? Text::tr("nothing to draw: no dated events match the filter.")
                   : QString();
    if (!ui::isChartEmpty(kind, charts, observations))
        return {};
    return kind == ui::ChartKind::Observations
               ? Text::tr("nothing to draw: no observations match the filter.")
               : Text::tr("nothing to draw: no events match the filter.");
}

// What to paint for \a kind from the filtered data (which has something to draw).
ui::PaintFunction figurePainter(const Context &c, ui::ChartKind kind,
                                const core::EventCharts &charts,
                                const core::ObservationsChart &observations,
                                const QPalette &palette)
{
    if (kind == ui::ChartKind::Timeline) {
        ui::TimelineExport what;
        what.laneMode = c.parser.value(u"lanes"_s) == "topics"_L1 ? core::LaneMode::Topics
                                                                  : core::LaneMode::Countries;
        what.showEras = !c.parser.isSet(u"no-eras"_s);
        return ui::timelinePainter(*c.dataset, c.result, what, palette, QApplication::font());
    }
    std::shared_ptr<QChart> chart(ui::createChart(kind, charts, observations, palette));
    return ui::chartPainter(chart, ui::chartNote(kind, charts, observations), palette);
}

int runExport(Context &c)
{
    const auto kind = ui::chartKindFromKey(c.parser.value(u"chart"_s));
    if (!kind)
        return c.fail(ExitBadInput,
                      Text::tr("give what to draw with --chart %1.").arg(ui::chartKindKeys()));
    core::OutputTarget target;
    if (const int refused =
            c.outputTarget(core::OutputKind::Image, {c.databasePath()},
                           Text::tr("give the image to write with --out FILE."), &target))
        return refused;
    const QString &out = target.path;
    const QString formatName =
        c.parser.isSet(u"format"_s) ? c.parser.value(u"format"_s) : QFileInfo(out).suffix();
    const auto format = ui::imageFormatFromName(formatName);
    if (!format)
        return c.fail(ExitBadInput, Text::tr("unknown format “%1”; use --format %2.")
                                        .arg(formatName, ui::imageFormatKeys()));
    ui::FigureOptions options;
    if (const QString invalid = readFigureOptions(c.parser, *format, &options); !invalid.isEmpty())
        return c.fail(ExitBadInput, invalid);
    if (const int code = c.openFiltered())
        return code;
    const core::EventCharts charts = core::eventCharts(c.dataset->index(), c.result->positions);
    const core::ObservationsChart observations =
        core::observationsOverTime(c.dataset->store().observations(), c.filter);
    if (const QString nothing = nothingToDraw(c, *kind, charts, observations); !nothing.isEmpty())
        return c.fail(ExitBadInput, nothing);
    const QPalette palette = ui::figurePalette(options.colours, QApplication::palette());
    const ui::PaintFunction paint = figurePainter(c, *kind, charts, observations, palette);
    options.title = c.parser.isSet(u"title"_s) ? c.parser.value(u"title"_s)
                                               : ui::chartTitle(*kind, &charts.perYear);
    if (c.parser.isSet(u"caption"_s))
        options.caption = ui::figureCaption(*c.dataset, c.filter, *c.result,
                                            *kind == ui::ChartKind::Observations);
    options.notice = ui::figureNotice(*c.dataset);
    QString error;
    if (!ui::writeFigure(target, options, palette, QApplication::font(), paint, &error))
        return c.fail(ExitCannotWrite, error);
    const bool raster = ui::imageFormatInfo(*format).raster;
    c.out << Text::tr("Wrote %1 (%2 × %3 pixels%4).")
                 .arg(out)
                 .arg(options.size.width())
                 .arg(options.size.height())
                 .arg(options.scale != 1 && raster ? Text::tr(" at %1×").arg(options.scale)
                                                   : QString())
          << '\n';
    return ExitOk;
}

// --- import -------------------------------------------------------------------------------------

void importOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"into"_s, Text::tr("The database to import into; created when there is none."), u"DB"_s});
    parser.addOption({u"format"_s,
                      Text::tr("The file's format: %1 (default: detected).")
                          .arg(core::formatKeys(core::formats())),
                      u"FORMAT"_s});
    parser.addOption({u"country"_s,
                      Text::tr("Only events involving this country (ISO alpha-2 or alpha-3 code, "
                               "or name). Repeat for any of several."),
                      u"CODE"_s});
    addPeriodOptions(parser);
    parser.addOption({u"root-code"_s,
                      Text::tr("GDELT and ICEWS: only events of this CAMEO root code (04 consult, "
                               "…); PLOVER: of this "
                               "event category (CONSULT, …). Repeat for several."),
                      u"CODE"_s});
    parser.addOption(
        {u"skip-problems"_s,
         Text::tr("Import the good events of a file that has problems, leaving the others out.")});
}

// The format and filters of an import, validated as `list` validates its filter options: an
// import that a typo filters down to nothing would still rewrite the target. Empty, or why not.
QString readImportOptions(const QCommandLineParser &parser, const QString &file,
                          core::ImportOptions *options)
{
    QString error;
    if (parser.isSet(u"format"_s)) {
        options->format = core::formatByKey(parser.value(u"format"_s));
        if (!options->format)
            return Text::tr("unknown format “%1”; the formats are %2.")
                .arg(parser.value(u"format"_s), core::formatKeys(core::formats()));
    } else {
        options->format = core::detectFormat(file, &error);
        if (!options->format)
            return error;
    }
    const QList<core::Country> countries =
        core::readIsoCountries(core::defaultIsoCountriesPath(), &error);
    if (countries.isEmpty())
        return error;
    if (!readCountryOptions(parser, countries, &options->filter.countries, &error) ||
        !readPeriodOptions(parser, &options->filter.from, &options->filter.to, &error))
        return error;
    for (const QString &root : parser.values(u"root-code"_s)) {
        const QString plover = core::ploverTypeCode(root);
        if (core::cameoRootName(root).isEmpty() && plover.isEmpty())
            return Text::tr("unknown event root “%1”; the CAMEO root codes are 01 to 20, the "
                            "PLOVER categories AGREE to ASSAULT.")
                .arg(root);
        options->filter.rootCodes.append(plover.isEmpty() ? root : plover);
    }
    options->skipProblems = parser.isSet(u"skip-problems"_s);
    return {};
}

// Every problem with its place, then the count of those not listed.
void reportProblems(Context &c, const core::ImportReport &report)
{
    for (const core::ImportProblem &p : std::as_const(report.problems))
        c.err << "entente import: " << (p.where.isEmpty() ? QString() : p.where + u": "_s)
              << p.reason << ".\n";
    if (report.problemCount > report.problems.size())
        c.err << "entente import: "
              << Text::tr("… and %Ln more problem(s).", nullptr,
                          int(report.problemCount - report.problems.size()))
              << '\n';
}

// After a copy or an import into a server: one more sentence when the summaries were left
// to count (a database small enough for the window to load whole, ServerSummary::isCounted()).
void noteUncounted(Context &c, const QString &address)
{
    core::EventStore server;
    if (!core::isServerAddress(address) || !server.open(address) ||
        core::ServerSummary::isCounted(server.database()))
        return;
    c.out << ' '
          << Text::tr("Its summaries were not counted: the window loads a database this small "
                      "whole. entente server-init %1 counts them.")
                 .arg(address);
}

int runImport(Context &c)
{
    if (!c.parser.isSet(u"into"_s))
        return c.fail(ExitBadInput, Text::tr("give the database to import into with --into DB."));
    const QString file = c.parser.positionalArguments().front();
    core::ImportOptions options;
    if (const QString invalid = readImportOptions(c.parser, file, &options); !invalid.isEmpty())
        return c.fail(ExitBadInput, invalid);
    const QString into = c.parser.value(u"into"_s);
    options.onWaitingForLock = [&c, into] {
        c.err
            << "entente import: "
            << Text::tr("another import into “%1” is running; waiting for it to finish…").arg(into)
            << '\n';
        c.err.flush();
    };
    core::ImportReport report;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool imported = core::importEvents(file, options, into, &report, &error);
    reportProblems(c, report);
    if (!imported)
        return c.fail(report.failure == core::ImportReport::Failure::CannotWrite ? ExitCannotWrite
                                                                                 : ExitBadInput,
                      error);
    c.out << Text::tr("Imported %Ln event(s) from %1 (%2) into %3 in %4 s.", nullptr,
                      int(report.events))
                 .arg(QFileInfo(file).fileName(), options.format->displayName(), into)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    if (report.filteredOut > 0)
        c.out << ' '
              << Text::tr("%Ln event(s) left out by the filter.", nullptr, int(report.filteredOut));
    if (report.problemCount > 0)
        c.out << ' '
              << Text::tr("%Ln row(s) with problems skipped.", nullptr, int(report.problemCount));
    noteUncounted(c, into);
    c.out << '\n';
    return ExitOk;
}

// --- export-data --------------------------------------------------------------------------------

void exportDataOptions(QCommandLineParser &parser)
{
    parser.addOption({u"format"_s, core::formatKeys(core::writableFormats()) + u'.', u"FORMAT"_s});
    parser.addOption(
        {u"out"_s,
         Text::tr(
             "The file to write; an existing file is replaced only when the new one is complete."),
         u"FILE"_s});
    parser.addOption(forceOption());
}

int runExportData(Context &c)
{
    const core::Format *format = core::formatByKey(c.parser.value(u"format"_s));
    if (!format || !format->writer)
        return c.fail(ExitBadInput, Text::tr("give the format with --format %1.")
                                        .arg(core::formatKeys(core::writableFormats())));
    core::OutputTarget target;
    if (const int refused =
            c.outputTarget(core::OutputKind::DataFile, {c.databasePath()},
                           Text::tr("give the file to write with --out FILE."), &target))
        return refused;
    const QString &out = target.path;
    if (const int code = c.openFiltered())
        return code;
    const QList<qint64> ids = c.selectedIds();
    qsizetype leftOut = 0;
    QString error;
    if (!core::exportEvents(c.dataset->store(), ids, *format, target, c.dataset->title(), &error,
                            {}, &leftOut))
        return c.fail(ExitCannotWrite, error);
    const qsizetype written = ids.size() - leftOut;
    c.out << Text::tr("Wrote %Ln event(s) to %1.", nullptr, int(written)).arg(out);
    if (leftOut > 0)
        c.out << ' '
              << Text::tr("%Ln undated event(s) left out: TimelineJS cannot show them.", nullptr,
                          int(leftOut));
    c.out << '\n';
    return ExitOk;
}

// --- add, edit, delete (editcommands.cpp) ------------------------------------------------------

int reportChange(Context &c, const EditOutcome &outcome)
{
    if (outcome.code != ExitOk)
        return c.fail(outcome.code, outcome.message);
    c.out << outcome.output << '\n';
    return ExitOk;
}

int runAdd(Context &c)
{
    return reportChange(c, addEvent(c.parser));
}

int runEdit(Context &c)
{
    return reportChange(c, editEvent(c.parser));
}

int runDelete(Context &c)
{
    return reportChange(c, deleteEvent(c.parser));
}

int runExtract(Context &c)
{
    return reportChange(c, extractProposals(c.parser));
}

// --- server-init and copy ----------------------------------------------------------------------

int runServerInit(Context &c)
{
    const QString address = c.parser.positionalArguments().front();
    QString error;
    if (!core::isServerAddress(address))
        return c.fail(ExitBadInput, Text::tr("give a server address: "
                                             "postgresql://[user@]host[:port]/database."));
    auto outcome = core::ServerInit::Made;
    if (!core::initServer(address, &error, &outcome))
        return c.fail(ExitCannotWrite, error);
    const auto parsed = core::parseServerAddress(address, &error);
    const core::ServerRoles roles = core::serverRoles(*parsed);
    if (outcome == core::ServerInit::Counted) {
        c.out << Text::tr("Counted the summaries of the Entente database on %1: the window now "
                          "answers from them when the database is too large to load.")
                     .arg(parsed->display())
              << '\n';
        return ExitOk;
    }
    if (outcome == core::ServerInit::Upgraded) {
        c.out << Text::tr("Upgraded the Entente database on %1 to schema %2. Its summaries are "
                          "current: the events, and the words they hold, counted by period, "
                          "country, topic and type, by the day they end and by the countries "
                          "named together.")
                     .arg(parsed->display())
                     .arg(core::kServerSchemaVersion)
              << '\n';
        return ExitOk;
    }
    c.out << Text::tr("Made an empty Entente database on %1, with the roles %2 (owner), %3 "
                      "(editor) and %4 (reader). Give a person one with GRANT %4 TO name;")
                 .arg(parsed->display(), roles.owner, roles.editor, roles.reader)
          << '\n';
    return ExitOk;
}

void copyOptions(QCommandLineParser &parser)
{
    parser.addOption({u"out"_s,
                      Text::tr("Where to copy to: an Entente database file, or a server as "
                               "postgresql://[user@]host[:port]/database."),
                      u"DB"_s});
    parser.addOption(forceOption());
}

int runCopy(Context &c)
{
    const QString from = c.parser.positionalArguments().front();
    if (!c.parser.isSet(u"out"_s))
        return c.fail(ExitBadInput, Text::tr("give where to copy to with --out DB."));
    core::OutputTarget target{
        c.parser.value(u"out"_s), core::OutputKind::Database, {from}, c.parser.isSet(u"force"_s)};
    if (!core::isServerAddress(target.path)) {
        if (const int refused = c.refuseOutput(target))
            return refused;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!core::copyBetween(from, target, &error)) {
        // What could not be read is the input's fault; what could not be written, the output's.
        core::EventStore probe;
        return c.fail(probe.open(from) ? ExitCannotWrite : ExitBadInput, error);
    }
    c.out << Text::tr("Copied %1 to %2 in %3 s.")
                 .arg(from, target.path)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    noteUncounted(c, target.path);
    c.out << '\n';
    return ExitOk;
}

// --- the table ----------------------------------------------------------------------------------

const Command kCommands[] = {
    {"list", QT_TRANSLATE_NOOP("entente::app", "print the events of a database in date order"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Prints the events the filter options select (all by default) in date order, one per "
         "line, tab-separated: EDTF date, date as stated, title, countries (ISO alpha-3), topics."),
     false, true, nullptr, nullptr, nullptr, listOptions, runList},
    {"generate",
     QT_TRANSLATE_NOOP("entente::app", "write a synthetic database (entente generate --help)"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Writes a synthetic Entente database, marked as synthetic, the same for the same seed."),
     false, false, nullptr, nullptr, nullptr, generateOptions, runGenerate},
    {"export",
     QT_TRANSLATE_NOOP("entente::app",
                       "draw a chart or the timeline as an image (entente export --help)"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Writes a chart of the events the filter options select, or their timeline, as an image.\n"
         "Exit codes: 0 written, 2 bad arguments or nothing to draw, 3 the file could not be "
         "written."),
     true, true, nullptr, nullptr, nullptr, exportOptions, runExport},
    {"import",
     QT_TRANSLATE_NOOP("entente::app",
                       "import events from a file into a database (entente import --help)"),
     QT_TRANSLATE_NOOP("entente::app", "Imports the events of FILE into the Entente database DB "
                                       "(created when missing), all or nothing: "
                                       "a file with problems imports nothing unless "
                                       "--skip-problems, and every problem is listed.\n"
                                       "Exit codes: 0 imported, 2 bad arguments or a file with "
                                       "problems, 3 the database could not be written."),
     false, false, "FILE", QT_TRANSLATE_NOOP("entente::app", "The file to import."),
     QT_TRANSLATE_NOOP("entente::app", "give one file to import."), importOptions, runImport},
    {"export-data",
     QT_TRANSLATE_NOOP("entente::app", "write the selected events as CSV, JSON or TimelineJS JSON"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Writes the events the filter options select (all by default) as entente-csv, "
         "entente-json or timelinejs.\n"
         "Exit codes: 0 written, 2 bad arguments or database, 3 the file could not be written."),
     false, true, nullptr, nullptr, nullptr, exportDataOptions, runExportData},
    {"add", QT_TRANSLATE_NOOP("entente::app", "add a sourced event to your database"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Adds one event to your database --database DB, in one transaction, and prints its id. "
         "It needs a title, a type and a country; without a source and a quoted sentence it is "
         "refused unless --unsourced.\n"
         "Exit codes: 0 added, 2 bad arguments, the bundled dataset, or a database changed by "
         "another program meanwhile, 3 the database could not be written (left as it was)."),
     false, false, nullptr, nullptr, nullptr, addEventOptions, runAdd},
    {"edit", QT_TRANSLATE_NOOP("entente::app", "change an event of your database"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Changes the fields the options give of the event ID of --database DB, in one "
         "transaction; --country, --topic, --person and the source options replace the lists "
         "they name.\n"
         "Exit codes: 0 changed, 2 bad arguments, no such event or the bundled dataset, 3 the "
         "database could not be written (left as it was)."),
     false, false, "ID", QT_TRANSLATE_NOOP("entente::app", "The id of the event (entente list)."),
     QT_TRANSLATE_NOOP("entente::app", "give the id of one event."), addEventOptions, runEdit},
    {"delete", QT_TRANSLATE_NOOP("entente::app", "delete an event of your database"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Deletes the event ID of --database DB with its links and citations, in one "
         "transaction.\n"
         "Exit codes: 0 deleted, 2 bad arguments, no such event or the bundled dataset, 3 the "
         "database could not be written (left as it was)."),
     false, false, "ID", QT_TRANSLATE_NOOP("entente::app", "The id of the event (entente list)."),
     QT_TRANSLATE_NOOP("entente::app", "give the id of one event."), deleteOptions, runDelete},
    {"extract",
     QT_TRANSLATE_NOOP("entente::app", "propose dated, sourced events from a news report"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Reads an English news report (text or HTML; - for standard input) and prints the "
         "events it states, for a person to check: each with its sentence quoted verbatim, its "
         "date resolved against the report's date (what was inferred is said), its countries, "
         "people, a suggested type and topics. JSON gives the character offsets (UTF-16) of each "
         "sentence and date expression. Nothing is written.\n"
         "Exit codes: 0 done (also when nothing is proposed), 2 bad arguments or a file that "
         "cannot be read as text."),
     false, false, "FILE",
     QT_TRANSLATE_NOOP("entente::app",
                       "The report: a .txt or .html file, or - for standard input."),
     QT_TRANSLATE_NOOP("entente::app", "give one report file, or - for standard input."),
     extractOptions, runExtract},
    {"server-init",
     QT_TRANSLATE_NOOP("entente::app", "make an empty Entente database on a PostgreSQL server"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Makes Entente's schema in the PostgreSQL database at ADDRESS "
         "(postgresql://[user@]host[:port]/database), in one transaction, with three roles that "
         "cannot log in themselves: DATABASE_owner (owns the tables), DATABASE_editor (changes "
         "events and sources, not the schema) and DATABASE_reader (reads only). On a database an "
         "older Entente made (schema 1 to 6), it adds the summaries that schema lacks instead "
         "(counts by period, country, topic, type and word, of each word by day, of the days "
         "events end and of the countries named together). On a database whose summaries a "
         "copy or import of a million events or fewer left uncounted, it counts them. The "
         "password comes from ~/.pgpass or "
         "PGPASSFILE, as for psql.\n"
         "Exit codes: 0 made, upgraded or counted, 2 bad arguments, 3 the server refused or "
         "failed (nothing made or changed)."),
     false, false, "ADDRESS",
     QT_TRANSLATE_NOOP("entente::app", "The server database: postgresql://[user@]host/database."),
     QT_TRANSLATE_NOOP("entente::app", "give one server address."), nullptr, runServerInit},
    {"copy", QT_TRANSLATE_NOOP("entente::app", "copy a whole database between a file and a server"),
     QT_TRANSLATE_NOOP(
         "entente::app",
         "Copies the whole Entente database SOURCE to --out, all or nothing: a file into a "
         "server's empty Entente database (made by server-init; rows sent with COPY in one "
         "transaction), or a server's database into a file (replaced only when complete). A "
         "server's copy of a million events or fewer leaves the summaries uncounted (the window "
         "loads such a database whole); server-init counts them later, and "
         "ENTENTE_SERVER_COUNT_ABOVE=N sets another number of events.\n"
         "Exit codes: 0 copied, 2 bad arguments or a source that cannot be read, 3 the "
         "destination could not be written (left as it was)."),
     false, false, "SOURCE",
     QT_TRANSLATE_NOOP("entente::app",
                       "The database to copy: a file or postgresql://[user@]host/database."),
     QT_TRANSLATE_NOOP("entente::app", "give one database to copy."), copyOptions, runCopy},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// The opening every command shares: its parser, --help, its positional argument, then its run.
int runCommand(const Command &command, const QStringList &arguments)
{
    Context c(command);
    c.parser.setApplicationDescription(Text::tr(command.description));
    c.parser.addHelpOption();
    if (command.positional)
        c.parser.addPositionalArgument(QLatin1String(command.positional),
                                       Text::tr(command.positionalHelp));
    if (command.readsDatabase)
        c.parser.addOption(databaseOption());
    if (command.addOptions)
        command.addOptions(c.parser);
    if (command.readsDatabase)
        addFilterOptions(c.parser);
    if (!c.parser.parse(arguments))
        return c.fail(ExitBadInput, c.parser.errorText());
    if (c.parser.isSet(u"help"_s)) {
        c.out << c.parser.helpText();
        return ExitOk;
    }
    const QStringList positional = c.parser.positionalArguments();
    if (command.positional && positional.size() != 1)
        return c.fail(ExitBadInput, Text::tr(command.positionalMissing));
    if (!command.positional && !positional.isEmpty())
        return c.fail(ExitBadInput, Text::tr("unexpected argument “%1”.").arg(positional.first()));
    return command.run(c);
}

} // namespace

QList<CommandSummary> commandSummaries()
{
    QList<CommandSummary> summaries;
    for (const Command &command : kCommands)
        summaries.append({QLatin1String(command.name), Text::tr(command.summary)});
    return summaries;
}

bool needsGuiApplication(const QString &name)
{
    const Command *command = findCommand(name);
    return command && command->drawsImages;
}

bool isHeadlessCommand(const QString &name)
{
    return findCommand(name) != nullptr;
}

int runHeadlessCommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "entente --option …"
    if (const Command *command = findCommand(name))
        return runCommand(*command, rest);
    QTextStream(stderr) << "entente: " << Text::tr("unknown command “%1”.").arg(name) << '\n';
    return ExitBadInput;
}

} // namespace entente::app
