// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace entente::core {

/*!
 * Splits an SQL script into statements at the semicolons outside string literals, quoted
 * identifiers and comments. Comments are dropped; empty statements are skipped. Scripts with
 * triggers (a semicolon inside BEGIN … END) are not supported.
 */
QStringList splitSqlStatements(QStringView script);

} // namespace entente::core
