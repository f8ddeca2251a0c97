// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/fileguard.h"

#include "maths/timeaxis.h"
#include "maths/timelinelayout.h"

#include <QFont>
#include <QImage>
#include <QPalette>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QPrinter;
class QRectF;

namespace entente::core {
class Dataset;
struct EventFilter;
struct FilterResult;
} // namespace entente::core

namespace entente::ui {

enum class ImageFormat { Png, Jpeg, Svg, Pdf };

/*! What the dialogs and the command line know of an image format: one row of imageFormats(). */
struct ImageFormatInfo
{
    ImageFormat format;
    const char *key;    //!< "jpeg": the value of --format
    const char *suffix; //!< "jpg": the file name suffix an export adds, without the dot
    const char *name;   //!< "JPEG image", translated by displayName()
    bool raster;        //!< drawn in pixels, size × scale; otherwise a drawing (SVG, PDF)
    QString displayName() const;
};

/*! Every image format, in the order the export dialog lists them. */
const QList<ImageFormatInfo> &imageFormats();
const ImageFormatInfo &imageFormatInfo(ImageFormat format);
/*! The format whose key or suffix is \a name ("png", "jpeg", "jpg"…, any case); nullopt otherwise.
 */
std::optional<ImageFormat> imageFormatFromName(const QString &name);
/*! The file name suffix, without the dot. */
QString imageFormatSuffix(ImageFormat format);
/*! "png, jpeg, svg or pdf": the keys, for messages and --help. */
QString imageFormatKeys();

/*! The colours of an exported figure. */
enum class FigureColours {
    Light,  //!< for reports and paper, whatever the desktop's theme (the default)
    Dark,   //!< light text on a dark ground, for slides
    Screen, //!< as the window shows them (the system's palette)
};
/*! "light", "dark", "system"; nullopt for anything else. */
std::optional<FigureColours> figureColoursFromKey(const QString &key);

/*! What an exported figure looks like. */
struct FigureOptions
{
    ImageFormat format = ImageFormat::Png;
    FigureColours colours = FigureColours::Light;
    /*! The figure's size in pixels; the image is scale times larger (PNG, JPEG). */
    QSize size{1600, 900};
    /*! 1, 2 or 3: PNG and JPEG pixels per figure pixel, so text and lines stay sharp. */
    double scale = 1;
    /*! PDF: the page is size / dpi inches. */
    int dpi = 300;
    QString title;
    /*! Empty: no caption. */
    QString caption;
    /*!
     * What the figure's data is, when it is not checked real data (figureNotice()): written
     * where the caption goes when there is no caption, so that it is never left out.
     */
    QString notice;
    /*! PNG only: no background behind the figure. */
    bool transparent = false;

    static constexpr int kMinSide = 64;
    static constexpr int kMaxSide = 16384;
    static constexpr int kMaxPixels = 400'000'000; //!< of the scaled image (about 1.6 GB of RGBA)
    /*! One sentence naming what is out of range; empty when the options are usable. */
    QString validate() const;
};

/*!
 * The palette of a figure in \a colours: Light is Fusion's standard palette, the same whatever
 * the desktop's theme, so a figure made in a dark theme does not come out dark unless asked;
 * Dark is a fixed dark palette; Screen is \a screen, the window's own.
 */
QPalette figurePalette(FigureColours colours = FigureColours::Light,
                       const QPalette &screen = QPalette());

/*! Paints the figure's content (a chart or the timeline) into the rectangle it is given. */
using PaintFunction = std::function<void(QPainter *painter, const QRectF &rect)>;

/*!
 * Paints a figure into \a rect: the title on top, \a content in the middle, the caption below,
 * all in \a palette's colours and \a font's family.
 */
void paintFigure(QPainter *painter, const QRectF &rect, const FigureOptions &options,
                 const QPalette &palette, const QFont &font, const PaintFunction &content);

/*! The figure as an image, options.size × options.scale pixels (for PNG, JPEG and the clipboard).
 */
QImage renderFigure(const FigureOptions &options, const QPalette &palette, const QFont &font,
                    const PaintFunction &content);

/*!
 * Writes the figure to \a target in options.format through the guarded writer
 * (core::writeFileAtomically()): a refused target or a failure at any point leaves no partial
 * file and an existing file as it was. False with one sentence in \a error otherwise.
 */
bool writeFigure(const core::OutputTarget &target, const FigureOptions &options,
                 const QPalette &palette, const QFont &font, const PaintFunction &content,
                 QString *error);

/*!
 * Prints \a pages, one figure a page filling the printable area, through the same painting as
 * the screen and the image export: \a title on each page, \a caption below (with "page i of
 * n" when there are several). The printer works at the figure's 96 per inch, so text has the
 * size it has in a PNG. False when the printer cannot be painted on.
 */
bool printFigures(QPrinter *printer, const QString &title, const QString &caption,
                  const QList<PaintFunction> &pages, const QPalette &palette, const QFont &font);

/*! Which part of the timeline an export shows. */
struct TimelineExport
{
    core::LaneMode laneMode = core::LaneMode::Countries;
    /*! The days to show; nullopt: the whole span of the filtered events. */
    std::optional<core::TimelineViewport> window;
    int firstLane = 0;
    bool showEras = true; //!< eras and office periods as bands
};

/*!
 * Paints the timeline of \a result (of \a dataset, which must outlive the function) as the
 * timeline view does, through the same renderer.
 */
PaintFunction timelinePainter(core::Dataset &dataset,
                              std::shared_ptr<const core::FilterResult> result,
                              const TimelineExport &what, const QPalette &palette,
                              const QFont &font);

/*!
 * The caption under an exported figure: the filter in plain language and the sources, e.g.
 * "Countries: Azerbaijan and Cambodia · 1995–2022 · Source: Azernews, 6 Jun 2022".
 */
QString figureNotice(const core::Dataset &dataset);

QString figureCaption(core::Dataset &dataset, const core::EventFilter &filter,
                      const core::FilterResult &result, bool observations);

} // namespace entente::ui
