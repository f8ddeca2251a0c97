// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtableview.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>

#include <algorithm>
#include <limits>

namespace entente::ui {

namespace {

// A far-off row's place, kept inside what a QRect holds.
int clampedToInt(qint64 value)
{
    constexpr qint64 kLimit = std::numeric_limits<int>::max() / 4;
    return int(std::clamp(value, -kLimit, kLimit));
}

} // namespace

EventTableView::EventTableView(QWidget *parent) : QTableView(parent)
{
    verticalHeader()->hide();
    setVerticalScrollMode(ScrollPerItem);
    updateRowHeight();
}

void EventTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    // Not QTableView::setModel(): that gives the model to the vertical header too, which would
    // make its record per row. Only the columns' header gets it.
    horizontalHeader()->setModel(model);
    QAbstractItemView::setModel(model);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EventTableView::rowsChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &EventTableView::rowsChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EventTableView::rowsChanged);
    }
    rowsChanged();
}

void EventTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    // Likewise: the vertical header, without the model, cannot take the model's selection.
    horizontalHeader()->setSelectionModel(selectionModel);
    QAbstractItemView::setSelectionModel(selectionModel);
}

int EventTableView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int EventTableView::firstRow() const
{
    return verticalScrollBar()->value();
}

int EventTableView::rowsInView() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

int EventTableView::rowAtY(int y) const
{
    if (y < 0)
        return -1;
    const qint64 row = qint64(firstRow()) + y / m_rowHeight;
    return row < rowCount() ? int(row) : -1;
}

qint64 EventTableView::rowTop(int row) const
{
    return (qint64(row) - firstRow()) * m_rowHeight;
}

void EventTableView::rowsChanged()
{
    updateGeometries();
    viewport()->update();
}

void EventTableView::updateRowHeight()
{
    m_rowHeight = std::max(1, fontMetrics().height() + 8);
}

void EventTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateRowHeight();
        rowsChanged();
    }
    QTableView::changeEvent(event);
}

int EventTableView::verticalOffset() const
{
    return clampedToInt(qint64(firstRow()) * m_rowHeight);
}

bool EventTableView::isIndexHidden(const QModelIndex &index) const
{
    return isColumnHidden(index.column());
}

QRect EventTableView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model())
        return {};
    const QHeaderView *columns = horizontalHeader();
    return QRect(columns->sectionViewportPosition(index.column()),
                 clampedToInt(rowTop(index.row())), columns->sectionSize(index.column()),
                 m_rowHeight);
}

QModelIndex EventTableView::indexAt(const QPoint &point) const
{
    const int row = rowAtY(point.y());
    const int column = horizontalHeader()->logicalIndexAt(point.x());
    if (row < 0 || column < 0 || !model())
        return {};
    return model()->index(row, column, rootIndex());
}

void EventTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model())
        return;
    const int row = index.row();
    const int first = firstRow();
    const int page = rowsInView();
    int top = first;
    switch (hint) {
    case EnsureVisible:
        if (row < first)
            top = row;
        else if (row >= first + page)
            top = row - page + 1;
        break;
    case PositionAtTop:
        top = row;
        break;
    case PositionAtBottom:
        top = row - page + 1;
        break;
    case PositionAtCenter:
        top = row - page / 2;
        break;
    }
    verticalScrollBar()->setValue(top);
    // The column, as far as the view lets it be seen whole.
    const QHeaderView *columns = horizontalHeader();
    const int left = columns->sectionViewportPosition(index.column());
    const int right = left + columns->sectionSize(index.column());
    if (left < 0 || right > viewport()->width()) {
        const int visual = columns->visualIndex(index.column());
        if (horizontalScrollMode() == ScrollPerItem)
            horizontalScrollBar()->setValue(visual);
        else
            horizontalScrollBar()->setValue(columns->sectionPosition(index.column()));
    }
}

void EventTableView::selectRow(int row)
{
    if (!model() || row < 0 || row >= rowCount())
        return;
    const int column = std::max(0, horizontalHeader()->logicalIndexAt(0));
    const QModelIndex index = model()->index(row, column, rootIndex());
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

QModelIndex EventTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int rows = rowCount();
    const QHeaderView *columns = horizontalHeader();
    if (rows == 0 || columns->count() == 0)
        return {};
    const QModelIndex current = currentIndex();
    int row = current.isValid() ? current.row() : -1;
    int visual = current.isValid() ? columns->visualIndex(current.column()) : 0;
    const int lastVisual = columns->count() - 1;
    const int page = rowsInView();
    switch (cursorAction) {
    case MoveUp:
        row = row < 0 ? 0 : row - 1;
        break;
    case MoveDown:
        row = row + 1;
        break;
    case MovePageUp:
        row = row < 0 ? 0 : row - page;
        break;
    case MovePageDown:
        row = std::max(row, 0) + page;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MoveLeft:
    case MovePrevious:
        if (visual > 0) {
            --visual;
        } else if (cursorAction == MovePrevious && row > 0) {
            --row;
            visual = lastVisual;
        }
        break;
    case MoveRight:
    case MoveNext:
        if (visual < lastVisual) {
            ++visual;
        } else if (cursorAction == MoveNext && row + 1 < rows) {
            ++row;
            visual = 0;
        }
        break;
    }
    row = std::clamp(row, 0, rows - 1);
    return model()->index(row, columns->logicalIndex(std::clamp(visual, 0, lastVisual)),
                          rootIndex());
}

void EventTableView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const int rows = rowCount();
    if (!model() || rows == 0 || !selectionModel())
        return;
    const QRect r = rect.normalized();
    const auto rowAt = [&](int y) {
        return int(
            std::clamp<qint64>(qint64(firstRow()) + std::max(0, y) / m_rowHeight, 0, rows - 1));
    };
    const QHeaderView *columns = horizontalHeader();
    int left = columns->visualIndexAt(r.left());
    int right = columns->visualIndexAt(r.right());
    if (left < 0)
        left = 0;
    if (right < 0)
        right = columns->count() - 1;
    QItemSelection selection;
    for (int visual = std::min(left, right); visual <= std::max(left, right); ++visual) {
        const int column = columns->logicalIndex(visual);
        selection.select(model()->index(rowAt(r.top()), column, rootIndex()),
                         model()->index(rowAt(r.bottom()), column, rootIndex()));
    }
    selectionModel()->select(selection, command);
}

QRegion EventTableView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const int first = firstRow();
    const int last = first + rowsInView();
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid() || range.parent() != rootIndex() || range.bottom() < first ||
            range.top() > last)
            continue;
        const int top = std::max(range.top(), first);
        const int bottom = std::min(range.bottom(), last);
        for (int column = range.left(); column <= range.right(); ++column) {
            const QRect cell = visualRect(model()->index(top, column, rootIndex()));
            region +=
                QRect(cell.left(), cell.top(), cell.width(), (bottom - top + 1) * m_rowHeight);
        }
    }
    return region;
}

void EventTableView::updateGeometries()
{
    // QTableView places the columns' header and sets the horizontal scroll bar; it would set the
    // vertical one from its (empty) vertical header, so that one is set here after it.
    const int first = firstRow();
    {
        const QSignalBlocker blocker(verticalScrollBar());
        QTableView::updateGeometries();
        const int page = rowsInView();
        verticalScrollBar()->setSingleStep(1);
        verticalScrollBar()->setPageStep(page);
        verticalScrollBar()->setRange(0, std::max(0, rowCount() - page));
        verticalScrollBar()->setValue(first);
    }
    if (firstRow() != first)
        viewport()->update();
}

void EventTableView::scrollContentsBy(int dx, int dy)
{
    if (dx != 0)
        horizontalHeader()->setOffset(horizontalOffset());
    if (dx != 0 || dy != 0)
        viewport()->update();
}

int EventTableView::sizeHintForRow(int) const
{
    return m_rowHeight;
}

int EventTableView::sizeHintForColumn(int column) const
{
    // The rows in view, as QTableView measures them: never all of them.
    if (!model() || column < 0 || column >= model()->columnCount(rootIndex()))
        return -1;
    ensurePolished();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int first = firstRow();
    const int last = std::min(rowCount() - 1, first + rowsInView());
    int widest = 0;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, column, rootIndex());
        widest = std::max(widest, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return widest + (showGrid() ? 1 : 0);
}

void EventTableView::paintEvent(QPaintEvent *event)
{
    const QAbstractItemModel *items = model();
    if (!items)
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem base;
    initViewItemOption(&base);
    const QHeaderView *columns = horizontalHeader();
    const QRect area = event->rect();
    const int first = std::max(firstRow(), rowAtY(area.top()));
    const int last = std::min(rowCount() - 1, firstRow() + area.bottom() / m_rowHeight);
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus() || viewport()->hasFocus();
    const int grid = showGrid() ? 1 : 0;
    for (int row = first; row >= 0 && row <= last; ++row) {
        const int top = int(rowTop(row));
        for (int visual = 0; visual < columns->count(); ++visual) {
            const int column = columns->logicalIndex(visual);
            if (columns->isSectionHidden(column))
                continue;
            const int left = columns->sectionViewportPosition(column);
            const int width = columns->sectionSize(column);
            if (left + width <= area.left() || left > area.right())
                continue;
            const QModelIndex index = items->index(row, column, rootIndex());
            QStyleOptionViewItem option = base;
            option.rect = QRect(left, top, width - grid, m_rowHeight - grid);
            if (alternatingRowColors() && (row & 1))
                option.features |= QStyleOptionViewItem::Alternate;
            if (selectionModel() && selectionModel()->isSelected(index))
                option.state |= QStyle::State_Selected;
            if (!(items->flags(index) & Qt::ItemIsEnabled))
                option.state &= ~QStyle::State_Enabled;
            option.palette.setCurrentColorGroup(
                !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                : (option.state & QStyle::State_Active) ? QPalette::Active
                                                        : QPalette::Inactive);
            if (focused && index == current)
                option.state |= QStyle::State_HasFocus;
            style()->drawPrimitive(QStyle::PE_PanelItemViewRow, &option, &painter, this);
            itemDelegateForIndex(index)->paint(&painter, option, index);
        }
    }
    if (!grid || last < first)
        return;
    // The grid, in the style's colour: a line under each row and right of each column.
    const QColor colour =
        QColor::fromRgba(uint(style()->styleHint(QStyle::SH_Table_GridLineColor, &base, this)));
    painter.setPen(QPen(colour, 0, gridStyle()));
    const int right = std::min(area.right(), columns->length() - horizontalOffset());
    for (int row = first; row >= 0 && row <= last; ++row) {
        const int bottom = int(rowTop(row)) + m_rowHeight - 1;
        painter.drawLine(area.left(), bottom, right, bottom);
    }
    const int bottom = std::min(area.bottom(), int(rowTop(last + 1)) - 1);
    for (int visual = 0; visual < columns->count(); ++visual) {
        const int column = columns->logicalIndex(visual);
        if (columns->isSectionHidden(column))
            continue;
        const int x = columns->sectionViewportPosition(column) + columns->sectionSize(column) - 1;
        if (x >= area.left() && x <= area.right())
            painter.drawLine(x, area.top(), x, bottom);
    }
}

} // namespace entente::ui
