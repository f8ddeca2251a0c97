// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexport.h"

#include "domain/wording.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "maths/chartdata.h"
#include "timelinerenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgGenerator>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::ui::ImageExport)
};

constexpr double kPadding = 24;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.5 : 15);
    font.setBold(true);
    return font;
}

QFont captionFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.92 : 9);
    return font;
}

// The height \a text takes wrapped to \a width in \a font, on \a device's resolution.
double wrappedHeight(const QString &text, const QFont &font, double width, QPaintDevice *device)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, device);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace

const QList<ImageFormatInfo> &imageFormats()
{
    static const QList<ImageFormatInfo> table = {
        {ImageFormat::Png, "png", "png", QT_TRANSLATE_NOOP("entente::ui::Image", "PNG image"),
         true},
        {ImageFormat::Jpeg, "jpeg", "jpg", QT_TRANSLATE_NOOP("entente::ui::Image", "JPEG image"),
         true},
        {ImageFormat::Svg, "svg", "svg", QT_TRANSLATE_NOOP("entente::ui::Image", "SVG drawing"),
         false},
        {ImageFormat::Pdf, "pdf", "pdf", QT_TRANSLATE_NOOP("entente::ui::Image", "PDF document"),
         false}};
    return table;
}

QString ImageFormatInfo::displayName() const
{
    return QCoreApplication::translate("entente::ui::Image", name);
}

const ImageFormatInfo &imageFormatInfo(ImageFormat format)
{
    for (const ImageFormatInfo &info : imageFormats()) {
        if (info.format == format)
            return info;
    }
    Q_UNREACHABLE();
}

std::optional<ImageFormat> imageFormatFromName(const QString &name)
{
    for (const ImageFormatInfo &info : imageFormats()) {
        if (name.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String(info.suffix), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

QString imageFormatSuffix(ImageFormat format)
{
    return QLatin1String(imageFormatInfo(format).suffix);
}

QString imageFormatKeys()
{
    QStringList keys;
    for (const ImageFormatInfo &info : imageFormats())
        keys.append(QLatin1String(info.key));
    return core::alternatives(keys);
}

std::optional<FigureColours> figureColoursFromKey(const QString &key)
{
    if (key == "light"_L1)
        return FigureColours::Light;
    if (key == "dark"_L1)
        return FigureColours::Dark;
    if (key == "system"_L1)
        return FigureColours::Screen;
    return std::nullopt;
}

namespace {

QPalette darkFigurePalette()
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const char *colour) {
        p.setColor(role, QColor::fromString(QLatin1String(colour)));
    };
    set(QPalette::Window, "#2b2b2e");
    set(QPalette::Base, "#1e1e21");
    set(QPalette::AlternateBase, "#26262a");
    set(QPalette::Button, "#35353a");
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, QColor(0xe8, 0xe8, 0xea));
    set(QPalette::BrightText, "#ffffff");
    set(QPalette::PlaceholderText, "#9a9aa0");
    set(QPalette::Light, "#4a4a50");
    set(QPalette::Midlight, "#3e3e44");
    set(QPalette::Mid, "#6a6a72");
    set(QPalette::Dark, "#16161a");
    set(QPalette::Shadow, "#000000");
    set(QPalette::Highlight, "#3d8fd6");
    set(QPalette::HighlightedText, "#ffffff");
    return p;
}

} // namespace

QPalette figurePalette(FigureColours colours, const QPalette &screen)
{
    static const QPalette light = [] {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        return fusion ? fusion->standardPalette() : QPalette(Qt::white);
    }();
    static const QPalette dark = darkFigurePalette();
    switch (colours) {
    case FigureColours::Light:
        return light;
    case FigureColours::Dark:
        return dark;
    case FigureColours::Screen:
        return screen;
    }
    return light;
}

QString FigureOptions::validate() const
{
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide ||
        size.height() > kMaxSide)
        return Text::tr("The width and height must each be between %1 and %2 pixels.")
            .arg(kMinSide)
            .arg(kMaxSide);
    if (!(scale >= 1 && scale <= 4))
        return Text::tr("The scale must be between 1 and 4.");
    if (format == ImageFormat::Pdf && (dpi < 36 || dpi > 2400))
        return Text::tr("The resolution must be between 36 and 2400 DPI.");
    if (imageFormatInfo(format).raster &&
        double(size.width()) * scale * double(size.height()) * scale > kMaxPixels)
        return Text::tr("The image would be too large; choose a smaller size or scale.");
    if (transparent && format != ImageFormat::Png)
        return Text::tr("Only PNG images can have a transparent background.");
    return {};
}

void paintFigure(QPainter *painter, const QRectF &rect, const FigureOptions &options,
                 const QPalette &palette, const QFont &font, const PaintFunction &content)
{
    painter->save();
    if (!options.transparent)
        painter->fillRect(rect, palette.color(QPalette::Base));
    const QRectF inner = rect.adjusted(kPadding, kPadding * 0.75, -kPadding, -kPadding * 0.75);
    QPaintDevice *device = painter->device();
    const QFont title = titleFont(font);
    const QFont caption = captionFont(font);
    const double titleHeight = wrappedHeight(options.title, title, inner.width(), device);
    const QString bottomText = options.caption.isEmpty() ? options.notice : options.caption;
    const double captionHeight = wrappedHeight(bottomText, caption, inner.width(), device);
    double top = inner.top();
    painter->setPen(palette.color(QPalette::Text));
    if (titleHeight > 0) {
        painter->setFont(title);
        painter->drawText(QRectF(inner.left(), top, inner.width(), titleHeight),
                          Qt::TextWordWrap | Qt::AlignLeft, options.title);
        top += titleHeight + 10;
    }
    double bottom = inner.bottom();
    if (captionHeight > 0) {
        bottom -= captionHeight;
        QColor muted = palette.color(QPalette::Text);
        muted.setAlphaF(0.75);
        painter->setPen(muted);
        painter->setFont(caption);
        painter->drawText(QRectF(inner.left(), bottom, inner.width(), captionHeight),
                          Qt::TextWordWrap | Qt::AlignLeft, bottomText);
        bottom -= 10;
    }
    painter->setFont(font);
    const QRectF body(inner.left(), top, inner.width(), std::max(1.0, bottom - top));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    content(painter, body);
    painter->restore();
}

QImage renderFigure(const FigureOptions &options, const QPalette &palette, const QFont &font,
                    const PaintFunction &content)
{
    QImage image(options.size * options.scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    image.fill(options.transparent ? QColor(Qt::transparent) : palette.color(QPalette::Base));
    QPainter painter(&image);
    paintFigure(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)), options, palette, font,
                content);
    painter.end();
    return image;
}

namespace {

// A figure pixel is a screen pixel at 96 per inch, whatever device the figure is drawn on.
constexpr int kFigureDpi = 96;

// The figure encoded in options.format; nullopt when it could not be drawn.
std::optional<QByteArray> encodeFigure(const FigureOptions &options, const QPalette &palette,
                                       const QFont &font, const PaintFunction &content)
{
    const QRectF rect(QPointF(0, 0), QSizeF(options.size));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = true;
    switch (options.format) {
    case ImageFormat::Png:
    case ImageFormat::Jpeg: {
        QImage image = renderFigure(options, palette, font, content);
        if (options.format == ImageFormat::Jpeg)
            image = image.convertToFormat(QImage::Format_RGB32);
        // Written at the figure's physical size: scale × 96 dots per inch.
        const int dotsPerMeter = qRound(options.scale * kFigureDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        painted = image.save(&buffer, options.format == ImageFormat::Png ? "PNG" : "JPEG",
                             options.format == ImageFormat::Png ? -1 : 92);
        break;
    }
    case ImageFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(options.size);
        svg.setViewBox(rect);
        // Fonts in points measure as in the PNG: 96 figure pixels to the inch (the generator's
        // own default, 72, drew text a quarter smaller than the PNG).
        svg.setResolution(kFigureDpi);
        svg.setTitle(options.title);
        svg.setDescription(options.caption);
        QPainter painter;
        painted = painter.begin(&svg);
        if (painted) {
            paintFigure(&painter, rect, options, palette, font, content);
            painted = painter.end();
        }
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(u"Entente "_s + QCoreApplication::applicationVersion());
        pdf.setTitle(options.title);
        // The page is size / dpi inches, but the writer's own resolution is the figure's: fonts
        // given in points become as many figure pixels as on screen and in the PNG (96 per
        // inch), and the window below scales text, marks and lines together onto the page. At
        // the page's dpi, a 9-point label took 300/96 times its share of the figure.
        pdf.setResolution(kFigureDpi);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(options.size) / double(options.dpi), QPageSize::Inch,
                                  QString(), QPageSize::ExactMatch));
        QPainter painter;
        painted = painter.begin(&pdf);
        if (painted) {
            // The page is size / dpi inches, so size pixels across at the writer's resolution.
            const QRect page = painter.viewport();
            painter.setWindow(rect.toRect());
            painter.setViewport(page);
            paintFigure(&painter, rect, options, palette, font, content);
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted)
        return std::nullopt;
    buffer.close();
    return bytes;
}

} // namespace

bool printFigures(QPrinter *printer, const QString &title, const QString &caption,
                  const QList<PaintFunction> &pages, const QPalette &palette, const QFont &font)
{
    // Fonts in points become as many figure pixels as in the PNG (see the PDF case above).
    printer->setResolution(kFigureDpi);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page(QPointF(0, 0), printer->pageRect(QPrinter::DevicePixel).size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !printer->newPage())
            return false;
        FigureOptions options;
        options.size = page.size().toSize();
        options.title = title;
        options.caption =
            pages.size() == 1
                ? caption
                : Text::tr("%1 · page %2 of %3").arg(caption).arg(i + 1).arg(pages.size());
        paintFigure(&painter, page, options, palette, font, pages[i]);
    }
    return painter.end();
}

bool writeFigure(const core::OutputTarget &target, const FigureOptions &options,
                 const QPalette &palette, const QFont &font, const PaintFunction &content,
                 QString *error)
{
    if (const QString invalid = options.validate(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    // Refused targets are told before anything is drawn.
    if (const core::FileCheck check = core::checkOutputFile(target); !check.ok()) {
        *error = check.message;
        return false;
    }
    // Every format is encoded in memory first, then written in one piece whose length is checked:
    // a short write (a full disk, a file size limit) is not always an error QSaveFile sees.
    const std::optional<QByteArray> bytes = encodeFigure(options, palette, font, content);
    if (!bytes) {
        *error = Text::tr("Cannot write “%1”: the image could not be drawn.")
                     .arg(QFileInfo(target.path).absoluteFilePath());
        return false;
    }
    const core::FileCheck written =
        core::writeFileAtomically(target, [&](QIODevice &file, QString *writeError) {
            if (file.write(*bytes) == bytes->size())
                return true;
            *writeError = core::cannotWriteMessage(QFileInfo(target.path).absoluteFilePath(),
                                                   qobject_cast<QFileDevice *>(&file));
            return false;
        });
    if (!written.ok())
        *error = written.message;
    return written.ok();
}

PaintFunction timelinePainter(core::Dataset &dataset,
                              std::shared_ptr<const core::FilterResult> result,
                              const TimelineExport &what, const QPalette &palette,
                              const QFont &font)
{
    // Everything the renderer points to lives as long as the function that paints with it.
    struct State
    {
        std::shared_ptr<const core::FilterResult> result;
        std::shared_ptr<const core::LaneIndex> lanes;
        std::span<const qint32> undated; // of result's positions
        TimelineRenderer renderer;
    };
    auto state = std::make_shared<State>();
    state->result = std::move(result);
    const core::EventIndex &index = dataset.index();
    // Dated positions first (the index keeps undated events last).
    const std::vector<qint32> &positions = state->result->positions;
    const auto firstUndated =
        std::lower_bound(positions.begin(), positions.end(), qint32(index.datedCount()));
    const std::span<const qint32> dated(positions.data(), size_t(firstUndated - positions.begin()));
    state->undated = std::span<const qint32>(positions).subspan(dated.size());
    if (state->result->lanes && state->result->lanes->mode() == what.laneMode) {
        state->lanes = state->result->lanes;
    } else {
        state->lanes = std::make_shared<const core::LaneIndex>(
            index, what.laneMode, std::optional<std::span<const qint32>>(dated));
    }
    // The whole span of what the filter selects, or the window asked for.
    core::TimelineViewport viewport = what.window.value_or(core::TimelineViewport());
    if (!what.window) {
        if (dated.empty()) {
            viewport = core::TimelineViewport(core::JulianDay::fromYmd(1990, 1, 1).value,
                                              core::JulianDay::fromYmd(2025, 1, 1).value, 1);
        } else {
            qint64 last = index.upper(dated.front()).value;
            for (qint32 pos : dated)
                last = std::max(last, index.upper(pos).value);
            viewport.fit(index.lower(dated.front()), core::JulianDay{last});
        }
    }
    TimelineRenderer &renderer = state->renderer;
    renderer.setPalette(palette);
    renderer.setFont(font);
    renderer.setDataSpan(index.datedSpan());
    renderer.setIndex(&index, state->lanes.get(), &state->undated);
    renderer.setPartial(&state->result->partialPositions);
    renderer.setFirstLane(what.firstLane);
    renderer.setShowEras(what.showEras);
    renderer.setShowOverview(
        false); // a figure shows its period on the axis; the strip is for navigating
    core::EventStore *store = &dataset.store();
    return [state, store, viewport](QPainter *painter, const QRectF &rect) {
        TimelineRenderer &r = state->renderer;
        const core::TimelineViewport fitted = r.fitted(rect, viewport);
        const QList<qint64> missing = r.prepare(rect, fitted);
        if (!missing.isEmpty()) {
            QHash<qint64, QString> titles;
            for (const core::EventHeadline &h : store->headlines(missing))
                titles.insert(h.id, h.title);
            r.setTitles(titles);
        }
        painter->save();
        painter->setClipRect(rect);
        r.draw(painter, rect, fitted);
        painter->restore();
    };
}

QString figureCaption(core::Dataset &dataset, const core::EventFilter &filter,
                      const core::FilterResult &result, bool observations)
{
    QStringList parts;
    const QString description = core::describeFilter(filter, dataset.index());
    parts.append(description.isEmpty() ? Text::tr("All events") : description);
    QString sources;
    if (observations) {
        sources = core::describeObservationSources(
            core::observationsOverTime(dataset.store().observations(), filter));
    } else {
        sources = core::describeSources(dataset.store(), dataset.index(), result.positions);
    }
    if (!sources.isEmpty())
        parts.append(sources);
    if (const QString notice = figureNotice(dataset); !notice.isEmpty())
        parts.append(notice);
    return parts.join(u" · "_s);
}

QString figureNotice(const core::Dataset &dataset)
{
    if (dataset.isSynthetic())
        return Text::tr("Synthetic data, not real events");
    if (!dataset.isChecked())
        return Text::tr("Imported events, not checked against their sources");
    return {};
}

} // namespace entente::ui
