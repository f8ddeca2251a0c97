// SPDX-License-Identifier: GPL-3.0-or-later
// What the formats of core/formats/ share, and nothing outside core/formats/ includes: where a
// reader sends its events (ImportOutput, which holds every format to the same checks), bounded
// line and CSV reading, JSON read whole with its strings checked first, the date rules, and how
// a JSON document is written an event at a time.
#pragma once

#include "formats/importdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

namespace entente::core {

// The translation context of every reader's texts (lupdate reads ImportText::tr() calls).
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Import)
};

/*!
 * Where a reader sends what it reads: each event is checked by the rules every format is held to
 * (a title, years in range, known country codes, roles, topic colours…), then filtered, then
 * handed to the sink.
 */
class ImportOutput
{
public:
    ImportOutput(const QList<Country> &countries, const ImportFilter &filter,
                 const ImportSink &sink, qint64 *filteredOut);
    /*! False: stop reading (the sink cancelled). */
    bool emitEvent(ImportedEvent &&e);
    void problem(const QString &where, const QString &reason);
    /*! False: stop reading (a cancel). */
    bool progress(qint64 bytes);
    bool knows(const QString &alpha3) const { return m_known.contains(alpha3); }
    /*!
     * The alpha-3 code of the country \a name names: an ISO short, common or official name
     * (case and accents aside), or one of the other names event data sets use ("South Korea",
     * "Ivory Coast"); empty when none.
     */
    QString alpha3ForName(const QString &name) const;

private:
    QSet<QString> m_known;
    QHash<QString, QString> m_byName; // folded name → alpha-3
    // Name as written → alpha-3: a file names the same few countries millions of times.
    mutable QHash<QString, QString> m_nameCache;
    const ImportFilter &m_filter;
    const ImportSink &m_sink;
    qint64 *m_filteredOut;
};

/*!
 * Reads \a device one physical line at a time, counting lines (the last one also when it has no
 * newline) and bounding each line's length while reading; csvRecord() joins the lines of a
 * quoted field.
 */
class LineReader
{
public:
    explicit LineReader(QIODevice &device) : m_device(device) {}
    /*!
     * The next physical line without its end; nullopt at the end. An over-long line is skipped
     * (its rest read and dropped) and reported through tooLong.
     */
    std::optional<QByteArray> next(bool *tooLong);
    qint64 lineNumber() const { return m_lineNumber; }

private:
    QIODevice &m_device;
    qint64 m_lineNumber = 0;
};

bool decodeUtf8(const QByteArray &bytes, QString *text);

/*!
 * The next line of \a lines as text, with \a where it is ("line 12"); a line too long or not
 * UTF-8 is \a out's problem, reported, and skipped. nullopt at the end.
 */
std::optional<QString> nextTextLine(LineReader &lines, ImportOutput &out, QString *where);

/*! The RFC 4180 fields of one record; more physical lines are pulled while a quote is open. */
bool csvRecord(LineReader &lines, QStringList *fields, QString *reason, bool *atEnd);

/*! Years a date may have to the month or day: what EDTF's four digits write. Beyond them, to
    ±kDeepestYear, EDTF's "Y" years are known to the year only. */
constexpr int kFirstYear = -9999;
constexpr int kLastYear = 9999;

/*! False with the reason when \a year is beyond ±kDeepestYear. */
bool yearInRange(qint64 year, QString *reason);

/*! The EDTF \a text as a date; nullopt with a reason naming \a what ("date") otherwise. */
std::optional<PartialDate> parseDate(const QString &text, const QString &what, QString *reason);

/*!
 * What QJsonDocument lets through or pays for dearly, checked on the raw bytes first: a control
 * character inside a string (RFC 8259 forbids them; a raw NUL was stored as \u0000), and a
 * string longer than any field may be (a 50 MB headline took ten times its size in memory before
 * it was refused). Returns the 1-based line of the first fault, or 0, with the reason.
 */
qint64 jsonStringFault(const QByteArray &bytes, QString *reason);

/*! The JSON document of \a device, read whole within kMaxJsonXmlBytes, its strings checked. */
std::optional<QJsonDocument> readJson(QIODevice &device, QString *error);

/*! The top-level object of the JSON document of \a device (readJson()). */
bool readJsonObject(QIODevice &device, QJsonObject *root, QString *error);

/*! What turns one object of a JSON list into an event: nullopt with the reason otherwise. */
using JsonEventReader = std::function<std::optional<ImportedEvent>(
    const QJsonObject &, const QString &where, QString *reason)>;

/*!
 * Reads each object of \a root's list \a key through \a toEvent into \a out, "key[i]" naming
 * where each is; with \a reportProgress, progress goes by the share of the list read (of
 * \a deviceSize bytes). False when reading stops (a cancel).
 */
bool readJsonList(const QJsonObject &root, const char *key, qint64 deviceSize, bool reportProgress,
                  ImportOutput &out, const JsonEventReader &toEvent);

/*!
 * A machine-coded event's CAMEO \a code as its type (named \a name, else after its root
 * category) and its root category ("04") as a topic, as GDELT and ICEWS events have them.
 */
void setCameoTypeAndTopic(ImportedEvent &e, const QString &code, const QString &root,
                          const QString &name = {});

/*! The string (or number, as text) at \a key of \a o; empty otherwise. */
QString jsonText(const QJsonObject &o, const char *key);

/*!
 * The opening of a JSON document of events: \a head's members, then "events": [ left open for
 * jsonListItem()s and closed by kJsonDocumentTail.
 */
QByteArray jsonDocumentHead(const QJsonObject &head);
/*!
 * One item of a JSON document's events list, written member by member as compactly as
 * QJsonDocument writes it (an export writes a million of them; a QJsonObject each would cost
 * more than reading the events). Members go in the order of their keys, as QJsonDocument
 * orders them, so a file is the same whichever writes it. Each item is on a line of its own
 * (FormatWriter::separator goes between).
 */
class JsonText
{
public:
    JsonText();
    void beginObject(const char *key = nullptr); //!< a member that is an object, or an element
    void endObject() { close(u'}'); }
    void beginArray(const char *key);
    void endArray() { close(u']'); }
    void member(const char *key, QStringView text);
    /*! A member only where the text is not empty: optional fields are left out. */
    void memberIfAny(const char *key, QStringView text)
    {
        if (!text.isEmpty())
            member(key, text);
    }
    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    void open(const char *key, QChar bracket);
    void close(QChar bracket);
    void name(const char *key);
    void string(QStringView text);

    QString m_text;
    bool m_first = true; // nothing written since the last opening bracket
};
inline constexpr char kJsonDocumentTail[] = "\n]}\n";

} // namespace entente::core
