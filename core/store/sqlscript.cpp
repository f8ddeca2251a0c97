// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlscript.h"

namespace entente::core {

QStringList splitSqlStatements(QStringView script)
{
    QStringList statements;
    QString current;
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            current += u'\n';
        } else if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            i += 2;
            while (i + 1 < n && !(script[i] == u'*' && script[i + 1] == u'/'))
                ++i;
            ++i;
            current += u' ';
        } else if (c == u'\'' || c == u'"') {
            // A quote inside is doubled ('it''s'), which this loop reads as two strings in a row.
            current += c;
            for (++i; i < n && script[i] != c; ++i)
                current += script[i];
            if (i < n)
                current += c;
        } else if (c == u';') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return statements;
}

} // namespace entente::core
