// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

// The last folder exported to, else Pictures when there is one, else home.
QString initialFolder(const QSettings &settings)
{
    QString dir = settings.value(u"folder"_s).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return dir;
}

QSpinBox *spinBox(int min, int max, int value, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(std::clamp(value, min, max));
    box->setSuffix(suffix);
    return box;
}

} // namespace

ExportDialog::ExportDialog(ExportTarget target, Hooks hooks, QWidget *parent)
    : QDialog(parent), m_hooks(std::move(hooks))
{
    setWindowTitle(tr("Export Image"));
    QSettings settings;
    settings.beginGroup(u"export"_s);
    createFigureControls(target, settings);
    createTextControls(settings);
    layOut();
    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_caption, &QCheckBox::toggled, this, &ExportDialog::updateControls);
    updateControls();
    setMinimumWidth(520);
}

// What to draw, in which format and size, as last time.
void ExportDialog::createFigureControls(ExportTarget target, const QSettings &settings)
{
    m_target = new QComboBox;
    m_target->addItem(tr("Timeline — the visible window"), int(ExportTarget::TimelineWindow));
    m_target->addItem(tr("Timeline — the whole filtered span"), int(ExportTarget::TimelineWhole));
    m_target->addItem(tr("Chart — events per year"), int(ExportTarget::PerYear));
    m_target->addItem(tr("Chart — events per country"), int(ExportTarget::PerCountry));
    m_target->addItem(tr("Chart — share of topics"), int(ExportTarget::Topics));
    m_target->addItem(tr("Chart — observations over time"), int(ExportTarget::Observations));
    m_target->setCurrentIndex(m_target->findData(int(target)));

    m_format = new QComboBox;
    for (const ImageFormatInfo &info : imageFormats())
        m_format->addItem(info.displayName(), int(info.format));
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(u"format"_s, 0).toInt())));

    m_width = spinBox(FigureOptions::kMinSide, FigureOptions::kMaxSide,
                      settings.value(u"width"_s, 1600).toInt(), tr(" px"));
    m_height = spinBox(FigureOptions::kMinSide, FigureOptions::kMaxSide,
                       settings.value(u"height"_s, 900).toInt(), tr(" px"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale = new QComboBox;
    for (int s : {1, 2, 3})
        m_scale->addItem(tr("%1×").arg(s), s);
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(settings.value(u"scale"_s, 2).toInt())));
    m_dpi = spinBox(36, 2400, settings.value(u"dpi"_s, 300).toInt(), tr(" DPI"));
}

// The title, the caption, the background and where to save.
void ExportDialog::createTextControls(const QSettings &settings)
{
    m_title = new QLineEdit;
    m_caption = new QCheckBox(tr("Add a &caption with the filter and the sources"));
    m_caption->setChecked(settings.value(u"caption"_s, true).toBool());
    m_captionText = new QLabel;
    m_captionText->setWordWrap(true);
    m_captionText->setForegroundRole(QPalette::PlaceholderText);
    m_transparent = new QCheckBox(tr("&Transparent background"));
    m_colours = new QComboBox;
    m_colours->addItem(tr("Light, for reports and print"), int(FigureColours::Light));
    m_colours->addItem(tr("Dark"), int(FigureColours::Dark));
    m_colours->addItem(tr("As on screen"), int(FigureColours::Screen));
    m_colours->setCurrentIndex(std::max(
        0, m_colours->findData(settings.value(u"colours"_s, int(FigureColours::Light)).toInt())));

    m_path = new QLineEdit(QDir(initialFolder(settings)).filePath(u"entente"_s));
}

void ExportDialog::layOut()
{
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×")));
    size->addWidget(m_height);
    size->addStretch();
    auto *browse = new QPushButton(tr("&Browse…"));
    // Enter exports, wherever the focus is; Space or Alt+B browses.
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_target);
    form->addRow(tr("&Format:"), m_format);
    // The size is two boxes in a row: its label leads to the first.
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, size);
    form->addRow(tr("Sca&le:"), m_scale);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(QString(), m_caption);
    form->addRow(QString(), m_captionText);
    form->addRow(tr("C&olours:"), m_colours);
    form->addRow(QString(), m_transparent);
    auto *fileLabel = new QLabel(tr("Sa&ve to:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Made the default once it is the dialog's: before that, setDefault() does not reach the
    // dialog, which then made the first button in the focus chain (Browse…) its default.
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportTarget ExportDialog::target() const
{
    return ExportTarget(m_target->currentData().toInt());
}

FigureOptions ExportDialog::options() const
{
    FigureOptions o;
    o.format = ImageFormat(m_format->currentData().toInt());
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = imageFormatInfo(o.format).raster ? m_scale->currentData().toInt() : 1;
    o.dpi = m_dpi->value();
    o.title = m_title->text();
    o.caption = m_caption->isChecked() ? m_captionText->text() : QString();
    o.transparent = o.format == ImageFormat::Png && m_transparent->isChecked();
    o.colours = FigureColours(m_colours->currentData().toInt());
    return o;
}

QString ExportDialog::path() const
{
    return m_path->text();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateControls()
{
    const ImageFormat format = ImageFormat(m_format->currentData().toInt());
    const bool raster = imageFormatInfo(format).raster;
    m_scale->setEnabled(raster);
    m_dpi->setEnabled(format == ImageFormat::Pdf);
    m_transparent->setEnabled(format == ImageFormat::Png);
    // The title follows the figure until the user writes one of their own.
    const QString title = m_hooks.defaultTitle ? m_hooks.defaultTitle(target()) : QString();
    if (m_title->text().isEmpty() || m_title->text() == m_lastDefaultTitle)
        m_title->setText(title);
    m_lastDefaultTitle = title;
    m_captionText->setText(m_hooks.caption ? m_hooks.caption(target()) : QString());
    m_captionText->setEnabled(m_caption->isChecked());
    // The file's suffix follows the format.
    QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty()) {
        const QString base = info.suffix().isEmpty() || imageFormatFromName(info.suffix())
                                 ? info.completeBaseName()
                                 : info.fileName();
        m_path->setText(info.dir().filePath(base + u'.' + imageFormatSuffix(format)));
    }
}

void ExportDialog::browse()
{
    const ImageFormat format = ImageFormat(m_format->currentData().toInt());
    const QString filter =
        tr("%1 files (*.%2)").arg(imageFormatSuffix(format).toUpper(), imageFormatSuffix(format));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Image"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ExportDialog::exportNow(QString *error)
{
    if (m_path->text().trimmed().isEmpty()) {
        *error = tr("Choose the file to write.");
        return false;
    }
    if (!m_hooks.write || !m_hooks.write(target(), m_path->text(), options(), error))
        return false;
    QSettings settings;
    settings.beginGroup(u"export"_s);
    const FigureOptions o = options();
    settings.setValue(u"format"_s, int(o.format));
    settings.setValue(u"width"_s, o.size.width());
    settings.setValue(u"height"_s, o.size.height());
    settings.setValue(u"scale"_s, m_scale->currentData().toInt());
    settings.setValue(u"dpi"_s, o.dpi);
    settings.setValue(u"caption"_s, m_caption->isChecked());
    settings.setValue(u"colours"_s, int(o.colours));
    settings.setValue(u"folder"_s, QFileInfo(m_path->text()).absolutePath());
    return true;
}

void ExportDialog::accept()
{
    QString error;
    if (!exportNow(&error)) {
        QMessageBox::warning(this, tr("Cannot export the image"), error);
        return;
    }
    QDialog::accept();
}

} // namespace entente::ui
