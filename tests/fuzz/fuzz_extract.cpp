// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the report reader, the temporal tagger and the proposal builder on any text
// (and on it as HTML). Every proposal's sentences and date expression lie inside the text, its
// quotes are the text there character for character, and every date has its lower bound at or
// before its upper bound.

#include "domain/country.h"
#include "extract/reportextractor.h"
#include "extract/reporttext.h"

#include <QString>

#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<entente::core::ReportExtractor> g_extractor;

void check(const QString &text)
{
    using namespace entente::core;
    const ReportHead head = readReportHead(text);
    if (head.bodyStart < 0 || head.bodyStart > text.size())
        std::abort();
    for (const Proposal &p : g_extractor->propose(text, head)) {
        if (p.sentences.size() != p.quotes.size() || p.countries.size() != p.roles.size())
            std::abort();
        for (qsizetype i = 0; i < p.sentences.size(); ++i) {
            const TextSpan &s = p.sentences[i];
            if (s.start < 0 || s.length <= 0 || s.start + s.length > text.size() ||
                text.mid(s.start, s.length) != p.quotes[i])
                std::abort();
        }
        if (p.dateSpan.isValid() && p.dateSpan.start + p.dateSpan.length > text.size())
            std::abort();
        if (!p.date.isUndated() && p.date.upperBound() < p.date.lowerBound())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QString error;
    g_extractor = std::make_unique<entente::core::ReportExtractor>(
        entente::core::readIsoCountries(entente::core::defaultIsoCountriesPath(), &error));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(text);
    check(entente::core::htmlToText(text));
    return 0;
}
