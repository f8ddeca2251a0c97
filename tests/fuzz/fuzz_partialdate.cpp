// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PartialDate::fromEdtf on any text. Whatever parses must print back to text
// that parses to the same date, with its lower bound at or before its upper bound.

#include "domain/partialdate.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto date = entente::core::PartialDate::fromEdtf(text, &error);
    if (!date) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (!date->isUndated() && date->upperBound() < date->lowerBound())
        std::abort();
    const auto again = entente::core::PartialDate::fromEdtf(date->toEdtf());
    if (!again || !(*again == *date))
        std::abort();
    (void)date->toDisplayString(QLocale::c());
    return 0;
}
