// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the scalable icon as the PNG sizes desktop shells still ask for.
//
//   entente-rendericon ICON.svg OUT_DIR SIZE...   writes OUT_DIR/SIZExSIZE/apps/<icon name>.png
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: entente-rendericon ICON.svg OUT_DIR SIZE...\n";
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        err << "entente-rendericon: cannot read " << svg << '\n';
        return 2;
    }
    const QString name = QFileInfo(svg).completeBaseName() + QLatin1String(".png");
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size < 8 || size > 1024) {
            err << "entente-rendericon: a size is between 8 and 1024, not " << argv[i] << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QString::fromLocal8Bit(argv[2]) + u'/' + QString::number(size) + u'x' +
                            QString::number(size) + QLatin1String("/apps");
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + name)) {
            err << "entente-rendericon: cannot write in " << dir << '\n';
            return 3;
        }
    }
    return 0;
}
