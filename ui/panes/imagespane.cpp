#include "imagespane.h"

#include "ecsclient.h"
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
{
    setObjectName(u"imagesPane"_s);
    controlsLayout()->addWidget(m_owner);
    controlsLayout()->addWidget(m_osType);
    controlsLayout()->addWidget(m_architecture);
    filterEdit()->setPlaceholderText(tr("Filter images by name, id or OS  (Ctrl+F)"));
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
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    for (QComboBox *combo : { m_owner, m_osType, m_architecture })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImagesPane::refresh);
    setEmptyText(tr("Choose a region to see its images."));
}

void ImagesPane::cancelAll()
{
    ++m_generation; // whatever the cancelled calls deliver is stale now
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ecs::ApiCall> &call : calls)
        if (call)
            call->cancel();
}

void ImagesPane::refresh()
{
    if (regionId().isEmpty())
        return;
    cancelAll();
    clearError();
    m_pages.clear();
    m_total = 0;
    setBusy(true);
    fetchPage(1);
}

void ImagesPane::fetchPage(int pageNumber)
{
    const quint64 generation = m_generation;
    ops::DescribeImages::Filter filter;
    filter.ownerAlias = m_owner->currentData().toString();
    filter.osType = m_osType->currentData().toString();
    filter.architecture = m_architecture->currentData().toString();
    ApiCall *call = client()->call<ops::DescribeImages>(
        ops::DescribeImages::request(regionId(), filter, pageNumber, m_pageSize), this,
        [this, generation, pageNumber](const Result<ops::DescribeImages::Response> &result) {
            if (generation != m_generation)
                return;
            m_calls.removeIf([](const QPointer<ecs::ApiCall> &c) { return !c || c->isFinished(); });
            if (!result.ok()) {
                cancelAll();
                setBusy(false);
                showError(tr("Could not load the images of %1.").arg(regionId()), result.error());
                return;
            }
            pageArrived(pageNumber, result.value());
        });
    m_calls.append(call);
}

void ImagesPane::pageArrived(int pageNumber, const ops::DescribeImages::Response &page)
{
    m_pages.insert(pageNumber, page.items);
    if (pageNumber == 1) {
        m_total = page.totalCount;
        // The rest in parallel, now that the count is known (Qt runs six at a time per host).
        for (int next = 2; next <= page.pageCount(); ++next)
            fetchPage(next);
    }
    QList<ecs::Image> all;
    for (const QList<ecs::Image> &items : std::as_const(m_pages))
        all.append(items);
    m_model->setRows(all);
    updateCount();
    finishIfDone();
}

void ImagesPane::finishIfDone()
{
    if (!m_calls.isEmpty())
        return;
    setBusy(false);
    setEmptyText(m_model->rowCount() == 0 ? tr("No %1 match these filters in %2.")
                                                .arg(m_owner->currentText().toLower(), regionId())
                                          : QString());
    Q_EMIT loaded();
}

void ImagesPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    setCount(shown == m_model->rowCount()
            ? tr("%1 images").arg(shown)
            : tr("%1 of %2 images").arg(shown).arg(m_model->rowCount()));
}

} // namespace ecs::ui
