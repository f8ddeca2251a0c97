// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/reporttext.h"

#include "store/fileguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace entente::core {

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Extract)
};

// The character a reference names ("amp", "#8217", "#x2019"); a null QString when unknown.
QString entity(QStringView name)
{
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},    {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},  {u"nbsp"_s, u" "_s},  {u"rsquo"_s, u"’"_s}, {u"lsquo"_s, u"‘"_s},
        {u"rdquo"_s, u"”"_s}, {u"ldquo"_s, u"“"_s}, {u"ndash"_s, u"–"_s}, {u"mdash"_s, u"—"_s},
        {u"hellip"_s, u"…"_s}};
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name.toString());
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&') {
            const qsizetype semi = text.indexOf(u';', i);
            if (semi > i && semi - i <= 10) {
                const QString c = entity(text.mid(i + 1, semi - i - 1));
                if (!c.isNull()) {
                    out += c;
                    i = semi;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

// The value of attribute \a name in the tag text \a tag ("meta name=author content='…'").
QString attribute(QStringView tag, QStringView name)
{
    const QString lower = tag.toString().toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf(name, at)) >= 0) {
        qsizetype i = at + name.size();
        const bool whole = at > 0 && lower[at - 1].isSpace();
        while (i < tag.size() && tag[i].isSpace())
            ++i;
        if (!whole || i >= tag.size() || tag[i] != u'=') {
            at = i;
            continue;
        }
        ++i;
        while (i < tag.size() && tag[i].isSpace())
            ++i;
        if (i >= tag.size())
            return {};
        const QChar quote = tag[i];
        if (quote == u'"' || quote == u'\'') {
            const qsizetype end = tag.indexOf(quote, i + 1);
            return end < 0 ? QString() : decodeEntities(tag.mid(i + 1, end - i - 1)).trimmed();
        }
        qsizetype end = i;
        while (end < tag.size() && !tag[end].isSpace() && tag[end] != u'>')
            ++end;
        return decodeEntities(tag.mid(i, end - i));
    }
    return {};
}

bool isBlockTag(QStringView name)
{
    static const QStringList blocks{
        u"p"_s,       u"br"_s,         u"div"_s,    u"li"_s,     u"h1"_s,  u"h2"_s,
        u"h3"_s,      u"h4"_s,         u"h5"_s,     u"h6"_s,     u"tr"_s,  u"article"_s,
        u"section"_s, u"blockquote"_s, u"header"_s, u"footer"_s, u"time"_s};
    return blocks.contains(name.toString());
}

struct Head
{
    QString title, author, published;
};

void readMeta(QStringView tag, Head &head)
{
    const QString key = (attribute(tag, u"name") + attribute(tag, u"property")).toLower();
    const QString content = attribute(tag, u"content");
    if (content.isEmpty())
        return;
    if (key == u"author" || key == u"article:author")
        head.author = content;
    else if ((key == u"article:published_time" || key == u"date" || key == u"pubdate") &&
             head.published.isEmpty())
        head.published = content.left(10);
    else if (key == u"og:title" && head.title.isEmpty())
        head.title = content;
}

} // namespace

QString htmlToText(QStringView html)
{
    QString body;
    Head head;
    QString skipUntil; // inside <script> or <style>: the closing tag to look for
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] != u'<') {
            const qsizetype next = html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? html.size() : next;
            if (skipUntil.isEmpty())
                body += decodeEntities(html.mid(i, end - i));
            i = end;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i);
        if (close < 0)
            break;
        const QStringView tag = html.mid(i + 1, close - i - 1);
        qsizetype n = tag.startsWith(u'/') ? 1 : 0;
        while (n < tag.size() && (tag[n].isLetterOrNumber()))
            ++n;
        const QString name =
            tag.mid(tag.startsWith(u'/') ? 1 : 0, n - (tag.startsWith(u'/') ? 1 : 0))
                .toString()
                .toLower();
        if (!skipUntil.isEmpty()) {
            if (tag.startsWith(u'/') && name == skipUntil)
                skipUntil.clear();
        } else if (name == u"script" || name == u"style" || name == u"noscript") {
            skipUntil = tag.startsWith(u'/') ? QString() : name;
        } else if (name == u"title" && !tag.startsWith(u'/')) {
            const qsizetype end = html.indexOf(u"</", close);
            if (end > close && head.title.isEmpty())
                head.title = decodeEntities(html.mid(close + 1, end - close - 1)).simplified();
            skipUntil = name; // the title goes into the head, not the text
        } else if (name == u"meta") {
            readMeta(tag, head);
        } else if (isBlockTag(name)) {
            body += u'\n';
        }
        i = close + 1;
    }
    if (head.title.isEmpty() && head.author.isEmpty() && head.published.isEmpty())
        return body;
    QString header;
    if (!head.title.isEmpty())
        header += u"Headline: "_s + head.title + u'\n';
    if (!head.author.isEmpty())
        header += u"Author: "_s + head.author + u'\n';
    if (!head.published.isEmpty())
        header += u"Published: "_s + head.published + u'\n';
    return header + u"----------\n"_s + body;
}

QString readReportFile(const QString &path, QString *error)
{
    QFile file;
    const bool stdinput = path == u"-";
    // A FIFO, a device or a folder is refused before it is opened: opening a FIFO blocks.
    if (!stdinput) {
        if (const FileCheck check = checkInputFile(path); !check.ok()) {
            *error = check.message;
            return {};
        }
    }
    if (stdinput ? !file.open(stdin, QIODevice::ReadOnly)
                 : (file.setFileName(path), !file.open(QIODevice::ReadOnly))) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(kMaxReportBytes + 1);
    if (bytes.size() > kMaxReportBytes) {
        *error = Text::tr("“%1” is larger than %2 MB, more than a report.")
                     .arg(path)
                     .arg(kMaxReportBytes >> 20);
        return {};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() || text.contains(QChar(0))) {
        *error = Text::tr("“%1” is not UTF-8 text.").arg(path);
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const bool html = path.endsWith(u".html", Qt::CaseInsensitive) ||
                      path.endsWith(u".htm", Qt::CaseInsensitive) ||
                      QStringView(text).trimmed().startsWith(u"<!doctype", Qt::CaseInsensitive) ||
                      QStringView(text).trimmed().startsWith(u"<html", Qt::CaseInsensitive);
    if (text.trimmed().isEmpty()) {
        *error = Text::tr("“%1” holds no text.").arg(path);
        return {};
    }
    return html ? htmlToText(text) : text;
}

} // namespace entente::core
