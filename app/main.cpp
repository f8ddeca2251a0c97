// SPDX-License-Identifier: GPL-3.0-or-later
// entente: the graphical viewer, or a headless sub-command (see `entente --help`).

#include "appicon.h"
#include "commands.h"
#include "exitcodes.h"
#include "formats/format.h"
#include "i18n/translations.h"
#include "index/dataset.h"
#include "mainwindow.h"
#include "store/fileguard.h"
#include "store/sqlconnection.h"

#include <QCoreApplication>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

void identify()
{
    QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setApplicationName(u"Entente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
}

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// The GUI's own options. They are read before any application object exists, so that --help,
// --version and a mistyped option answer without loading a GUI platform (which aborts when
// there is no display).
struct GuiOptions
{
    QCommandLineParser parser;
    QCommandLineOption database{u"database"_s,
                                Text::tr("Open FILE instead of the bundled dataset."), u"FILE"_s};
    QCommandLineOption import{
        u"import"_s, Text::tr("Open the import dialog for FILE once the window is up."), u"FILE"_s};

    GuiOptions()
    {
        QString description =
            Text::tr("Diplomatic events between countries on an interactive timeline.") +
            u"\n\n"_s + Text::tr("Commands (run without a display):") + u'\n';
        for (const entente::app::CommandSummary &command : entente::app::commandSummaries())
            description +=
                u"  "_s + command.name.leftJustified(12) + u' ' + command.summary + u'\n';
        description +=
            u'\n' +
            Text::tr("Exit codes: 0 done, 1 internal error, 2 bad arguments or unusable input,\n"
                     "3 output could not be written.");
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(database);
        parser.addOption(import);
        parser.addPositionalArgument(
            u"FILE"_s,
            Text::tr("An Entente database to open, or a file to import (what \"Open with "
                     "Entente\" in a file manager passes)."),
            u"[FILE]"_s);
    }
};

// Whether a GUI platform can be loaded at all: an explicit QT_QPA_PLATFORM, or an X11 or Wayland
// display. Without one, Qt's platform plugin would abort the process.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// The arguments Entente reads: without the options every Qt program takes (-reverse, -style S,
// -platform P, …), which QApplication reads and removes later. Parsed before QApplication exists,
// they would otherwise be "unknown options".
QStringList argumentList(int argc, char *argv[])
{
    static const QStringList qtFlags{u"reverse"_s, u"nograb"_s, u"dograb"_s, u"sync"_s,
                                     u"widgetcount"_s};
    static const QStringList qtOptionsWithValue{
        u"style"_s,         u"stylesheet"_s, u"platform"_s,        u"platformpluginpath"_s,
        u"platformtheme"_s, u"plugin"_s,     u"qwindowgeometry"_s, u"qwindowtitle"_s,
        u"qwindowicon"_s,   u"session"_s,    u"display"_s,         u"geometry"_s,
        u"title"_s,         u"name"_s};
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (i > 0 && argument.startsWith(u'-')) {
            QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
            const bool inlineValue = name.contains(u'=');
            name = name.section(u'=', 0, 0);
            if (qtFlags.contains(name))
                continue;
            if (qtOptionsWithValue.contains(name)) {
                if (!inlineValue)
                    ++i; // and its value
                continue;
            }
        }
        arguments.append(argument);
    }
    return arguments;
}

int runHeadless(int argc, char *argv[])
{
    const QString command = QString::fromLocal8Bit(argv[1]);
    if (entente::app::needsGuiApplication(command)) {
        // Drawing needs a GUI application, not a display: the offscreen platform has none.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Errors go to stderr as one sentence each; Qt's notice that it picked a runtime
        // folder for itself is not one of them.
        static QtMessageHandler qtHandler = nullptr;
        qtHandler = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (type == QtWarningMsg &&
                    message.startsWith("QStandardPaths: XDG_RUNTIME_DIR not set"_L1))
                    return;
                qtHandler(type, context, message);
            });
        QApplication app(argc, argv);
        entente::core::installTranslations(&app);
        return entente::app::runHeadlessCommand(app.arguments());
    }
    QCoreApplication app(argc, argv);
    entente::core::installTranslations(&app);
    return entente::app::runHeadlessCommand(app.arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    identify();
    entente::core::configureSqliteForProcess();
    // Ctrl+C or a TERM during an import or generate removes its temporary files.
    entente::core::installTemporaryCleanupOnSignals();
    if (argc > 1 && entente::app::isHeadlessCommand(QString::fromLocal8Bit(argv[1])))
        return runHeadless(argc, argv);

    GuiOptions options;
    QTextStream err(stderr);
    if (!options.parser.parse(argumentList(argc, argv))) {
        err << "entente: " << options.parser.errorText() << '\n';
        return entente::app::ExitBadInput;
    }
    if (options.parser.isSet(u"help"_s)) {
        // (No application object exists yet, so Qt cannot name the program itself.)
        QTextStream(stdout) << options.parser.helpText().replace(u"<executable_name>"_s,
                                                                 u"entente"_s);
        return entente::app::ExitOk;
    }
    if (options.parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return entente::app::ExitOk;
    }
    const QStringList positional = options.parser.positionalArguments();
    if (positional.size() > 1) {
        err << "entente: " << Text::tr("give one file to open; see --help.") << '\n';
        return entente::app::ExitBadInput;
    }
    const QString file = positional.value(0);
    if (!file.isEmpty() && !QFileInfo::exists(file) && !file.contains(u'/') &&
        !file.contains(u'.')) {
        err << "entente: " << Text::tr("unknown command “%1”; see --help.").arg(file) << '\n';
        return entente::app::ExitBadInput;
    }
    // What the file is for, decided once: a database to open, or a file to import.
    std::optional<entente::core::FileUse> use;
    if (!file.isEmpty()) {
        QString unusable;
        use = entente::core::fileUse(file, &unusable);
        if (!use) {
            err << "entente: " << unusable << '\n';
            return entente::app::ExitBadInput;
        }
    }
    if (!hasDisplay()) {
        err << "entente: "
            << Text::tr(
                   "there is no display to open the window on; the commands list, export, import, "
                   "export-data and generate run without one (see --help).")
            << '\n';
        return entente::app::ExitBadInput;
    }

    QApplication app(argc, argv);
    entente::core::installTranslations(&app);
    QGuiApplication::setDesktopFileName(QStringLiteral(ENTENTE_APP_ID));
    QApplication::setWindowIcon(entente::ui::applicationIcon());
    entente::ui::MainWindow window;
    window.show();
    window.openDatabaseOrTell(use == entente::core::FileUse::Open ? file
                              : options.parser.isSet(options.database)
                                  ? options.parser.value(options.database)
                                  : entente::core::bundledDatabasePath());
    // A file to import opens the import dialog once the window is up.
    if (use == entente::core::FileUse::Import)
        QTimer::singleShot(0, &window, [&window, file] { window.importFile(file); });
    if (options.parser.isSet(options.import)) {
        QTimer::singleShot(0, &window, [&window, file = options.parser.value(options.import)] {
            window.importFile(file);
        });
    }
    return app.exec();
}
