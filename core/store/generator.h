// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/fileguard.h"

#include "domain/country.h"

#include <QString>

#include <functional>

namespace entente::core {

/*! What `entente generate` writes. */
struct GeneratorOptions
{
    qint64 events = 10000;
    quint64 seed = 1;
};

/*!
 * Writes a synthetic Entente database to \a target (through the guarded DatabaseWriter),
 * deterministic for a seed: all ISO countries with skewed dyad frequencies (a few pairs of
 * countries carry most events), CAMEO event types and topics in uneven proportions, dates 1979–2025
 * growing denser towards the present with mixed precision (mostly days; some months, years,
 * intervals, open periods, approximate dates), titles and summaries of realistic length made of
 * real words, and a source and quote for each event. The file is marked synthetic ('synthetic' =
 * '1' in meta), so the app never presents it as real.
 *
 * \a progress gets the number of events written so far and returns false to cancel; then nothing
 * is left at the target. Returns false with \a error on failure.
 */
/*! The most events generate writes: well past the 20M of the largest benchmark. */
constexpr qint64 kMaxGeneratedEvents = 100'000'000;

bool generateDatabase(const OutputTarget &target, const QList<Country> &countries,
                      const GeneratorOptions &options, QString *error,
                      const std::function<bool(qint64)> &progress = {});

} // namespace entente::core
