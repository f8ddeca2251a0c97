// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace entente::ui {

/*!
 * The table of events: rows of one height, and no record kept per row.
 *
 * QTableView keeps one record per row in its vertical header: 160 MB for 20 million events, and
 * filling them (mostly the kernel handing out fresh pages) was most of the 75–100 ms the window
 * stalled when a large database arrived. Here the vertical header never sees the model. A row's
 * place is its number times the row height, and the vertical scroll bar counts rows. The columns
 * stay QTableView's own (its horizontal header: resized, moved and sized to contents as usual),
 * and so do its selection, keyboard and accessibility.
 *
 * What it leaves out: spans, hidden rows and rows of different heights, which the table of
 * events does not use.
 */
class EventTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit EventTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

    /*! Makes \a row current and selects it (QTableView's own needs its vertical header). */
    void selectRow(int row);
    /*! The height of every row, in device-independent pixels. */
    int rowHeight() const { return m_rowHeight; }

protected:
    void paintEvent(QPaintEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    int sizeHintForRow(int row) const override;
    int sizeHintForColumn(int column) const override;
    void changeEvent(QEvent *event) override;

private:
    int rowCount() const;
    int firstRow() const;
    int rowsInView() const; // rows wholly in view, at least one
    int rowAtY(int y) const;
    qint64 rowTop(int row) const;
    void rowsChanged();
    void updateRowHeight();

    int m_rowHeight = 1;
};

} // namespace entente::ui
