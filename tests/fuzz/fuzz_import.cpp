// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target, built once per import format (ENTENTE_FUZZ_FORMAT): readEvents on any bytes.
// It must never crash or hang; a refusal of the whole file says why; every event it accepts has a
// title, a date whose bounds are in order, and only the known country codes; every problem says
// where and why.

#include "formats/importdata.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace entente::core;
    static const QStringList known = {QStringLiteral("AZE"), QStringLiteral("KHM"),
                                      QStringLiteral("FRA"), QStringLiteral("THA")};
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportSink sink;
    sink.event = [](ImportedEvent &&e) {
        if (e.title.trimmed().isEmpty() || e.where.isEmpty())
            std::abort();
        if (!e.date.isUndated() && e.date.upperBound() < e.date.lowerBound())
            std::abort();
        for (const auto &p : e.countries) {
            if (!known.contains(p.alpha3))
                std::abort();
        }
        return true;
    };
    sink.problem = [](const ImportProblem &p) {
        if (p.reason.isEmpty())
            std::abort();
    };
    qint64 filtered = 0;
    QString error;
    if (!readEvents(buffer, ImportFormat(ENTENTE_FUZZ_FORMAT), known, {}, sink, &filtered,
                    &error) &&
        error.isEmpty())
        std::abort();
    return 0;
}
