#include "resourcepane.h"

#include "models/regionsmodel.h"
#include "widgets/celltextdelegate.h"
#include "widgets/errorbanner.h"
#include "widgets/resourcetable.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusTipEvent>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

TextQueryProxy::TextQueryProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterRole(SearchRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TextQueryProxy::setQuery(const QString &typed)
{
    ecs::TextQuery query(typed);
    if (query.tokens() == m_query.tokens())
        return;
    m_query = query;
    invalidateFilter();
}

bool TextQueryProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_query.isEmpty()
        && !m_query.matches(
            sourceModel()
                ->index(sourceRow, filterKeyColumn() < 0 ? 0 : filterKeyColumn(), sourceParent)
                .data(filterRole())
                .toString()))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

ResourcePane::ResourcePane(ecs::EcsClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_controls(new QHBoxLayout)
    , m_actions(new QHBoxLayout)
    , m_filter(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    m_filter->setClearButtonEnabled(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busy->setAccessibleName(tr("Loading"));
    // Its room is kept while hidden: the filter field does not change width (and the whole row
    // is not laid out and painted again) each time a load starts or ends.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();
    m_count->setObjectName(u"paneCount"_s);
    m_count->setAccessibleName(tr("Count"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *filterShortcut = new QShortcut(QKeySequence::Find, this);
    filterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(filterShortcut, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &ResourcePane::refresh);
    m_recovery.setSingleShot(true);
    connect(&m_recovery, &QTimer::timeout, this, &ResourcePane::refresh);
    connect(this, &ResourcePane::loaded, this, [this] { m_retry.succeeded(); });

    auto *top = new QHBoxLayout;
    top->addLayout(m_controls);
    top->addWidget(m_filter, 1);
    top->addWidget(m_busy);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_actions);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
}

void ResourcePane::setRegion(const QString &regionId)
{
    if (regionId == m_regionId)
        return;
    cancelAll();
    m_recovery.stop();
    m_retry.succeeded(); // another region starts with a short pause again
    m_regionId = regionId;
    refresh();
}

void ResourcePane::addLabelledControl(const QString &label, QWidget *field)
{
    auto *name = new QLabel(label, this);
    name->setBuddy(field);
    m_controls->addWidget(name);
    m_controls->addWidget(field);
}

void ResourcePane::setContent(QWidget *content)
{
    m_stack->insertWidget(0, content);
    m_stack->setCurrentIndex(0);
}

void ResourcePane::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void ResourcePane::setCount(const QString &text)
{
    m_count->setText(text);
}

void ResourcePane::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? m_stack->widget(0) : m_empty);
}

void ResourcePane::showError(const QString &context, const ecs::ApiError &error)
{
    QString hint;
    if (const int delayMs = m_retry.failed(error); delayMs > 0) {
        m_recovery.start(delayMs);
        hint = tr("Trying again by itself in %n second(s).", "", delayMs / 1000);
    }
    m_banner->showError(context, error, hint);
    Q_EMIT loadFailed(error);
}

void ResourcePane::clearError()
{
    // A refresh starts by clearing; the pause only shrinks again once the data arrives.
    m_recovery.stop();
    m_banner->hide();
}

QTableView *ResourcePane::makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new ResourceTable(parent); // rows arriving below the screen repaint nothing
    view->setModel(model);
    view->setItemDelegate(new CellTextDelegate(view)); // texts shaped once, not every frame
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Interactive columns: ResizeToContents would sample rows on every change of a big table.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QSortFilterProxyModel *ResourcePane::makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new TextQueryProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

void ResourcePane::setTextQuery(QSortFilterProxyModel *proxy, const QString &typed)
{
    if (auto *textProxy = qobject_cast<TextQueryProxy *>(proxy))
        textProxy->setQuery(typed);
    else
        proxy->setFilterFixedString(typed);
}

void ResourcePane::fitColumn(
    QTableView *view, int column, const QString &sample, bool monospace, bool decorated)
{
    // No fixed pixels, and no resizing to contents (which would sample rows on every change and
    // undo the widths the user saved). The margins are the ones the item delegate draws with.
    const QFont font
        = monospace ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : view->font();
    const QStyle *style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int content = QFontMetrics(font).horizontalAdvance(sample) + 2 * margin + 2;
    if (decorated)
        content += (view->iconSize().isValid()
                           ? view->iconSize().width()
                           : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view))
            + 2 * margin;
    // The header's own size hint counts its margins and the sort arrow.
    view->setColumnWidth(
        column, std::max(content, view->horizontalHeader()->sectionSizeHint(column)));
}

void ResourcePane::confirm(QWidget *source, const QString &message)
{
    // Up to the first widget that shows it (the main window's status bar), as QAction does.
    QStatusTipEvent tip(message);
    for (QWidget *widget = source; widget; widget = widget->parentWidget())
        if (QApplication::sendEvent(widget, &tip))
            return;
}

} // namespace ecs::ui
