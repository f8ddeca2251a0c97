// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partialdate.h"

#include "domain/wording.h"

#include <QCoreApplication>

namespace entente::core {

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool isValidDay(qint64 year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::PartialDate)
};

// Reads exactly \a count ASCII digits; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// EDTF's years beyond four digits: "Y" and at least five digits, with a minus before the common
// era ("Y-13800000000"), or digits times a power of ten ("Y-17E7", EDTF level 2). Years only.
bool parseLongYear(QStringView text, StatedDate &out, QString *error)
{
    const QStringView whole = text;
    text = text.mid(1);
    const bool before = text.startsWith(u'-');
    if (before)
        text = text.mid(1);
    const qsizetype e = text.indexOf(u'E');
    const QStringView digits = e < 0 ? text : text.left(e);
    const QStringView exponent = e < 0 ? QStringView() : text.mid(e + 1);
    auto allDigits = [](QStringView t) {
        return !t.isEmpty() &&
               std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (text.contains(u'S'))
        return fail(error, Text::tr("“%1” gives significant digits (S), which Entente does not "
                                    "keep; write the year without them.")
                               .arg(whole.toString()));
    if (!allDigits(digits) || (e >= 0 && !allDigits(exponent)) || exponent.size() > 2)
        return fail(error, Text::tr("“%1” is not an EDTF year: “Y” takes a year of five digits or "
                                    "more, such as Y-13800000000 or Y-17E7.")
                               .arg(whole.toString()));
    // (More than twelve digits is beyond the reach below, and beyond what a qint64 may hold.)
    qint64 year = digits.size() > 12 ? kDeepestYear + 1 : digits.toLongLong();
    for (int i = 0, n = e < 0 ? 0 : exponent.toInt(); i < n && year <= kDeepestYear; ++i)
        year *= 10;
    if (year > kDeepestYear)
        return fail(error, Text::tr("“%1” is more than %L2 years from year 0, beyond what "
                                    "Entente places.")
                               .arg(whole.toString())
                               .arg(kDeepestYear));
    if (year <= 9999)
        return fail(error, Text::tr("“%1” is a year of four digits or fewer: EDTF writes it "
                                    "without “Y” (for example 2014 or -0500).")
                               .arg(whole.toString()));
    out.year = before ? -year : year;
    return true;
}

bool parseStated(QStringView text, StatedDate &out, QString *error)
{
    out = {};
    if (!text.isEmpty()) {
        switch (text.back().unicode()) {
        case u'~':
            out.approximate = true;
            break;
        case u'?':
            out.uncertain = true;
            break;
        case u'%':
            out.approximate = out.uncertain = true;
            break;
        default:
            break;
        }
        if (out.approximate || out.uncertain)
            text.chop(1);
    }
    if (text.startsWith(u'Y'))
        return parseLongYear(text, out, error);
    // A year before 1 CE has a minus, as EDTF writes it: -0500 is 501 BCE, 0000 is 1 BCE.
    const bool before = text.startsWith(u'-');
    const QStringView whole = text;
    if (before)
        text = text.mid(1);
    const qsizetype n = text.size();
    if (n != 4 && n != 7 && n != 10)
        return fail(error, Text::tr("“%1” is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD.")
                               .arg(whole.toString()));
    out.year = readDigits(text, 0, 4);
    if (out.year < 0 || (before && out.year == 0))
        return fail(error,
                    Text::tr("“%1” does not start with a four-digit year.").arg(whole.toString()));
    if (before)
        out.year = -out.year;
    if (n >= 7) {
        if (text[4] != u'-' || (out.month = readDigits(text, 5, 2)) < 0)
            return fail(
                error,
                Text::tr("“%1” has no two-digit month after the year.").arg(text.toString()));
        if (out.month < 1 || out.month > 12)
            return fail(error, Text::tr("Month %1 in “%2” is not between 01 and 12.")
                                   .arg(out.month)
                                   .arg(text.toString()));
    }
    if (n == 10) {
        if (text[7] != u'-' || (out.day = readDigits(text, 8, 2)) < 0)
            return fail(
                error, Text::tr("“%1” has no two-digit day after the month.").arg(text.toString()));
        if (out.day < 1 || out.day > daysInMonth(out.year, out.month))
            return fail(
                error,
                Text::tr("Day %1 does not exist in %2.").arg(out.day).arg(text.left(7).toString()));
    }
    return true;
}

QString qualified(const StatedDate &date, const QString &text)
{
    if (date.approximate && date.uncertain)
        return Text::tr("c. %1 (uncertain)").arg(text);
    if (date.approximate)
        return Text::tr("c. %1").arg(text);
    if (date.uncertain)
        return Text::tr("%1 (uncertain)").arg(text);
    return text;
}

QString displayStated(const StatedDate &date, const QLocale &locale)
{
    QString text;
    switch (date.precision()) {
    case DatePrecision::Year:
        text = yearText(date.year, locale);
        break;
    case DatePrecision::Month:
        text = monthAndYear(date.month, date.year, locale);
        break;
    case DatePrecision::Day:
        text = dayMonthAndYear(date.day, date.month, date.year, locale);
        break;
    }
    return qualified(date, text);
}

} // namespace

JulianDay StatedDate::lowerBound() const
{
    return JulianDay::fromYmd(year, month ? month : 1, day ? day : 1);
}

JulianDay StatedDate::upperBound() const
{
    if (!month)
        return JulianDay::fromYmd(year, 12, 31);
    return JulianDay::fromYmd(year, month, day ? day : daysInMonth(year, month));
}

QString StatedDate::toEdtf() const
{
    QString text = QString::number(std::abs(year)).rightJustified(4, u'0');
    if (year < 0)
        text.prepend(u'-');
    if (std::abs(year) > 9999)
        text.prepend(u'Y'); // deep time: known to the year only
    if (month)
        text += u'-' + QString::number(month).rightJustified(2, u'0');
    if (day)
        text += u'-' + QString::number(day).rightJustified(2, u'0');
    if (approximate && uncertain)
        text += u'%';
    else if (approximate)
        text += u'~';
    else if (uncertain)
        text += u'?';
    return text;
}

PartialDate PartialDate::point(const StatedDate &date)
{
    PartialDate result;
    result.m_kind = Kind::Point;
    result.m_start = date;
    return result;
}

PartialDate PartialDate::interval(End startKind, const StatedDate &start, End endKind,
                                  const StatedDate &end)
{
    PartialDate result;
    result.m_kind = Kind::Interval;
    result.m_startKind = startKind;
    result.m_endKind = endKind;
    result.m_start = startKind == End::Known ? start : StatedDate{};
    result.m_end = endKind == End::Known ? end : StatedDate{};
    return result;
}

std::optional<PartialDate> PartialDate::fromEdtf(QStringView text, QString *error)
{
    text = text.trimmed();
    if (text.isEmpty())
        return PartialDate{};
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        StatedDate date;
        if (!parseStated(text, date, error))
            return std::nullopt;
        return point(date);
    }
    if (text.indexOf(u'/', slash + 1) >= 0) {
        fail(error, Text::tr("“%1” has more than one “/”; an interval has one start and one end.")
                        .arg(text.toString()));
        return std::nullopt;
    }
    StatedDate ends[2];
    End kinds[2];
    const QStringView parts[2] = {text.left(slash), text.mid(slash + 1)};
    for (int i = 0; i < 2; ++i) {
        if (parts[i].isEmpty()) {
            kinds[i] = End::Unknown;
        } else if (parts[i] == u"..") {
            kinds[i] = End::Open;
        } else {
            kinds[i] = End::Known;
            if (!parseStated(parts[i], ends[i], error))
                return std::nullopt;
        }
    }
    if (kinds[0] != End::Known && kinds[1] != End::Known) {
        fail(error, Text::tr("“%1” is an interval with neither end known.").arg(text.toString()));
        return std::nullopt;
    }
    if (kinds[0] == End::Known && kinds[1] == End::Known &&
        ends[1].upperBound() < ends[0].lowerBound()) {
        fail(error, Text::tr("“%1” ends before it starts.").arg(text.toString()));
        return std::nullopt;
    }
    return interval(kinds[0], ends[0], kinds[1], ends[1]);
}

QString PartialDate::toEdtf() const
{
    switch (m_kind) {
    case Kind::Undated:
        return {};
    case Kind::Point:
        return m_start.toEdtf();
    case Kind::Interval:
        break;
    }
    auto endText = [](End kind, const StatedDate &date) {
        return kind == End::Known  ? date.toEdtf()
               : kind == End::Open ? QStringLiteral("..")
                                   : QString();
    };
    return endText(m_startKind, m_start) + u'/' + endText(m_endKind, m_end);
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (m_kind) {
    case Kind::Undated:
        return Text::tr("undated");
    case Kind::Point:
        return displayStated(m_start, locale);
    case Kind::Interval:
        break;
    }
    if (m_startKind != End::Known) {
        const QString end = displayStated(m_end, locale);
        return m_startKind == End::Open ? Text::tr("until %1").arg(end)
                                        : Text::tr("? – %1 (start unknown)").arg(end);
    }
    if (m_endKind != End::Known) {
        const QString start = displayStated(m_start, locale);
        return m_endKind == End::Open ? Text::tr("from %1, ongoing").arg(start)
                                      : Text::tr("%1 – ? (end unknown)").arg(start);
    }
    const StatedDate &a = m_start;
    const StatedDate &b = m_end;
    const bool plain = !a.approximate && !a.uncertain && !b.approximate && !b.uncertain;
    // "23–24 April 2014" and "3 March – 4 April 2014": the shared part is said once.
    if (plain && a.precision() == DatePrecision::Day && b.precision() == DatePrecision::Day &&
        a.year == b.year) {
        if (a.month == b.month)
            return locale.toString(a.day) + u'–' + displayStated(b, locale);
        return dayAndMonth(a.day, a.month, locale) + u" – " + displayStated(b, locale);
    }
    return displayStated(a, locale) + u" – " + displayStated(b, locale);
}

DatePrecision PartialDate::precision() const
{
    switch (m_kind) {
    case Kind::Undated:
        return DatePrecision::Day;
    case Kind::Point:
        return m_start.precision();
    case Kind::Interval:
        break;
    }
    DatePrecision p = DatePrecision::Day;
    if (m_startKind == End::Known)
        p = std::min(p, m_start.precision());
    if (m_endKind == End::Known)
        p = std::min(p, m_end.precision());
    return p;
}

bool PartialDate::isApproximate() const
{
    return (m_kind != Kind::Undated && m_startKind == End::Known && m_start.approximate) ||
           (m_kind == Kind::Interval && m_endKind == End::Known && m_end.approximate);
}

bool PartialDate::isUncertain() const
{
    return (m_kind != Kind::Undated && m_startKind == End::Known && m_start.uncertain) ||
           (m_kind == Kind::Interval && m_endKind == End::Known && m_end.uncertain);
}

JulianDay PartialDate::lowerBound() const
{
    if (m_kind == Kind::Interval && m_startKind != End::Known)
        return m_end.lowerBound();
    return m_start.lowerBound();
}

JulianDay PartialDate::upperBound() const
{
    if (m_kind == Kind::Interval)
        return m_endKind == End::Known ? m_end.upperBound() : m_start.upperBound();
    return m_start.upperBound();
}

bool chronologicallyBefore(const PartialDate &a, const PartialDate &b)
{
    if (a.isUndated() || b.isUndated())
        return !a.isUndated() && b.isUndated();
    if (a.lowerBound() != b.lowerBound())
        return a.lowerBound() < b.lowerBound();
    return a.upperBound() < b.upperBound();
}

} // namespace entente::core
