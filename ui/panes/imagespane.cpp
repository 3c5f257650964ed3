#include "imagespane.h"

#include "ecsclient.h"
#include "models/imagesmodel.h"
#include "pager.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QComboBox *makeCombo(
    const QString &accessibleName, const QList<std::pair<QString, QString>> &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    return combo;
}

} // namespace

ImagesPane::ImagesPane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_model(new ImagesModel(this))
    , m_proxy(makeProxy(m_model, this))
    , m_view(makeTable(m_proxy, this))
    , m_owner(makeCombo(tr("Owner"),
          { { tr("Public images"), u"system"_s }, { tr("Custom images"), u"self"_s },
              { tr("Shared images"), u"others"_s }, { tr("Marketplace"), u"marketplace"_s } },
          this))
    , m_osType(makeCombo(tr("OS type"),
          { { tr("Any OS"), QString() }, { tr("Linux"), u"linux"_s },
              { tr("Windows"), u"windows"_s } },
          this))
    , m_architecture(makeCombo(tr("Architecture"),
          { { tr("Any architecture"), QString() }, { tr("x86_64"), u"x86_64"_s },
              { tr("arm64"), u"arm64"_s } },
          this))
{
    setObjectName(u"imagesPane"_s);
    addLabelledControl(tr("O&wner:"), m_owner);
    addLabelledControl(tr("O&S:"), m_osType);
    addLabelledControl(tr("Ar&ch:"), m_architecture);
    filterEdit()->setPlaceholderText(tr("Filter images by name, id or OS  (/ or Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter images"));
    m_view->setAccessibleName(tr("Images"));
    m_view->setObjectName(u"imagesView"_s);
    const int em = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ImagesModel::NameColumn, em * 40);
    m_view->setColumnWidth(ImagesModel::ImageIdColumn, em * 48);
    m_view->setColumnWidth(ImagesModel::OsColumn, em * 40);
    m_view->sortByColumn(ImagesModel::NameColumn, Qt::AscendingOrder);
    setContent(m_view);

    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        setTextQuery(m_proxy, text); // "ubuntu 22" finds "Ubuntu  22.04 64 bit"
        updateCount();
    });
    for (QComboBox *combo : { m_owner, m_osType, m_architecture })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImagesPane::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImagesPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImagesPane::updateCount);
    updatePlaceholder();
}

void ImagesPane::cancelAll()
{
    ++m_generation; // whatever the cancelled walk delivers is stale now
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_pager = nullptr;
}

void ImagesPane::refresh()
{
    if (regionId().isEmpty())
        return;
    cancelAll();
    clearError();
    m_pages.clear();
    m_loaded = false;
    setBusy(true);
    const quint64 generation = m_generation;
    ops::DescribeImages::Filter filter;
    filter.ownerAlias = m_owner->currentData().toString();
    filter.osType = m_osType->currentData().toString();
    filter.architecture = m_architecture->currentData().toString();
    // Pages from the size we ask for, never the PageSize the server echoes; a few at a time.
    ecs::PagerLimits limits;
    limits.pageSize = std::clamp(m_pageSize, 1, ops::DescribeImages::kMaxPageSize);
    limits.maxItems = 20'000; // far beyond any region's image catalogue
    m_pager = new ecs::Pager(client(), ecs::Pager::Mode::PageNumber, limits, this);
    m_pager->setRequest(
        [region = regionId(), filter, size = limits.pageSize](const ecs::PageCursor &c) {
            return ops::DescribeImages::request(region, filter, c.pageNumber, size);
        });
    m_pager->setReader([this, generation](const ecs::PageCursor &c,
                           const QJsonObject &body) -> Result<ecs::PageInfo> {
        auto page = ops::DescribeImages::parse(body);
        if (!page.ok())
            return page.error();
        if (generation == m_generation) {
            m_pages.insert(c.pageNumber, page->items);
            QList<ecs::Image> all;
            for (const QList<ecs::Image> &items : std::as_const(m_pages))
                all.append(items);
            m_model->setRows(all);
            updateCount();
        }
        return ecs::PageInfo { page->items.size(), page->totalCount, {}, 0 };
    });
    connect(m_pager, &ecs::Pager::finished, this, [this, generation] {
        if (generation == m_generation)
            finished();
    });
    connect(m_pager, &ecs::Pager::failed, this, [this, generation](const ecs::ApiError &error) {
        if (generation != m_generation || error.isCancelled())
            return;
        m_pager->deleteLater();
        m_pager = nullptr;
        setBusy(false);
        showError(tr("Could not load the images of %1.").arg(regionId()), error);
        updatePlaceholder();
    });
    updatePlaceholder();
    m_pager->start();
}

void ImagesPane::finished()
{
    m_pager->deleteLater();
    m_pager = nullptr;
    m_loaded = true;
    setBusy(false);
    updateCount();
    Q_EMIT loaded();
}

void ImagesPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    setCount(shown == total ? tr("%n image(s)", "", total)
                            : tr("%1 of %n image(s)", "", total).arg(shown));
    updatePlaceholder();
}

void ImagesPane::updatePlaceholder()
{
    QString text;
    if (regionId().isEmpty())
        text = tr("Choose a region to see its images.");
    else if (m_model->rowCount() == 0 && m_loaded)
        text = tr("No %1 match these filters in %2.")
                   .arg(m_owner->currentText().toLower(), regionId());
    else if (m_model->rowCount() == 0 && m_pager)
        text = tr("Loading the images of %1…").arg(regionId());
    else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0)
        text = tr("No image matches “%1”. Press Escape in the filter box to clear it.")
                   .arg(filterEdit()->text());
    setEmptyText(text);
}

} // namespace ecs::ui
