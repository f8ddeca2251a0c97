// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente::core {

/*! The largest report Entente reads (a long report is a few hundred kilobytes). */
constexpr qint64 kMaxReportBytes = 16 * 1024 * 1024;

/*!
 * The text of an HTML page as a reader sees it: scripts and styles left out, block ends as line
 * breaks, character references decoded. The page's title, author and publication time from its
 * <title> and <meta> elements go first as header lines ("Headline: …", "Author: …",
 * "Published: …"), so readReportHead() finds them.
 */
QString htmlToText(QStringView html);

/*!
 * The text of the report file \a path (or standard input for "-"): UTF-8, HTML turned into text
 * (by its name or its first characters). Empty with \a error set to one sentence when the file
 * cannot be read, is larger than kMaxReportBytes, or is not UTF-8 text.
 */
QString readReportFile(const QString &path, QString *error);

} // namespace entente::core
