// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the command line's filter values — country and topic names or codes, and
// period dates — as entente list reads them. The first 8 lines of the input are values; nothing
// may crash, and a found country or topic is one of the list.

#include "domain/country.h"
#include "index/eventfilter.h"

#include <QString>
#include <QStringList>

#include <cstdlib>

using namespace entente::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Country> countries = [] {
        QString error;
        return readIsoCountries(defaultIsoCountriesPath(), &error);
    }();
    static const QList<Topic> topics = {
        {1, QStringLiteral("visas"), QStringLiteral("Visas"), QStringLiteral("#d62728")},
        {2, QStringLiteral("demining"), QStringLiteral("Demining"), QStringLiteral("#8c564b")}};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // A command line names a few values; more lines would only repeat the same work.
    for (const QString &value : text.split(u'\n').mid(0, 8)) {
        QStringList suggestions;
        const qsizetype c = findCountry(countries, value, &suggestions);
        if (c >= countries.size() || suggestions.size() > 5)
            std::abort();
        const qsizetype t = findTopic(topics, value, &suggestions);
        if (t >= topics.size())
            std::abort();
        (void)PartialDate::fromEdtf(value);
    }
    return 0;
}
