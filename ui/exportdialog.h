// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts.h"
#include "imageexport.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace entente::ui {

/*! What File > Export Image… can write. */
enum class ExportTarget {
    TimelineWindow,
    TimelineWhole,
    PerYear,
    PerCountry,
    Topics,
    Observations
};

/*!
 * Asks what to export and how: the figure (the timeline's visible window or its whole filtered
 * span, or one of the charts), the format, the size in pixels with a scale (PNG, JPEG) or a DPI
 * (PDF), a title, a caption with the filter and the sources, a transparent background (PNG) and
 * the file. On Export it calls the writer; a failure is told in one sentence and the dialog stays.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<QString(ExportTarget)> defaultTitle;
        std::function<QString(ExportTarget)> caption;
        /*! Writes; false with one sentence in the error. */
        std::function<bool(ExportTarget, const QString &path, const FigureOptions &,
                           QString *error)>
            write;
    };

    ExportDialog(ExportTarget target, Hooks hooks, QWidget *parent = nullptr);

    ExportTarget target() const;
    FigureOptions options() const;
    QString path() const;
    void setPath(const QString &path);

    /*! Exports as the Export button does, without closing; for tests and scripting. */
    bool exportNow(QString *error);

    void accept() override;

private:
    void createFigureControls(ExportTarget target, const QSettings &settings);
    void createTextControls(const QSettings &settings);
    void layOut();
    void updateControls();
    void browse();

    Hooks m_hooks;
    QComboBox *m_target = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_caption = nullptr;
    QLabel *m_captionText = nullptr;
    QCheckBox *m_transparent = nullptr;
    QComboBox *m_colours = nullptr;
    QLineEdit *m_path = nullptr;
    QString m_lastDefaultTitle;
};

} // namespace entente::ui
