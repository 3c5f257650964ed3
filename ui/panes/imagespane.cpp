#include "imagespane.h"

#include "inventory/catalogue.h"
#include "models/imagesmodel.h"

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
    , m_scope(this)
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
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImagesPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImagesPane::updateCount);
    updatePlaceholder();
}

void ImagesPane::cancelAll()
{
    m_scope.cancel(); // whatever the withdrawn question gets is stale now
    m_loading = false;
}

void ImagesPane::refresh()
{
    load(true);
}

QCoro::Task<> ImagesPane::load(bool fresh)
{
    if (regionId().isEmpty())
        co_return;
    m_scope.renew();
    clearError();
    m_loaded = false;
    m_loading = true;
    setBusy(true);
    updatePlaceholder();
    ecs::Catalogue::ImageQuery query;
    query.filter.ownerAlias = m_owner->currentData().toString();
    query.filter.osType = m_osType->currentData().toString();
    query.filter.architecture = m_architecture->currentData().toString();
    query.pageSize = m_pageSize;
    const auto images = co_await ecs::Catalogue::of(client())->images(m_scope, regionId(), query,
        fresh ? ecs::Catalogue::Fetch::Fresh : ecs::Catalogue::Fetch::Cached);
    if (images.cancelled())
        co_return;
    m_loading = false;
    setBusy(false);
    if (!images.ok()) {
        showError(tr("Could not load the images of %1.").arg(regionId()), images.error());
        updatePlaceholder();
        co_return;
    }
    m_model->setRows(images.value());
    m_loaded = true;
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
    else if (m_model->rowCount() == 0 && m_loading)
        text = tr("Loading the images of %1…").arg(regionId());
    else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0)
        text = tr("No image matches “%1”. Press Escape in the filter box to clear it.")
                   .arg(filterEdit()->text());
    setEmptyText(text);
}

} // namespace ecs::ui
