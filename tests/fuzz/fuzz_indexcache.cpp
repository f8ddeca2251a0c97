// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the index cache blob read from a database file, which is outside input.
// deserialize() must refuse or accept without crashing, and an accepted index must answer every
// query within its bounds.

#include "index/eventindex.h"

#include <QByteArray>

#include <cstdlib>

using namespace entente::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Country> countries = {{1,
                                              QStringLiteral("AZ"),
                                              QStringLiteral("AZE"),
                                              {},
                                              QStringLiteral("Azerbaijan"),
                                              {},
                                              {},
                                              {}},
                                             {2,
                                              QStringLiteral("KH"),
                                              QStringLiteral("KHM"),
                                              {},
                                              QStringLiteral("Cambodia"),
                                              {},
                                              {},
                                              {}}};
    static const QList<Topic> topics = {
        {1, QStringLiteral("visas"), QStringLiteral("Visas"), QStringLiteral("#d62728")}};
    static const QList<EventType> types = {
        {QStringLiteral("057"), QStringLiteral("cameo"), QStringLiteral("Sign")}};
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto index = EventIndex::deserialize(bytes, countries, topics, types);
    if (!index)
        return 0;
    for (qsizetype pos = 0; pos < index->size(); ++pos) {
        if (index->positionOf(index->id(pos)) != pos)
            std::abort();
        for (quint16 c : index->countriesAt(pos))
            if (c >= countries.size())
                std::abort();
        for (quint16 t : index->topicsAt(pos))
            if (t >= topics.size())
                std::abort();
    }
    if (const auto span = index->datedSpan())
        (void)index->firstEndingAtOrAfter(span->first);
    return 0;
}
