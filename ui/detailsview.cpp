// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailsview.h"

#include "domain/event.h"
#include "domain/wording.h"
#include "index/dataset.h"

#include <QScrollBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DetailsView::DetailsView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setAccessibleName(tr("Event details"));
    showPlaceholder(tr("Select an event to read its details and sources."));
}

QSize DetailsView::minimumSizeHint() const
{
    const QSize base = QTextBrowser::minimumSizeHint();
    const int frame = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    return {std::max(base.width(), fontMetrics().averageCharWidth() * 22 + frame), base.height()};
}

void DetailsView::showPlaceholder(const QString &message)
{
    setHtml(u"<p style='color:"_s + palette().color(QPalette::PlaceholderText).name() + u"'>"_s +
            esc(message) + u"</p>"_s);
}

void DetailsView::showDetails(const core::Event &event, bool checked)
{
    setHtml(toHtml(event, checked));
    setAccessibleDescription(event.title + u", "_s + event.dateText());
}

QString DetailsView::toHtml(const core::Event &e, bool checked)
{
    QString html = u"<h2>"_s + esc(e.title) + u"</h2>"_s;
    if (!checked)
        html += u"<p><b>&#9888; "_s + esc(core::Dataset::notCheckedText()) + u"</b></p>"_s;
    if (e.unreviewed)
        html += u"<p><b>&#9888; "_s + esc(core::Dataset::notReviewedText()) + u"</b></p>"_s;
    const bool quotes = std::any_of(e.citations.begin(), e.citations.end(),
                                    [](const core::Citation &c) { return !c.quote.isEmpty(); });
    if (!quotes)
        html += u"<p><b>&#9888; "_s + esc(core::Dataset::unsourcedText()) + u"</b></p>"_s;
    html += u"<p><b>"_s + esc(tr("Date:")) + u"</b> "_s + esc(e.dateText());
    if (!e.date.isUndated())
        html += u" ("_s + esc(e.date.toEdtf()) + u")"_s;
    html += u"</p>"_s;
    if (!e.dateNote.isEmpty())
        html += u"<p><i>"_s + esc(e.dateNote) + u"</i></p>"_s;
    if (!e.summary.isEmpty())
        html += u"<p>"_s + esc(e.summary) + u"</p>"_s;

    QStringList countries;
    for (const core::Participant &p : e.participants)
        countries.append(esc(p.country.displayName()) + u" ("_s + esc(core::roleText(p.role)) +
                         u')');
    if (!countries.isEmpty())
        html +=
            u"<p><b>"_s + esc(tr("Countries:")) + u"</b> "_s + countries.join(u", "_s) + u"</p>"_s;

    QStringList topics;
    for (const core::Topic &t : e.topics)
        topics.append(u"<span style='color:"_s + esc(t.colour) + u"'>&#9632;</span> "_s +
                      esc(t.name));
    if (!topics.isEmpty())
        html += u"<p><b>"_s + esc(tr("Topics:")) + u"</b> "_s + topics.join(u", "_s) + u"</p>"_s;

    html += u"<p><b>"_s + esc(tr("Type:")) + u"</b> "_s + esc(e.type.name);
    if (e.type.scheme == QLatin1String("cameo"))
        html += u" "_s + esc(tr("(CAMEO %1)").arg(e.type.code));
    html += u"</p>"_s;

    QStringList actors;
    for (const core::NamedActor &a : e.actors) {
        QString text = esc(a.name);
        if (!a.description.isEmpty())
            text += u", "_s + esc(a.description);
        actors.append(text);
    }
    if (!actors.isEmpty())
        html += u"<p><b>"_s + esc(tr("People and organisations:")) + u"</b> "_s +
                actors.join(u"; "_s) + u"</p>"_s;

    html += u"<h3>"_s + esc(tr("Sources")) + u"</h3>"_s;
    if (e.citations.isEmpty())
        html += u"<p>"_s + esc(tr("No source is recorded for this event.")) + u"</p>"_s;
    for (const core::Citation &c : e.citations) {
        if (!c.quote.isEmpty())
            // Indented a little, not by blockquote's 40 pixels a side: in a narrow pane those
            // left the quote a few letters a line.
            html += u"<blockquote style='margin-left:10px; margin-right:0px'>“"_s + esc(c.quote) +
                    u"”</blockquote>"_s;
        QString source = esc(c.source.publisher);
        if (!c.source.author.isEmpty())
            source += u", "_s + esc(c.source.author);
        if (!c.source.published.isUndated())
            source += u", "_s + esc(c.source.published.toDisplayString());
        QString title = esc(c.source.title);
        const QUrl url(c.source.url);
        if (!c.source.url.isEmpty() && url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            title = u"<a href='"_s + esc(url.toString(QUrl::FullyEncoded)) + u"'>"_s + title +
                    u"</a>"_s;
        // A source without a title (a report with no headline) is named by its other details.
        if (c.source.title.isEmpty())
            html += u"<p>— "_s + source;
        else
            html += u"<p>— "_s + (source.isEmpty() ? QString() : source + u": "_s) + u"<i>"_s +
                    title + u"</i>"_s;
        if (!c.cites.isEmpty())
            html += u"<br>"_s + esc(tr("Citing: %1").arg(c.cites));
        html += u"</p>"_s;
        if (!c.note.isEmpty())
            html += u"<p><b>"_s + esc(tr("Note:")) + u"</b> "_s + esc(c.note) + u"</p>"_s;
    }
    return html;
}

} // namespace entente::ui
