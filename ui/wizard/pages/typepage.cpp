#include "wizardpages.h"

#include "choiceitem.h"
#include "inventory/catalogue.h"
#include "widgets/loadstatus.h"

#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

TypePage::TypePage(WizardContext &context, QWidget *parent)
    : SpecPage(context, { u"InstanceType"_s }, parent)
    , m_tree(new QTreeWidget(this))
    , m_filter(new QLineEdit(this))
    , m_status(new LoadStatus(tr("Instance types"), this))
{
    setTitle(tr("Instance type"));
    setSubTitle(tr("Only the types in stock in this zone for this billing method."));
    m_tree->setHeaderLabels({ tr("Type"), tr("vCPU"), tr("Memory (GiB)"), tr("GPU"), tr("Arch") });
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->setColumnWidth(0, fontMetrics().averageCharWidth() * 24);
    m_tree->setAccessibleName(tr("Instance types"));
    m_filter->setPlaceholderText(tr("Filter by type or family, e.g. g7 or c8y"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter instance types"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        filterTree(m_tree, text);
        changed(); // a hidden choice cannot be passed on
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TypePage::choose);
}

void TypePage::choose(QTreeWidgetItem *item)
{
    m_context.spec.instanceType = item ? item->data(0, KeyRole).toString() : QString();
    if (item)
        m_context.lastType = m_context.spec.instanceType;
    changed();
}

bool TypePage::ready() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && !item->isHidden();
}

void TypePage::initializePage()
{
    load();
}

void TypePage::clear()
{
    m_calls.renew();
    m_answers.clear();
    const QSignalBlocker quiet(m_tree); // the last choice stays remembered for the new list
    m_tree->clear();
    m_context.spec.instanceType.clear();
    changed();
}

QString TypePage::describe(const QString &instanceType) const
{
    if (instanceType.isEmpty())
        return {};
    const auto info
        = m_context.catalogue ? m_context.catalogue->instanceType(instanceType) : std::nullopt;
    if (!info || info->cpu <= 0)
        return instanceType; // unknown figures are left out, never shown as zero
    return tr("%1 (%2 vCPU, %3 GiB)").arg(instanceType).arg(info->cpu).arg(info->memoryGiB);
}

QCoro::Task<> TypePage::load()
{
    const RunInstancesSpec &spec = m_context.spec;
    const QString region = spec.regionId;
    const QString zone = spec.zoneId;
    const ChargeType chargeType = spec.chargeType;
    const SpotStrategy spotStrategy = spec.spotStrategy;
    const QString question
        = u"%1|%2|%3|%4"_s.arg(region, zone, toWire(chargeType), toWire(spotStrategy));
    if (question == m_answers && m_tree->topLevelItemCount() > 0) {
        Q_EMIT loaded(); // the list already answers this
        co_return;
    }
    clear();
    if (!m_context.client)
        co_return;
    m_status->showLoading(tr("Loading what is in stock…"));
    // vCPU and memory come from the catalogue's DescribeInstanceTypes. Without them the list
    // would show zeros that look like data: the error is shown with Retry instead.
    const auto types = co_await m_context.catalogue->instanceTypes(m_calls);
    if (types.cancelled())
        co_return;
    if (!types.ok()) {
        m_status->showError(tr("Could not load the instance types' specifications: %1")
                                .arg(types.error().toDisplayString()),
            [this] { load(); });
        co_return;
    }
    const auto stock = co_await m_context.catalogue->availableResources(
        m_calls, region, chargeType, spotStrategy, Catalogue::Fetch::Cached, zone);
    if (stock.cancelled())
        co_return;
    if (!stock.ok()) {
        m_status->showError(tr("Could not load the stock: %1").arg(stock.error().toDisplayString()),
            [this] { load(); });
        co_return;
    }
    m_answers = question;
    fill(stock.value());
}

void TypePage::fill(const QList<ZoneStock> &stock)
{
    const QString zone = m_context.spec.zoneId;
    const QString keep = m_context.lastType;
    QTreeWidgetItem *kept = nullptr;
    {
        const QSignalBlocker quiet(m_tree);
        m_tree->setSortingEnabled(false);
        for (const ZoneStock &z : stock) {
            if (z.zoneId != zone)
                continue;
            for (auto it = z.statusCategory.cbegin(); it != z.statusCategory.cend(); ++it) {
                if (it.value() != u"WithStock")
                    continue;
                auto *item = new ChoiceItem(m_tree, it.key());
                item->setText(0, it.key());
                const auto info = m_context.catalogue->instanceType(it.key());
                if (info && info->cpu > 0) {
                    item->setNumber(1, info->cpu, QLocale().toString(info->cpu));
                    item->setNumber(2, info->memoryGiB, QLocale().toString(info->memoryGiB));
                    item->setText(3,
                        info->gpuAmount > 0 ? u"%1 × %2"_s.arg(info->gpuAmount).arg(info->gpuSpec)
                                            : QString());
                    item->setText(4, architectureName(info->architecture));
                } else {
                    for (int column = 1; column < 5; ++column) // not in the catalogue: unknown
                        item->setText(column, tr("unknown"));
                }
                if (it.key() == keep)
                    kept = item;
            }
        }
        m_tree->setSortingEnabled(true);
        filterTree(m_tree, m_filter->text());
    }
    const int count = m_tree->topLevelItemCount();
    QString text = count == 0
        ? tr("Nothing is in stock in %1 for this billing method: choose another zone.").arg(zone)
        : tr("%n type(s) in stock in %1.", "", count).arg(zone);
    if (kept) {
        m_tree->setCurrentItem(kept);
        m_tree->scrollToItem(kept, QAbstractItemView::PositionAtCenter);
    } else if (!keep.isEmpty()) {
        // Said rather than silently dropping the type asked for (or chosen before).
        text = tr("%1 is not in stock in %2 for this billing method: choose another type.")
                   .arg(keep, zone)
            + u' ' + text;
    }
    m_status->showMessage(text);
    changed();
    Q_EMIT loaded();
}

} // namespace ecs::ui
