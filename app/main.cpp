// entente: the graphical viewer, or a headless sub-command (see `entente --help`).

#include "commands.h"
#include "exitcodes.h"
#include "mainwindow.h"
#include "dataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

void identify()
{
    QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setApplicationName(u"Entente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    identify();
    if (argc > 1 && entente::app::isHeadlessCommand(QString::fromLocal8Bit(argv[1]))) {
        if (entente::app::needsGuiApplication(QString::fromLocal8Bit(argv[1]))) {
            // Drawing needs a GUI application, not a display: the offscreen platform has none.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Errors go to stderr as one sentence each; Qt's notice that it picked a runtime
            // folder for itself is not one of them.
            static QtMessageHandler qtHandler = nullptr;
            qtHandler = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (type == QtWarningMsg && message.startsWith("QStandardPaths: XDG_RUNTIME_DIR not set"_L1))
                    return;
                qtHandler(type, context, message);
            });
            QApplication app(argc, argv);
            return entente::app::runHeadlessCommand(app.arguments());
        }
        QCoreApplication app(argc, argv);
        return entente::app::runHeadlessCommand(app.arguments());
    }

    QApplication app(argc, argv);
    app.setWindowIcon(QIcon::fromTheme(u"x-office-calendar"_s));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Diplomatic events between countries on an interactive timeline.\n\n"
                "Commands (run without a display):\n"
                "  list       print the events of a database in date order\n"
                "  generate   write a synthetic database (entente generate --help)\n"
                "  export     draw a chart or the timeline as an image (entente export --help)\n"
                "  import     import events from a file into a database (entente import --help)\n"
                "  export-data  write the selected events as CSV, JSON or TimelineJS JSON\n\n"
                "Exit codes: 0 done, 1 internal error, 2 bad arguments or unusable input,\n"
                "3 output could not be written."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate("main", "Open FILE instead of the bundled dataset."), u"FILE"_s);
    parser.addOption(database);
    const QCommandLineOption import(
        u"import"_s, QCoreApplication::translate("main", "Open the import dialog for FILE once the window is up."), u"FILE"_s);
    parser.addOption(import);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "entente: "
                            << QCoreApplication::translate("main", "unknown command “%1”; see --help.")
                                   .arg(parser.positionalArguments().first())
                            << '\n';
        return entente::app::ExitBadInput;
    }

    entente::ui::MainWindow window;
    window.show();
    window.openDatabaseOrTell(parser.isSet(database) ? parser.value(database)
                                                     : entente::core::bundledDatabasePath());
    if (parser.isSet(import))
        QTimer::singleShot(0, &window, [&window, file = parser.value(import)] { window.importFile(file); });
    return app.exec();
}
