// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "index/facetmodel.h"
#include "index/roles.h"
#include "index/textsearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QMultiHash>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

/*! Draws a facet entry: check box, colour square for topics, label, and its count at the right. */
class FacetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // A click anywhere on the row ticks or unticks it, not only on the small check box.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (event->type() == QEvent::MouseButtonRelease ||
            event->type() == QEvent::MouseButtonDblClick) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton ||
                !option.rect.contains(mouse->position().toPoint()))
                return false;
            if (event->type() == QEvent::MouseButtonRelease) {
                const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            }
            return true;
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString colour = index.data(core::FacetColourRole).toString();
        if (!colour.isEmpty()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(colour));
            option->icon = QIcon(swatch);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
        }
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString count = QLocale().toString(index.data(core::FacetCountRole).toInt());
        const int countWidth = opt.fontMetrics.horizontalAdvance(count) + 10;
        // A topic inside another is indented under it, by a font height for each level.
        const int indent = index.data(core::FacetDepthRole).toInt() * opt.fontMetrics.height();
        opt.rect.adjust(indent, 0, -countWidth, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        painter->save();
        painter->setPen(
            option.palette.color(QPalette::PlaceholderText)); // the count is outside the highlight
        painter->drawText(
            QRect(opt.rect.right(), option.rect.top(), countWidth - 4, option.rect.height()),
            Qt::AlignVCenter | Qt::AlignRight, count);
        painter->restore();
    }
};

QListView *makeList(core::FacetModel *model, QWidget *parent,
                    QSortFilterProxyModel **proxyOut = nullptr)
{
    auto *list = new QListView(parent);
    auto *proxy = new QSortFilterProxyModel(list);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterRole(core::FacetSearchRole);
    list->setModel(proxy);
    list->setItemDelegate(new FacetDelegate(list));
    list->setUniformItemSizes(true);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (proxyOut)
        *proxyOut = proxy;
    // Space toggles the current entry, so the lists work from the keyboard alone.
    return list;
}

// The topics the data uses as a tree: each after its parent, indented one level deeper; the
// topics without a parent (or whose parent no event uses) at the top, in the index's order.
QList<core::FacetModel::Entry> topicTree(const core::EventIndex &index)
{
    const QList<core::Topic> &all = index.topics();
    QHash<QString, qsizetype> used; // slug → position in all
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (index.topicUsed(i))
            used.insert(all[i].slug, i);
    }
    QMultiHash<qsizetype, qsizetype> children; // parent's position → children's
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!index.topicUsed(i))
            continue;
        const qsizetype parent = used.value(all[i].parent, -1);
        if (parent >= 0 && parent != i)
            children.insert(parent, i);
        else
            roots.append(i);
    }
    QList<core::FacetModel::Entry> entries;
    QSet<qsizetype> placed; // a cycle of parents, which no writer makes, ends where it repeats
    const std::function<void(qsizetype, qint32)> place = [&](qsizetype i, qint32 depth) {
        if (placed.contains(i))
            return;
        placed.insert(i);
        const core::Topic &t = all[i];
        core::FacetModel::Entry e{t.slug, t.name, {}, {}, t.colour, qint32(i)};
        e.depth = depth;
        entries.append(e);
        QList<qsizetype> kids = children.values(i);
        std::sort(kids.begin(), kids.end());
        for (qsizetype child : std::as_const(kids))
            place(child, depth + 1);
    };
    for (qsizetype i : std::as_const(roots))
        place(i, 0);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (index.topicUsed(i))
            place(i, 0); // only what a cycle kept from the roots
    }
    return entries;
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s + text.toHtmlEscaped() + u" ✕</a>"_s;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_countryModel(new core::FacetModel(this)),
      m_topicModel(new core::FacetModel(this)), m_typeModel(new core::FacetModel(this))
{
    auto *layout = new QVBoxLayout(this);
    createSearch(layout);
    createChips(layout);
    createCountryBox(layout);
    m_topics = addFacetBox(layout, tr("Topics"), m_topicModel, &core::EventFilter::topics, 2);
    m_types =
        addFacetBox(layout, tr("Event types"), m_typeModel, &core::EventFilter::eventTypes, 1);
    createPeriodBox(layout);
    m_unreviewed = new QCheckBox(tr("Only events not yet &reviewed"));
    m_unreviewed->setObjectName(u"unreviewedOnly"_s);
    m_unreviewed->setToolTip(tr("Events proposed from a report that no person has checked "
                                "against its source yet."));
    connect(m_unreviewed, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating || m_filter.unreviewedOnly == on)
            return;
        m_filter.unreviewedOnly = on;
        emitChanged();
    });
    layout->addWidget(m_unreviewed);
    updateChips();
}

// The text search, applied as the user types (after a short pause).
void FilterPanel::createSearch(QVBoxLayout *layout)
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search titles and summaries…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    layout->addWidget(m_search);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating) // the clear button: at once
            m_searchDebounce->start(0);
    });
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        if (m_filter.text == m_search->text())
            return;
        m_filter.text = m_search->text();
        emitChanged();
    });
}

// The active filters as links that remove them.
void FilterPanel::createChips(QVBoxLayout *layout)
{
    m_chips = new QLabel;
    m_chips->setWordWrap(true);
    m_chips->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_chips->setAccessibleName(tr("Active filters"));
    connect(m_chips, &QLabel::linkActivated, this, &FilterPanel::removeChip);
    layout->addWidget(m_chips);
}

void FilterPanel::createCountryBox(QVBoxLayout *layout)
{
    auto *countryBox = new QGroupBox(tr("Countries"));
    auto *countryLayout = new QVBoxLayout(countryBox);
    m_countrySearch = new QLineEdit;
    m_countrySearch->setObjectName(u"countrySearch"_s);
    m_countrySearch->setPlaceholderText(tr("Find a country or code…"));
    m_countrySearch->setClearButtonEnabled(true);
    m_countryMode = new QComboBox;
    m_countryMode->addItem(tr("Any of the ticked countries"));
    m_countryMode->addItem(tr("All of them (e.g. bilateral events)"));
    m_countryMode->setAccessibleName(tr("Country mode"));
    QSortFilterProxyModel *countryProxy = nullptr;
    m_countries = makeList(m_countryModel, countryBox, &countryProxy);
    m_countries->setAccessibleName(tr("Countries"));
    connect(m_countrySearch, &QLineEdit::textChanged, countryProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    countryLayout->addWidget(m_countrySearch);
    countryLayout->addWidget(m_countryMode);
    countryLayout->addWidget(m_countries);
    layout->addWidget(countryBox, 3);
    connect(m_countryMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating)
            return;
        m_filter.countryMode =
            index == 1 ? core::EventFilter::CountryMode::All : core::EventFilter::CountryMode::Any;
        emitChanged();
    });
    connectFacet(m_countryModel, &core::EventFilter::countries);
}

// A titled box with the facet list of \a model, whose ticks set \a member of the filter.
QListView *FilterPanel::addFacetBox(QVBoxLayout *layout, const QString &title,
                                    core::FacetModel *model, QStringList core::EventFilter::*member,
                                    int stretch)
{
    auto *box = new QGroupBox(title);
    auto *boxLayout = new QVBoxLayout(box);
    QListView *list = makeList(model, box);
    list->setAccessibleName(title);
    boxLayout->addWidget(list);
    layout->addWidget(box, stretch);
    connectFacet(model, member);
    return list;
}

void FilterPanel::connectFacet(core::FacetModel *model, QStringList core::EventFilter::*member)
{
    connect(model, &core::FacetModel::checkedKeysChanged, this,
            [this, member](const QStringList &keys) {
                m_filter.*member = keys;
                emitChanged();
            });
}

// From and to as EDTF dates, with presets around the selected event.
void FilterPanel::createPeriodBox(QVBoxLayout *layout)
{
    auto *periodBox = new QGroupBox(tr("Period"));
    auto *periodLayout = new QFormLayout(periodBox);
    m_from = new QLineEdit;
    m_to = new QLineEdit;
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setPlaceholderText(tr("e.g. 2014, 2022-04 or 2022-06-01"));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, &FilterPanel::readPeriod);
        connect(edit, &QLineEdit::textChanged, this, [edit](const QString &text) {
            if (text.isEmpty())
                Q_EMIT edit->editingFinished();
        });
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    periodLayout->addRow(tr("Fro&m:"), m_from);
    periodLayout->addRow(tr("T&o:"), m_to);
    m_periodError = new QLabel;
    m_periodError->setWordWrap(true);
    m_periodError->hide();
    periodLayout->addRow(m_periodError);
    auto *presets = new QHBoxLayout;
    auto *all = new QPushButton(tr("All time"));
    auto *decade = new QPushButton(tr("Decade"));
    auto *year = new QPushButton(tr("Year"));
    decade->setToolTip(tr("The decade of the selected event"));
    year->setToolTip(tr("The year of the selected event"));
    presets->addWidget(all);
    presets->addWidget(decade);
    presets->addWidget(year);
    periodLayout->addRow(presets);
    layout->addWidget(periodBox);
    connect(all, &QPushButton::clicked, this, [this] { setPeriod({}, {}); });
    connect(year, &QPushButton::clicked, this, [this] {
        if (!m_selectionDay)
            return;
        const qint64 y = m_selectionDay->astronomicalYear();
        setPeriod(core::PartialDate::point({y}), core::PartialDate::point({y}));
    });
    connect(decade, &QPushButton::clicked, this, [this] {
        if (!m_selectionDay)
            return;
        // Floored, so that the decade of 5 BCE (astronomical -4) is -10 to -1.
        const qint64 year = m_selectionDay->astronomicalYear();
        const qint64 y = year >= 0 ? year / 10 * 10 : -((-year + 9) / 10 * 10);
        setPeriod(core::PartialDate::point({y}), core::PartialDate::point({y + 9}));
    });
    m_decadePreset = decade;
    m_yearPreset = year;
    decade->setEnabled(false);
    year->setEnabled(false);
}

void FilterPanel::setIndex(const core::EventIndex *index)
{
    m_index = index;
    QList<core::FacetModel::Entry> countries, topics, types;
    if (index) {
        // Only what the data has: a country with no event is no use as a filter. (The index
        // knows which occur; it found them while loading, off the GUI thread.)
        for (qsizetype i = 0; i < index->countries().size(); ++i) {
            if (index->countryUsed(i)) {
                const core::Country &c = index->countries()[i];
                countries.append(
                    {c.alpha3, c.displayName(), c.alpha3, c.englishName(), {}, qint32(i)});
            }
        }
        std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
        topics = topicTree(*index);
        for (qsizetype i = 0; i < index->eventTypes().size(); ++i) {
            if (index->typeUsed(i)) {
                const core::EventType &t = index->eventTypes()[i];
                types.append({t.code,
                              t.name,
                              t.scheme == u"cameo"_s ? t.code : QString(),
                              {},
                              {},
                              qint32(i)});
            }
        }
    }
    m_countryModel->setEntries(countries);
    m_topicModel->setEntries(topics);
    m_typeModel->setEntries(types);
    setFilter(m_filter);
}

void FilterPanel::setFilter(const core::EventFilter &filter)
{
    m_updating = true;
    m_filter = filter;
    m_countryModel->setCheckedKeys(filter.countries);
    m_topicModel->setCheckedKeys(filter.topics);
    m_typeModel->setCheckedKeys(filter.eventTypes);
    m_countryMode->setCurrentIndex(filter.countryMode == core::EventFilter::CountryMode::All ? 1
                                                                                             : 0);
    if (m_search->text() != filter.text)
        m_search->setText(filter.text);
    m_from->setText(filter.from.toEdtf());
    m_to->setText(filter.to.toEdtf());
    m_unreviewed->setChecked(filter.unreviewedOnly);
    m_periodError->hide();
    m_updating = false;
    updateChips();
}

void FilterPanel::setCounts(const core::FilterResult &result)
{
    m_countryModel->setCounts(result.countryCounts);
    m_topicModel->setCounts(result.topicCounts);
    m_typeModel->setCounts(result.typeCounts);
}

void FilterPanel::setSelectionDay(std::optional<core::JulianDay> day)
{
    m_selectionDay = day;
    m_decadePreset->setEnabled(day.has_value());
    m_yearPreset->setEnabled(day.has_value());
}

void FilterPanel::clearAll()
{
    setFilter({});
    emitChanged();
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterPanel::emitChanged()
{
    if (m_updating)
        return;
    updateChips();
    Q_EMIT filterChanged(m_filter);
}

void FilterPanel::setPeriod(const core::PartialDate &from, const core::PartialDate &to)
{
    m_filter.from = from;
    m_filter.to = to;
    m_updating = true;
    m_from->setText(from.toEdtf());
    m_to->setText(to.toEdtf());
    m_updating = false;
    m_periodError->hide();
    emitChanged();
}

void FilterPanel::readPeriod()
{
    if (m_updating)
        return;
    QString error;
    const auto from = core::PartialDate::fromEdtf(m_from->text(), &error);
    const auto to = from ? core::PartialDate::fromEdtf(m_to->text(), &error) : std::nullopt;
    if (!from || !to) {
        m_periodError->setText(error);
        m_periodError->show();
        return;
    }
    if (!from->isUndated() && !to->isUndated() && to->upperBound() < from->lowerBound()) {
        m_periodError->setText(tr("The period ends before it starts."));
        m_periodError->show();
        return;
    }
    m_periodError->hide();
    if (m_filter.from == *from && m_filter.to == *to)
        return;
    m_filter.from = *from;
    m_filter.to = *to;
    emitChanged();
}

void FilterPanel::updateChips()
{
    QStringList chips;
    for (const QString &code : m_filter.countries)
        chips.append(link(u"country:"_s + code, m_countryModel->labelOf(code)));
    if (m_filter.countries.size() > 1 &&
        m_filter.countryMode == core::EventFilter::CountryMode::All)
        chips.append(link(u"mode:"_s, tr("all of them")));
    for (const QString &slug : m_filter.topics)
        chips.append(link(u"topic:"_s + slug, m_topicModel->labelOf(slug)));
    for (const QString &code : m_filter.eventTypes)
        chips.append(link(u"type:"_s + code, m_typeModel->labelOf(code)));
    if (m_filter.hasPeriod()) {
        const QString from = m_filter.from.isUndated() ? u"…"_s : m_filter.from.toDisplayString();
        const QString to = m_filter.to.isUndated() ? u"…"_s : m_filter.to.toDisplayString();
        chips.append(link(u"period:"_s, from + u" – "_s + to));
    }
    if (!core::searchTerms(m_filter.text).isEmpty())
        chips.append(link(u"text:"_s, u"“"_s + m_filter.text.trimmed().left(40) + u"”"_s));
    if (m_filter.unreviewedOnly)
        chips.append(link(u"unreviewed:"_s, tr("not yet reviewed")));
    if (chips.isEmpty()) {
        m_chips->setText(tr("No filter: all events are shown."));
        return;
    }
    chips.append(u"<a href=\"clear:\"><b>"_s + tr("Clear all").toHtmlEscaped() + u"</b></a>"_s);
    m_chips->setText(chips.join(u" &nbsp; "_s));
}

void FilterPanel::removeChip(const QString &href)
{
    const QString kind = href.section(u':', 0, 0);
    const QString key = href.section(u':', 1);
    if (kind == u"clear"_s) {
        clearAll();
        return;
    }
    core::EventFilter f = m_filter;
    if (kind == u"country"_s)
        f.countries.removeAll(key);
    else if (kind == u"mode"_s)
        f.countryMode = core::EventFilter::CountryMode::Any;
    else if (kind == u"topic"_s)
        f.topics.removeAll(key);
    else if (kind == u"type"_s)
        f.eventTypes.removeAll(key);
    else if (kind == u"period"_s)
        f.from = f.to = {};
    else if (kind == u"text"_s)
        f.text.clear();
    else if (kind == u"unreviewed"_s)
        f.unreviewedOnly = false;
    setFilter(f);
    emitChanged();
}

} // namespace entente::ui
