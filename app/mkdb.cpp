// SPDX-License-Identifier: GPL-3.0-or-later
// entente-mkdb: the build step that turns the reviewable SQL in resources/data into the bundled
// SQLite database, filling the country table from Debian's iso-codes first.
//
//   entente-mkdb --iso iso_3166-1.json --out FILE.sqlite SCRIPT.sql...
//
// Exit codes: 0 written; 2 bad arguments or input; 3 the database could not be written.

#include "domain/country.h"
#include "store/databasewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace entente::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Builds an Entente database from SQL scripts."));
    parser.addHelpOption();
    const QCommandLineOption isoOption(QStringLiteral("iso"),
                                       QStringLiteral("ISO 3166-1 JSON of iso-codes."),
                                       QStringLiteral("FILE"), defaultIsoCountriesPath());
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Database to write."),
                                       QStringLiteral("FILE"));
    parser.addOption(isoOption);
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("scripts"),
                                 QStringLiteral("SQL scripts, run in order."));
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << "entente-mkdb: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    QTextStream err(stderr);
    if (!parser.isSet(outOption) || parser.positionalArguments().isEmpty()) {
        err << "entente-mkdb: give --out FILE and at least one SQL script.\n";
        return 2;
    }
    QString error;
    const QList<Country> countries = readIsoCountries(parser.value(isoOption), &error);
    if (countries.isEmpty()) {
        err << "entente-mkdb: " << error << '\n';
        return 2;
    }
    DatabaseWriter writer;
    OutputTarget target{parser.value(outOption), OutputKind::Database};
    target.buildsBundledData = true; // this is the step that makes it
    if (!writer.create(target) || !writer.insertCountries(countries)) {
        err << "entente-mkdb: " << writer.errorString() << '\n';
        return 3;
    }
    for (const QString &path : parser.positionalArguments()) {
        QFile script(path);
        if (!script.open(QIODevice::ReadOnly)) {
            err << "entente-mkdb: cannot read " << path << ": " << script.errorString() << '\n';
            return 2;
        }
        if (!writer.runScript(QString::fromUtf8(script.readAll()), path)) {
            err << "entente-mkdb: " << writer.errorString() << '\n';
            return 2;
        }
    }
    if (!writer.finish()) {
        err << "entente-mkdb: " << writer.errorString() << '\n';
        return 2;
    }
    return 0;
}
