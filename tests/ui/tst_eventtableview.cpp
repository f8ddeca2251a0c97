// SPDX-License-Identifier: GPL-3.0-or-later
// The table of events keeps no record per row: tested with millions of rows, as a user moves
// through them with the keyboard and the mouse.

#include "eventtableview.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using entente::ui::EventTableView;

namespace {

// Rows named by their number, as many as asked: a real model, computed, so that millions of
// rows cost no memory in the test either.
class NumberedRows final : public QAbstractTableModel
{
public:
    explicit NumberedRows(int rows) : m_rows(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return index.column() == 0 ? u"row %1"_s.arg(index.row())
                                   : u"cell %1.%2"_s.arg(index.row()).arg(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role == Qt::DisplayRole && orientation == Qt::Horizontal)
            return u"Column %1"_s.arg(section);
        return {};
    }
    void setRows(int rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    void appendRows(int count)
    {
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }

private:
    int m_rows;
};

} // namespace

class TestEventTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesThroughMillionsOfRows()
    {
        constexpr int kRows = 5'000'000;
        NumberedRows rows(kRows);
        EventTableView view;
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::SingleSelection);
        view.setModel(&rows);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // No record per row anywhere: the vertical header has none, the scroll bar counts rows.
        QCOMPARE(view.verticalHeader()->count(), 0);
        QCOMPARE(view.horizontalHeader()->count(), 3);
        const int page = view.viewport()->height() / view.rowHeight();
        QCOMPARE(view.verticalScrollBar()->maximum(), kRows - page);

        // A click selects the row under the mouse.
        const QModelIndex third = rows.index(2, 1);
        const QRect cell = view.visualRect(third);
        QCOMPARE(view.indexAt(cell.center()), third);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view.currentIndex().row(), 2);
        QVERIFY(view.selectionModel()->isRowSelected(2, {}));

        // The keys a reader uses: down, page down, end, home, up.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentIndex().row(), 3);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(view.currentIndex().row(), 3 + page);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentIndex().row(), kRows - 1);
        QVERIFY(view.selectionModel()->isRowSelected(kRows - 1, {}));
        // The last row is in view, whole, at the bottom.
        const QRect last = view.visualRect(view.currentIndex());
        QVERIFY(last.top() >= 0 && last.bottom() < view.viewport()->height());
        QCOMPARE(view.indexAt(last.center()).row(), kRows - 1);
        QCOMPARE(view.indexAt(QPoint(last.center().x(), last.bottom() + view.rowHeight())),
                 QModelIndex());
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentIndex().row(), 0);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.currentIndex().row(), 0);

        // Scrolled to a row far down, as the main window does for the event selected in the
        // timeline: it is in view, and it is what is drawn there.
        const QModelIndex far = rows.index(3'141'592, 0);
        view.selectionModel()->setCurrentIndex(far, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        view.scrollTo(far, QAbstractItemView::PositionAtCenter);
        const QRect farCell = view.visualRect(far);
        QVERIFY(view.viewport()->rect().contains(farCell));
        QCOMPARE(view.indexAt(farCell.center()), far);
        QVERIFY(view.selectionModel()->isRowSelected(3'141'592, {}));
        // Drawn selected: the row's middle is the highlight colour, its neighbours' are not.
        const QImage shown = view.viewport()->grab().toImage();
        const QColor highlight = view.palette().color(QPalette::Active, QPalette::Highlight);
        auto colourAt = [&](int y) {
            // Right of the text of the first column, inside it.
            const int x = farCell.left() + farCell.width() * 9 / 10;
            return shown.pixelColor(int(x * shown.devicePixelRatio()),
                                    int(y * shown.devicePixelRatio()));
        };
        // (The style may shade its highlight by a step or two.)
        auto near = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                       std::abs(a.blue() - b.blue()) <
                   12;
        };
        QVERIFY(near(colourAt(farCell.center().y()), highlight));
        QVERIFY(!near(colourAt(farCell.center().y() + view.rowHeight()), highlight));
        QVERIFY(!near(colourAt(farCell.center().y() - view.rowHeight()), highlight));

        // Columns fit their content (the rows in view only: never five million of them).
        view.resizeColumnToContents(0);
        const int fitted = view.columnWidth(0);
        QVERIFY(fitted >= view.fontMetrics().horizontalAdvance(u"row 3141592"_s));

        // Fewer rows: the scroll bar follows, and what was selected past the end is gone.
        rows.setRows(10);
        QCOMPARE(view.verticalScrollBar()->maximum(), std::max(0, 10 - page));
        QCOMPARE(view.indexAt(view.visualRect(rows.index(9, 0)).center()).row(), 9);
        rows.appendRows(1'000'000);
        QCOMPARE(view.verticalScrollBar()->maximum(), 1'000'010 - page);
        QCOMPARE(view.verticalHeader()->count(), 0);
    }

    void followsThePalette()
    {
        // A dark palette, as a dark desktop theme gives: rows are drawn dark with light text.
        NumberedRows rows(50);
        EventTableView view;
        view.setAlternatingRowColors(true);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark);
        view.setModel(&rows);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shown = view.viewport()->grab().toImage();
        const qreal scale = shown.devicePixelRatio();
        int darkPixels = 0;
        int lightPixels = 0;
        for (int row = 0; row < 4; ++row) {
            const QRect cell = view.visualRect(rows.index(row, 0));
            for (int x = cell.left() + 1; x < cell.right() - 1; ++x) {
                const int grey = qGray(shown.pixel(int(x * scale), int(cell.center().y() * scale)));
                darkPixels += grey < 0x40;
                lightPixels += grey > 0xa0;
            }
        }
        QVERIFY2(darkPixels > lightPixels && lightPixels > 0,
                 qPrintable(u"%1 dark, %2 light"_s.arg(darkPixels).arg(lightPixels)));
    }

    void aRowDoubleClickedIsNamed()
    {
        NumberedRows rows(100);
        EventTableView view;
        view.setModel(&rows);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy doubleClicked(&view, &QAbstractItemView::doubleClicked);
        const QRect cell = view.visualRect(rows.index(4, 2));
        // (QTest's double click is its second click: the first comes before it.)
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(doubleClicked.count(), 1);
        QCOMPARE(doubleClicked.first().first().toModelIndex(), rows.index(4, 2));
        // The wheel scrolls by rows.
        const int before = view.verticalScrollBar()->value();
        QWheelEvent wheel(cell.center(), view.viewport()->mapToGlobal(cell.center()), {},
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.verticalScrollBar()->value() > before);
        const QModelIndex top = view.indexAt(QPoint(cell.center().x(), 1));
        QCOMPARE(top.row(), view.verticalScrollBar()->value());
    }
};

QTEST_MAIN(TestEventTableView)
#include "tst_eventtableview.moc"
