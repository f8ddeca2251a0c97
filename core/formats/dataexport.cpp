// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/dataexport.h"

#include "formats/importdata.h"
#include "store/eventstore.h"
#include "store/fileguard.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::DataExport)
};

QString csvField(const QString &field)
{
    const QString text = csvFormulaEscaped(field);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QJsonObject sourceJson(const Source &s)
{
    QJsonObject o{{u"publisher"_s, s.publisher}, {u"title"_s, s.title}};
    if (!s.author.isEmpty())
        o.insert(u"author"_s, s.author);
    if (!s.published.isUndated())
        o.insert(u"published"_s, s.published.toEdtf());
    if (!s.url.isEmpty())
        o.insert(u"url"_s, s.url);
    if (!s.cites.isEmpty())
        o.insert(u"cites"_s, s.cites);
    return o;
}

QJsonObject ententeJson(const Event &e)
{
    QJsonObject o{{u"title"_s, e.title}, {u"summary"_s, e.summary}, {u"date"_s, e.date.toEdtf()}};
    if (e.attestedOn)
        o.insert(u"attested_on"_s, e.attestedOn->toEdtf());
    if (!e.dateNote.isEmpty())
        o.insert(u"date_note"_s, e.dateNote);
    o.insert(u"type"_s, QJsonObject{{u"code"_s, e.type.code}, {u"name"_s, e.type.name}});
    QJsonArray countries, topics, citations;
    for (const Participant &p : e.participants)
        countries.append(QJsonObject{{u"code"_s, p.country.alpha3}, {u"role"_s, p.role}});
    for (const Topic &t : e.topics)
        topics.append(
            QJsonObject{{u"slug"_s, t.slug}, {u"name"_s, t.name}, {u"colour"_s, t.colour}});
    for (const Citation &c : e.citations) {
        QJsonObject co{{u"source"_s, sourceJson(c.source)}, {u"quote"_s, c.quote}};
        if (!c.cites.isEmpty())
            co.insert(u"cites"_s, c.cites);
        if (!c.note.isEmpty())
            co.insert(u"note"_s, c.note);
        citations.append(co);
    }
    QJsonArray actors;
    for (const NamedActor &a : e.actors) {
        QJsonObject ao{{u"name"_s, a.name}, {u"kind"_s, a.kind}};
        if (!a.role.isEmpty())
            ao.insert(u"role"_s, a.role);
        if (!a.description.isEmpty())
            ao.insert(u"description"_s, a.description);
        actors.append(ao);
    }
    o.insert(u"countries"_s, countries);
    o.insert(u"topics"_s, topics);
    if (!actors.isEmpty())
        o.insert(u"actors"_s, actors);
    o.insert(u"citations"_s, citations);
    return o;
}

QJsonObject timelineJsDate(const StatedDate &d)
{
    QJsonObject o{{u"year"_s, QString::number(d.year)}};
    if (d.month)
        o.insert(u"month"_s, QString::number(d.month));
    if (d.day)
        o.insert(u"day"_s, QString::number(d.day));
    return o;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
}

// TimelineJS shows dated events only; undated ones and unknown ends cannot be drawn there.
std::optional<QJsonObject> timelineJsEvent(const Event &e)
{
    const PartialDate &date = boundingDate(e.date, e.attestedOn);
    if (date.isUndated() || date.startKind() != PartialDate::End::Known)
        return std::nullopt;
    QJsonObject o{{u"start_date"_s, timelineJsDate(date.start())},
                  {u"text"_s, QJsonObject{{u"headline"_s, htmlEscaped(e.title)},
                                          {u"text"_s, htmlEscaped(e.summary)}}},
                  {u"unique_id"_s, u"entente-%1"_s.arg(e.id)}};
    if (date.isInterval() && date.endKind() == PartialDate::End::Known)
        o.insert(u"end_date"_s, timelineJsDate(date.end()));
    QJsonObject start = o.value(u"start_date"_s).toObject();
    start.insert(u"display_date"_s, e.dateText(QLocale(QLocale::English)));
    o.insert(u"start_date"_s, start);
    if (!e.topics.isEmpty())
        o.insert(u"group"_s, e.topics.front().name);
    if (!e.citations.isEmpty()) {
        const Source &s = e.citations.front().source;
        QJsonObject media{{u"credit"_s, htmlEscaped(s.publisher)},
                          {u"caption"_s, htmlEscaped(e.citations.front().quote)}};
        if (!s.url.isEmpty())
            media.insert(u"url"_s, s.url);
        o.insert(u"media"_s, media);
    }
    return o;
}

} // namespace

std::optional<DataExportFormat> dataExportFormatFromKey(const QString &key)
{
    for (DataExportFormat f : {DataExportFormat::EntenteCsv, DataExportFormat::EntenteJson,
                               DataExportFormat::TimelineJs}) {
        if (dataExportFormatKey(f) == key.toLower())
            return f;
    }
    return std::nullopt;
}

QString dataExportFormatKey(DataExportFormat format)
{
    switch (format) {
    case DataExportFormat::EntenteCsv:
        return u"entente-csv"_s;
    case DataExportFormat::EntenteJson:
        return u"entente-json"_s;
    case DataExportFormat::TimelineJs:
        return u"timelinejs"_s;
    }
    return {};
}

namespace {

// Writes the events to \a file; the caller (writeFileAtomically) commits or cancels.
// The rows of one event in Entente CSV: one per citation; an event without one still has its row.
QByteArray csvRows(const Event &e)
{
    QStringList countries, topics, actors;
    auto item = [](const QStringList &values, QChar separator) {
        QStringList encoded;
        for (const QString &v : values)
            encoded.append(listItemEncoded(v));
        return encoded.join(separator);
    };
    for (const Participant &p : e.participants)
        countries.append(item({p.country.alpha3, p.role}, u':'));
    for (const Topic &t : e.topics)
        topics.append(item({t.slug, t.name, t.colour}, u'|'));
    for (const NamedActor &a : e.actors)
        actors.append(item({a.name, a.kind, a.role, a.description}, u'|'));
    const QList<Citation> citations =
        e.citations.isEmpty() ? QList<Citation>{Citation{}} : e.citations;
    QByteArray rows;
    for (const Citation &c : citations) {
        const QStringList fields = {QString::number(e.id),
                                    e.title,
                                    e.summary,
                                    e.date.toEdtf(),
                                    e.attestedOn ? e.attestedOn->toEdtf() : QString(),
                                    e.dateNote,
                                    e.type.code,
                                    e.type.name,
                                    countries.join(u';'),
                                    topics.join(u';'),
                                    actors.join(u';'),
                                    c.source.publisher,
                                    c.source.title,
                                    c.source.author,
                                    c.source.published.isUndated() ? QString()
                                                                   : c.source.published.toEdtf(),
                                    c.source.url,
                                    c.source.cites,
                                    c.quote,
                                    c.cites,
                                    c.note};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        rows += quoted.join(u',').toUtf8() + '\n';
    }
    return rows;
}

// What comes before the events: the CSV header, or the JSON document's head up to "events": [.
QByteArray documentHead(DataExportFormat format, const QString &title)
{
    if (format == DataExportFormat::EntenteCsv)
        return ententeCsvColumns().join(u',').toUtf8() + '\n';
    const QJsonObject head =
        format == DataExportFormat::EntenteJson
            ? QJsonObject{{u"format"_s, u"entente-events"_s},
                          {u"version"_s, 1},
                          {u"title"_s, title}}
            : QJsonObject{
                  {u"title"_s,
                   QJsonObject{{u"text"_s, QJsonObject{{u"headline"_s, htmlEscaped(title)}}}}}};
    const QByteArray json = QJsonDocument(head).toJson(QJsonDocument::Compact);
    return json.left(json.size() - 1) + ",\"events\": [";
}

// Why \a file could not take everything, in one sentence.
QString writeFailure(QIODevice &file)
{
    auto *fileDevice = qobject_cast<QFileDevice *>(&file);
    const QString reason = !fileDevice || fileDevice->error() == QFileDevice::NoError
                               ? Text::tr("not all of it could be written; the disk may be full")
                               : fileDevice->errorString();
    return Text::tr("Cannot write “%1”: %2.")
        .arg(fileDevice ? QFileInfo(fileDevice->fileName()).absoluteFilePath() : QString(), reason);
}

bool writeEvents(QIODevice &file, EventStore &store, const QList<qint64> &ids,
                 DataExportFormat format, const QString &title, QString *error,
                 const std::function<bool(double)> &progress, qsizetype *leftOut)
{
    // Written in pieces whose length is checked: a short write is not always an error QSaveFile
    // sees. JSON is written an event at a time, one per line, so that memory stays flat however
    // many events there are (a QJsonArray of a million events would take gigabytes).
    bool written = true;
    auto write = [&](const QByteArray &bytes) {
        written = written && file.write(bytes) == bytes.size();
    };
    qsizetype skipped = 0;
    qsizetype inArray = 0;
    auto writeJson = [&](const QJsonObject &o) {
        write((inArray++ ? ",\n    " : "\n    ") + QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    write(documentHead(format, title));
    for (qsizetype i = 0; i < ids.size() && written; ++i) {
        if ((i & 255) == 0 && progress &&
            !progress(double(i) / double(std::max<qsizetype>(1, ids.size())))) {
            *error = Text::tr("The export was cancelled; nothing was written.");
            return false;
        }
        const auto event = store.event(ids[i]);
        if (!event) {
            *error = store.errorString();
            return false;
        }
        if (format == DataExportFormat::EntenteCsv)
            write(csvRows(*event));
        else if (format == DataExportFormat::EntenteJson)
            writeJson(ententeJson(*event));
        else if (const auto o = timelineJsEvent(*event))
            writeJson(*o);
        else
            ++skipped;
    }
    if (format != DataExportFormat::EntenteCsv)
        write("\n]}\n");
    auto *fileDevice = qobject_cast<QFileDevice *>(&file);
    if (!written || (fileDevice && !fileDevice->flush())) {
        *error = writeFailure(file);
        return false;
    }
    if (leftOut)
        *leftOut = skipped;
    return true;
}

} // namespace

bool exportEvents(EventStore &store, const QList<qint64> &ids, DataExportFormat format,
                  const OutputTarget &target, const QString &title, QString *error,
                  const std::function<bool(double)> &progress, qsizetype *leftOut)
{
    const FileCheck written =
        writeFileAtomically(target, [&](QIODevice &file, QString *writeError) {
            return writeEvents(file, store, ids, format, title, writeError, progress, leftOut);
        });
    if (!written.ok())
        *error = written.message;
    return written.ok();
}

} // namespace entente::core
