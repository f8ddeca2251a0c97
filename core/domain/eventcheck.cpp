// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/eventcheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::EventCheck)
};
} // namespace

QList<EventProblem> checkEvent(const ImportedEvent &e, const QList<Country> &countries)
{
    using F = EventProblem::Field;
    QList<EventProblem> problems;
    if (e.title.trimmed().isEmpty())
        problems.append({F::Title, Text::tr("Give the event a title."), -1});
    if (e.countries.isEmpty())
        problems.append({F::Countries, Text::tr("Name at least one country taking part."), -1});
    QStringList seen;
    for (qsizetype i = 0; i < e.countries.size(); ++i) {
        const QString &code = e.countries[i].alpha3;
        const bool known = std::any_of(countries.begin(), countries.end(),
                                       [&](const Country &c) { return c.alpha3 == code; });
        if (!known)
            problems.append({F::Countries, Text::tr("“%1” is not a country.").arg(code), i});
        else if (seen.contains(code))
            problems.append({F::Countries, Text::tr("“%1” is named twice.").arg(code), i});
        seen.append(code);
    }
    if (e.type.code.trimmed().isEmpty())
        problems.append({F::Type, Text::tr("Choose the type of the event."), -1});
    for (qsizetype i = 0; i < e.citations.size(); ++i) {
        const Source &s = e.citations[i].source;
        if (s.publisher.trimmed().isEmpty() && s.title.trimmed().isEmpty())
            problems.append({F::Sources,
                             Text::tr("Source %1 has neither a publisher nor a title.").arg(i + 1),
                             i});
    }
    return problems;
}

bool isUnsourced(const ImportedEvent &e)
{
    return std::none_of(e.citations.begin(), e.citations.end(),
                        [](const ImportedCitation &c) { return !c.quote.trimmed().isEmpty(); });
}

QString slugFor(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString nameForSlug(const QString &slug)
{
    QString name = slug;
    name.replace(u'-', u' ').replace(u'_', u' ');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace entente::core
