// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for every import format: readEvents on any bytes, in the format whose key
// (formats()) the environment variable ENTENTE_FUZZ_FORMAT names. `fuzz_import --list-formats`
// prints the keys, so scripts/fuzz.sh fuzzes every format in the table.
// It must never crash or hang; a refusal of the whole file says why; every event it accepts has a
// title, a date whose bounds are in order, and only the known country codes; every problem says
// where and why.

#include "formats/format.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
const entente::core::Format *gFormat = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    using namespace entente::core;
    for (int i = 1; i < *argc; ++i) {
        if (std::strcmp((*argv)[i], "--list-formats") == 0) {
            for (const Format *f : formats())
                std::printf("%s\n", f->key);
            std::exit(0);
        }
    }
    gFormat = formatByKey(QString::fromLocal8Bit(qgetenv("ENTENTE_FUZZ_FORMAT")));
    if (!gFormat) {
        std::fprintf(stderr, "Set ENTENTE_FUZZ_FORMAT to a format key (--list-formats).\n");
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace entente::core;
    static const QStringList known = {QStringLiteral("AZE"), QStringLiteral("KHM"),
                                      QStringLiteral("FRA"), QStringLiteral("THA")};
    static const QList<Country> countries = [] {
        QList<Country> list;
        for (const QString &code : known) {
            Country c;
            c.alpha3 = code;
            c.name = code == QLatin1String("AZE")   ? QStringLiteral("Azerbaijan")
                     : code == QLatin1String("KHM") ? QStringLiteral("Cambodia")
                     : code == QLatin1String("FRA") ? QStringLiteral("France")
                                                    : QStringLiteral("Thailand");
            list.append(c);
        }
        return list;
    }();
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
    if (!readEvents(buffer, *gFormat, countries, {}, sink, &filtered, &error) && error.isEmpty())
        std::abort();
    return 0;
}
