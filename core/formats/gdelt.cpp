// SPDX-License-Identifier: GPL-3.0-or-later
// GDELT event files, tab-separated without a header: 1.0 has 57 columns (58 with SOURCEURL, in
// the daily files since April 2013), 2.0 has 61. Two formats, one reader: the versions differ
// only in their column counts and where ActionGeo and SOURCEURL sit. Entente reads them only.

#include "formats/format.h"
#include "formats/formatsupport.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The columns Entente reads, by their 0-based position in the GDELT codebooks.
struct Columns
{
    int globalEventId = 0, sqlDate = 1;
    int actor1Name = 6, actor1Country = 7, actor2Name = 16, actor2Country = 17;
    int eventCode = 26, rootCode = 28, goldstein = 30, mentions = 31;
    int actionGeo; // ActionGeo_FullName
    int sourceUrl; // -1: none
};

QStringList columnNames()
{
    return {u"GLOBALEVENTID"_s,      u"SQLDATE"_s,
            u"Actor1Name"_s,         u"Actor1CountryCode"_s,
            u"Actor2Name"_s,         u"Actor2CountryCode"_s,
            u"EventCode"_s,          u"EventRootCode"_s,
            u"GoldsteinScale"_s,     u"NumMentions"_s,
            u"ActionGeo_FullName"_s, u"SOURCEURL"_s};
}

// One row's fields as text (UTF-8, or Latin-1 where a row is not UTF-8).
struct Row
{
    const QList<QByteArray> &cols;
    QString operator()(int i) const
    {
        QString s;
        return decodeUtf8(cols[i], &s) ? s : QString::fromLatin1(cols[i]);
    }
};

std::optional<StatedDate> rowDay(const QByteArray &day, QString *reason)
{
    // (Eight digits: each toInt() below sets ok anew, so the length is checked on its own.)
    bool ok = false;
    const int y = day.left(4).toInt(&ok), m = ok ? day.mid(4, 2).toInt(&ok) : 0,
              d = ok ? day.mid(6, 2).toInt(&ok) : 0;
    if (!ok || day.size() != 8 || !QDate(y, m, d).isValid()) {
        *reason = ImportText::tr("its SQLDATE “%1” is not YYYYMMDD")
                      .arg(QString::fromLatin1(day.left(20)));
        return std::nullopt;
    }
    return StatedDate{y, m, d};
}

// The event type, its root as a topic, and the actors' countries that are ISO countries.
void setTypeAndCountries(ImportedEvent &e, const Row &text, const Columns &c,
                         const ImportOutput &out)
{
    setCameoTypeAndTopic(e, text(c.eventCode), text(c.rootCode));
    // Actor country codes are CAMEO's: ISO alpha-3 for states, regions ("AFR") otherwise,
    // which are not countries and are left out.
    for (int col : {c.actor1Country, c.actor2Country}) {
        const QString country = text(col);
        if (out.knows(country) && std::none_of(e.countries.begin(), e.countries.end(),
                                               [&](const auto &p) { return p.alpha3 == country; }))
            e.countries.append({country, u"participant"_s});
    }
}

void setTexts(ImportedEvent &e, const Row &text, const Columns &c)
{
    const QString a1 = text(c.actor1Name), a2 = text(c.actor2Name);
    const QString what = e.type.name;
    e.title = a1.isEmpty() && a2.isEmpty() ? what
              : a2.isEmpty()               ? ImportText::tr("%1: %2").arg(a1, what)
              : a1.isEmpty()               ? ImportText::tr("%1 (with %2)").arg(what, a2)
                                           : ImportText::tr("%1 → %2: %3").arg(a1, a2, what);
    const QString place = text(c.actionGeo);
    e.summary =
        ImportText::tr("GDELT event %1, CAMEO %2; Goldstein scale %3; %4 mentions; place: %5.")
            .arg(text(c.globalEventId), e.type.code, text(c.goldstein), text(c.mentions),
                 place.isEmpty() ? ImportText::tr("not given") : place);
}

ImportedCitation rowCitation(const Row &text, const Columns &c, bool version2)
{
    ImportedCitation citation;
    citation.source.publisher = version2 ? u"GDELT 2.0"_s : u"GDELT 1.0"_s;
    citation.source.title = c.sourceUrl >= 0 && !text.cols[c.sourceUrl].isEmpty()
                                ? text(c.sourceUrl)
                                : citation.source.publisher;
    if (c.sourceUrl >= 0)
        citation.source.url = text(c.sourceUrl);
    citation.note = ImportText::tr("Machine-coded by GDELT (event %1); no sentence is quoted.")
                        .arg(text(c.globalEventId));
    return citation;
}

std::optional<ImportedEvent> rowEvent(const QList<QByteArray> &cols, bool version2,
                                      const QString &where, const ImportOutput &out,
                                      QString *reason)
{
    const Columns c{.actionGeo = version2 ? 52 : 50,
                    .sourceUrl = version2            ? 60
                                 : cols.size() == 58 ? 57
                                                     : -1};
    const auto day = rowDay(cols[c.sqlDate], reason);
    if (!day)
        return std::nullopt;
    const Row text{cols};
    ImportedEvent e;
    e.where = where;
    e.date = PartialDate::point(*day);
    setTypeAndCountries(e, text, c, out);
    setTexts(e, text, c);
    e.citations.append(rowCitation(text, c, version2));
    return e;
}

bool columnCountFits(qsizetype count, bool version2)
{
    return version2 ? count == 61 : (count == 57 || count == 58);
}

bool read(QIODevice &device, bool version2, ImportOutput &out, QString *error)
{
    LineReader lines(device);
    bool tooLong = false;
    qint64 rows = 0;
    const QString expected = version2 ? u"61"_s : u"57 or 58"_s;
    while (auto line = lines.next(&tooLong)) {
        const QString where = ImportText::tr("line %1").arg(lines.lineNumber());
        if (tooLong && lines.lineNumber() == 1) {
            *error = ImportText::tr("Line 1 is longer than %1 bytes, so this is not a GDELT file.")
                         .arg(kMaxLineBytes);
            return false;
        }
        if (tooLong) {
            out.problem(where,
                        ImportText::tr("the row is longer than %1 bytes").arg(kMaxLineBytes));
            continue;
        }
        if (line->isEmpty())
            continue;
        if ((++rows & 1023) == 0 && !out.progress(device.pos()))
            return true;
        const QList<QByteArray> cols = line->split('\t');
        if (!columnCountFits(cols.size(), version2)) {
            if (rows == 1) {
                *error =
                    ImportText::tr("Line 1 has %1 tab-separated columns; a GDELT %2 file has %3.")
                        .arg(cols.size())
                        .arg(version2 ? u"2.0"_s : u"1.0"_s, expected);
                return false;
            }
            out.problem(where,
                        ImportText::tr("it has %1 columns, not %2").arg(cols.size()).arg(expected));
            continue;
        }
        QString reason;
        auto e = rowEvent(cols, version2, where, out, &reason);
        if (!e)
            out.problem(where, reason);
        else if (!out.emitEvent(std::move(*e)))
            return true;
    }
    return true;
}

qsizetype firstLineTabs(const QByteArray &head)
{
    return head.left(head.indexOf('\n')).count('\t');
}

} // namespace

const Format &gdelt1Format()
{
    static const Format format{
        .key = "gdelt1",
        .name = QT_TRANSLATE_NOOP("entente::core::Format", "GDELT 1.0 events"),
        .patterns = "*.csv *.CSV *.tsv *.txt *.zip",
        .detect =
            [](const QByteArray &head) {
                const qsizetype tabs = firstLineTabs(head);
                return tabs == 56 || tabs == 57;
            },
        .read = [](QIODevice &device, ImportOutput &out,
                   QString *error) { return read(device, false, out, error); },
        .writer = nullptr,
        .columns = columnNames};
    return format;
}

const Format &gdelt2Format()
{
    static const Format format{
        .key = "gdelt2",
        .name = QT_TRANSLATE_NOOP("entente::core::Format", "GDELT 2.0 events"),
        .patterns = "*.csv *.CSV *.tsv *.txt *.zip",
        .detect = [](const QByteArray &head) { return firstLineTabs(head) == 60; },
        .read = [](QIODevice &device, ImportOutput &out,
                   QString *error) { return read(device, true, out, error); },
        .writer = nullptr,
        .columns = columnNames};
    return format;
}

} // namespace entente::core
