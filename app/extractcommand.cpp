// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractcommand.h"

#include "exitcodes.h"

#include "domain/country.h"
#include "extract/reportextractor.h"
#include "extract/reporttext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace entente::app {

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::app)
};

QJsonObject spanJson(const core::TextSpan &span)
{
    return {{u"start"_s, span.start}, {u"length"_s, span.length}};
}

QJsonObject proposalJson(const core::Proposal &p)
{
    QJsonArray countries, people, quotes;
    for (qsizetype i = 0; i < p.countries.size(); ++i)
        countries.append(QJsonObject{{u"code"_s, p.countries[i]}, {u"role"_s, p.roles.value(i)}});
    for (const core::ProposedPerson &person : p.people)
        people.append(QJsonObject{
            {u"name"_s, person.name}, {u"title"_s, person.title}, {u"country"_s, person.country}});
    for (qsizetype i = 0; i < p.quotes.size(); ++i) {
        QJsonObject quote = spanJson(p.sentences[i]);
        quote.insert(u"text"_s, p.quotes[i]);
        quotes.append(quote);
    }
    QJsonObject o{{u"title"_s, p.title},
                  {u"date"_s, p.date.toEdtf()},
                  {u"date_text"_s, p.date.toDisplayString(QLocale(QLocale::English))},
                  {u"date_note"_s, p.dateNote},
                  {u"type"_s, QJsonObject{{u"code"_s, p.typeCode}, {u"name"_s, p.typeName}}},
                  {u"cue"_s, p.cue},
                  {u"countries"_s, countries},
                  {u"people"_s, people},
                  {u"organisations"_s, QJsonArray::fromStringList(p.organisations)},
                  {u"topics"_s, QJsonArray::fromStringList(p.topics)},
                  {u"confidence"_s, qRound(p.confidence * 100) / 100.0},
                  {u"quotes"_s, quotes},
                  {u"checked"_s, false}};
    if (p.dateSpan.isValid())
        o.insert(u"date_span"_s, spanJson(p.dateSpan));
    return o;
}

QString asJson(const core::ReportHead &head, const QList<core::Proposal> &proposals)
{
    QJsonArray list;
    for (const core::Proposal &p : proposals)
        list.append(proposalJson(p));
    const QJsonObject report{
        {u"title"_s, head.title},
        {u"publisher"_s, head.publisher},
        {u"author"_s, head.author},
        {u"url"_s, head.url},
        {u"published"_s, head.published ? head.published->toEdtf() : QString()},
        {u"country"_s, head.country}};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"report"_s, report}, {u"proposals"_s, list}})
            .toJson(QJsonDocument::Indented));
}

QString asText(const core::ReportHead &head, const QList<core::Proposal> &proposals)
{
    QString out =
        Text::tr("Report: %1 — %2, %3, published %4")
            .arg(head.title.isEmpty() ? Text::tr("(no headline)") : head.title,
                 head.publisher.isEmpty() ? Text::tr("(publisher unknown)") : head.publisher,
                 head.author.isEmpty() ? Text::tr("(author unknown)") : head.author,
                 head.published ? head.published->toEdtf() : Text::tr("(date unknown)")) +
        u'\n';
    if (!head.country.isEmpty())
        out += Text::tr("The report's own country: %1").arg(head.country) + u'\n';
    out += Text::tr("%n proposed event(s), none checked by a person yet.", nullptr,
                    int(proposals.size())) +
           u'\n';
    int n = 0;
    for (const core::Proposal &p : proposals) {
        const QString date = p.date.isUndated() ? Text::tr("undated") : p.date.toEdtf();
        out += u"\n%1. %2\t%3 %4\t%5\t%6\n"_s.arg(++n)
                   .arg(date, p.typeCode, p.typeName, p.countries.join(u", "_s))
                   .arg(Text::tr("confidence %1").arg(p.confidence, 0, 'f', 2));
        out += u"   "_s + p.title + u'\n';
        if (!p.dateNote.isEmpty())
            out += u"   "_s + p.dateNote + u'\n';
        for (const QString &quote : p.quotes)
            out += u"   “"_s + quote + u"”\n"_s;
    }
    return out;
}

// The proposals as events no person has reviewed, each citing the report.
QList<core::ImportedEvent> unreviewedEvents(const core::ReportHead &head, const QString &path,
                                            const QList<core::Proposal> &proposals)
{
    core::Source source;
    source.publisher = head.publisher;
    source.title = head.title;
    source.author = head.author;
    source.url = head.url;
    if (head.published)
        source.published = core::PartialDate::point(*head.published);
    if (source.publisher.isEmpty() && source.title.isEmpty()) // a citation names its source
        source.title =
            path == u"-" ? Text::tr("Report read from standard input") : QFileInfo(path).fileName();
    QList<core::ImportedEvent> events;
    for (const core::Proposal &p : proposals) {
        core::ImportedEvent e = p.toEvent(source);
        e.unreviewed = true;
        events.append(e);
    }
    return events;
}

} // namespace

void extractOptions(QCommandLineParser &parser)
{
    parser.addOption({u"published"_s,
                      Text::tr("The report's publication date (YYYY-MM-DD), when its text does "
                               "not give it or gives it wrongly."),
                      u"DATE"_s});
    parser.addOption({u"country"_s,
                      Text::tr("The report's own country (ISO 3166 alpha-3), whose officials it "
                               "names without saying whose; by default its date line's."),
                      u"CODE"_s});
    parser.addOption({u"format"_s, Text::tr("text (default) or json."), u"FORMAT"_s, u"text"_s});
    parser.addOption({u"iso"_s, Text::tr("ISO 3166-1 JSON of iso-codes."), u"FILE"_s,
                      core::defaultIsoCountriesPath()});
    parser.addOption({u"into"_s,
                      Text::tr("Also add the proposals to your database DB (made when missing), "
                               "citing the report and marked as not yet reviewed by a person."),
                      u"DB"_s});
}

EditOutcome extractProposals(const QCommandLineParser &parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"text" && format != u"json")
        return {ExitBadInput, Text::tr("--format is text or json, not “%1”.").arg(format), {}};
    std::optional<core::StatedDate> published;
    if (parser.isSet(u"published"_s)) {
        QString error;
        const auto date = core::PartialDate::fromEdtf(parser.value(u"published"_s), &error);
        if (!date || date->isInterval() || date->isUndated() ||
            date->precision() != core::DatePrecision::Day)
            return {ExitBadInput,
                    Text::tr("--published takes a day, YYYY-MM-DD, not “%1”.")
                        .arg(parser.value(u"published"_s)),
                    {}};
        published = date->start();
    }
    QString error;
    const QList<core::Country> countries = core::readIsoCountries(parser.value(u"iso"_s), &error);
    if (countries.isEmpty())
        return {ExitBadInput, error, {}};
    const QString path = parser.positionalArguments().value(0);
    const QString text = core::readReportFile(path, &error);
    if (text.isEmpty())
        return {ExitBadInput, error, {}};
    core::ReportHead head = core::readReportHead(text);
    if (published) {
        head.published = published;
        head.publishedSpan = {};
    }
    const core::ReportExtractor extractor(countries);
    if (parser.isSet(u"country"_s)) {
        const QString code = parser.value(u"country"_s).trimmed().toUpper();
        if (std::none_of(countries.cbegin(), countries.cend(),
                         [&code](const core::Country &c) { return c.alpha3 == code; }))
            return {ExitBadInput,
                    Text::tr("--country takes an ISO 3166 alpha-3 code such as AZE, not “%1”.")
                        .arg(parser.value(u"country"_s)),
                    {}};
        head.country = code;
    } else {
        head.country = extractor.countryOfDateline(head.dateline);
    }
    const QList<core::Proposal> proposals = extractor.propose(text, head);
    QString out = format == u"json" ? asJson(head, proposals) : asText(head, proposals);
    if (out.endsWith(u'\n'))
        out.chop(1);
    if (parser.isSet(u"into"_s) && !proposals.isEmpty()) {
        const QString into = parser.value(u"into"_s);
        const EditOutcome added = addEvents(into, unreviewedEvents(head, path, proposals));
        if (added.code != ExitOk)
            return added;
        QTextStream(stderr) << Text::tr("Added %n event(s) to %1, marked as not yet reviewed by a "
                                        "person (entente list --unreviewed shows them).",
                                        nullptr, int(proposals.size()))
                                   .arg(QDir::toNativeSeparators(into))
                            << '\n';
    }
    return {ExitOk, {}, out};
}

} // namespace entente::app
