#include "commands.h"

#include "dataset.h"
#include "exitcodes.h"

#include <QCommandLineParser>
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

// `entente list`: every event, one line each, tab-separated, in date order.
int listEvents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints every event in date order, one per line, tab-separated: EDTF date, date as "
           "stated, title, countries (ISO alpha-3), topics."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
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
    QList<qint64> ids;
    for (qsizetype pos = 0; pos < index.size(); ++pos)
        ids.append(index.id(pos));
    QHash<qint64, core::EventHeadline> headlines;
    for (const core::EventHeadline &h : dataset->store().headlines(ids))
        headlines.insert(h.id, h);
    QTextStream out(stdout);
    const QLocale english(QLocale::English);
    for (qsizetype pos = 0; pos < index.size(); ++pos) {
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

} // namespace

bool isHeadlessCommand(const QString &name)
{
    return name == "list"_L1;
}

int runHeadlessCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "entente --option …"
    if (command == "list"_L1)
        return listEvents(rest);
    QTextStream(stderr) << "entente: " << tr("unknown command “%1”.").arg(command) << '\n';
    return ExitBadInput;
}

} // namespace entente::app
