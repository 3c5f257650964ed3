#include "instancedetails.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstanceDetails", text);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toVariant().toString();
}

/// The keys shown in the named groups: the "Other fields" group leaves them out.
const QSet<QString> &shownKeys()
{
    static const QSet<QString> keys { u"InstanceId"_s, u"InstanceName"_s, u"Status"_s,
        u"RegionId"_s, u"ZoneId"_s, u"CreationTime"_s, u"Description"_s, u"HostName"_s,
        u"InstanceType"_s, u"InstanceTypeFamily"_s, u"Cpu"_s, u"Memory"_s, u"GPUAmount"_s,
        u"GPUSpec"_s, u"ImageId"_s, u"OSName"_s, u"OSNameEn"_s, u"OSType"_s, u"PublicIpAddress"_s,
        u"EipAddress"_s, u"VpcAttributes"_s, u"SecurityGroupIds"_s, u"InternetMaxBandwidthOut"_s,
        u"InternetChargeType"_s, u"InstanceNetworkType"_s, u"InstanceChargeType"_s,
        u"SpotStrategy"_s, u"SpotPriceLimit"_s, u"ExpiredTime"_s, u"AutoReleaseTime"_s,
        u"OperationLocks"_s, u"Tags"_s, u"KeyPairName"_s };
    return keys;
}

/// Every scalar leaf under `value`, named "Parent › Child", arrays of scalars joined.
void flatten(const QString &label, const QJsonValue &value, QList<std::pair<QString, QString>> &out)
{
    constexpr qsizetype kMaxFields = 200; // a hostile record stays a readable panel
    if (out.size() >= kMaxFields)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = readableFieldName(it.key());
            flatten(label.isEmpty() ? name : label + u" › "_s + name, it.value(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList scalars;
        for (const QJsonValue &element : array) {
            if (element.isObject() || element.isArray())
                flatten(label, element, out);
            else
                scalars << scalarText(element);
        }
        if (!scalars.isEmpty() || array.isEmpty())
            out.append({ label, scalars.isEmpty() ? tr("none") : scalars.join(u", "_s) });
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({ label, scalarText(value) });
    }
}

class Groups
{
public:
    explicit Groups(QTreeWidget *tree)
        : m_tree(tree)
    { }
    void begin(const QString &title)
    {
        m_group = new QTreeWidgetItem(m_tree, { title });
        QFont bold = m_group->font(0);
        bold.setBold(true);
        m_group->setFont(0, bold);
        m_group->setFirstColumnSpanned(true);
        m_group->setExpanded(true);
    }
    /// Empty values are left out: a blank row says nothing.
    void field(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            return;
        auto *item = new QTreeWidgetItem(m_group, { name, value });
        item->setToolTip(1, value); // the whole value, however narrow the panel
    }
    void end()
    {
        if (m_group && m_group->childCount() == 0)
            delete m_group;
        m_group = nullptr;
    }

private:
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_group = nullptr;
};

} // namespace

QString readableFieldName(const QString &key)
{
    // Split at lower→upper and at the end of an acronym ("GPUAmount" → "GPU amount").
    QString out;
    for (qsizetype n = 0; n < key.size(); ++n) {
        const QChar c = key.at(n);
        const bool boundary = n > 0 && c.isUpper()
            && (key.at(n - 1).isLower()
                || (n + 1 < key.size() && key.at(n + 1).isLower() && key.at(n - 1).isUpper()));
        if (boundary)
            out += u' ';
        out += c;
    }
    // Lower-case every word but acronyms; the first word keeps its capital.
    QStringList words = out.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype n = 0; n < words.size(); ++n) {
        QString &word = words[n];
        const bool acronym = word.size() > 1 && word == word.toUpper();
        if (!acronym && n > 0)
            word = word.toLower();
    }
    return words.join(u' ');
}

void showInstanceDetails(QTreeWidget *tree, const ecs::Instance &i)
{
    tree->clear();
    const QJsonObject raw = i.raw();
    const QJsonObject vpc = raw.value(u"VpcAttributes"_s).toObject();
    const auto joined = [](const QJsonValue &value) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts << scalarText(element);
        return parts.join(u", "_s);
    };
    Groups g(tree);
    g.begin(tr("Overview"));
    g.field(tr("Name"), i.instanceName);
    g.field(tr("Instance ID"), i.instanceId);
    g.field(tr("Status"), i.statusText());
    g.field(tr("Locked because"), i.lockReasons.join(u", "_s));
    g.field(tr("Region"), i.regionId);
    g.field(tr("Zone"), i.zoneId);
    g.field(tr("Created"), when(i.creationTime));
    g.field(tr("Host name"), raw.value(u"HostName"_s).toString());
    g.field(tr("Description"), raw.value(u"Description"_s).toString());
    g.end();
    g.begin(tr("Configuration"));
    g.field(tr("Instance type"), i.instanceType);
    g.field(tr("vCPUs"), i.cpu > 0 ? QLocale().toString(i.cpu) : QString());
    g.field(tr("Memory"),
        i.memoryMiB > 0 ? tr("%1 GiB").arg(QLocale().toString(i.memoryMiB / 1024.0)) : QString());
    g.field(tr("GPUs"),
        i.gpuAmount > 0 ? u"%1 × %2"_s.arg(i.gpuAmount).arg(raw.value(u"GPUSpec"_s).toString())
                        : QString());
    g.field(tr("Image"), raw.value(u"ImageId"_s).toString());
    g.field(tr("Operating system"),
        raw.value(u"OSNameEn"_s).toString().isEmpty() ? raw.value(u"OSName"_s).toString()
                                                      : raw.value(u"OSNameEn"_s).toString());
    g.field(tr("Key pair"), raw.value(u"KeyPairName"_s).toString());
    g.end();
    g.begin(tr("Network"));
    g.field(tr("Public IP"), i.publicIps.join(u", "_s));
    g.field(tr("Private IP"), i.privateIps.join(u", "_s));
    g.field(tr("VPC"), vpc.value(u"VpcId"_s).toString());
    g.field(tr("vSwitch"), vpc.value(u"VSwitchId"_s).toString());
    g.field(tr("Security groups"),
        joined(raw.value(u"SecurityGroupIds"_s).toObject().value(u"SecurityGroupId"_s)));
    const int bandwidth = raw.value(u"InternetMaxBandwidthOut"_s).toInt();
    g.field(tr("Outbound bandwidth"), bandwidth > 0 ? tr("%1 Mbit/s").arg(bandwidth) : QString());
    g.field(tr("Internet billing"),
        raw.value(u"InternetChargeType"_s).toString() == u"PayByTraffic" ? tr("By traffic")
            : raw.value(u"InternetChargeType"_s).toString() == u"PayByBandwidth"
            ? tr("By bandwidth")
            : raw.value(u"InternetChargeType"_s).toString());
    g.end();
    g.begin(tr("Billing"));
    g.field(tr("Billing method"),
        i.chargeType == ChargeType::PrePaid ? tr("Subscription") : tr("Pay-as-you-go"));
    g.field(tr("Preemptible"),
        i.spotStrategy == SpotStrategy::SpotWithPriceLimit
            ? tr("Yes, up to %1 per hour").arg(QLocale().toString(i.spotPriceLimit))
            : i.spotStrategy == SpotStrategy::SpotAsPriceGo ? tr("Yes, at the market price")
                                                            : QString());
    g.field(tr("Expires"), when(i.expiredTime));
    g.field(tr("Auto-release"), when(i.autoReleaseTime));
    g.end();
    g.begin(tr("Tags"));
    for (const auto &[key, value] : i.tags)
        g.field(key, value.isEmpty() ? tr("(no value)") : value);
    g.end();
    // Whatever else the service sent, under readable names: no field is lost on the way.
    QList<std::pair<QString, QString>> other;
    for (auto it = raw.begin(); it != raw.end(); ++it)
        if (!shownKeys().contains(it.key()))
            flatten(readableFieldName(it.key()), it.value(), other);
    g.begin(tr("Other fields"));
    for (const auto &[name, value] : std::as_const(other))
        g.field(name, value);
    g.end();
}

InstanceDetailsPanel::InstanceDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setAccessibleName(tr("Instance details"));
    m_tree->setObjectName(u"instanceDetails"_s);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, fontMetrics().averageCharWidth() * 16);
    m_tree->setTextElideMode(Qt::ElideMiddle); // an id keeps both its ends
    auto *copy = new QAction(tr("&Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, m_tree, [this] {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_tree->selectedItems())
            lines << (item->text(1).isEmpty() ? item->text(0)
                                              : item->text(0) + u": "_s + item->text(1));
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    m_summary->setObjectName(u"instanceSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    showNothing(tr("Select an instance to see its details."));
}

QString InstanceDetailsPanel::titleOf(const ecs::Instance &i)
{
    return i.instanceName.isEmpty() ? i.instanceId : u"%1 · %2"_s.arg(i.instanceName, i.instanceId);
}

void InstanceDetailsPanel::showNothing(const QString &why)
{
    m_tree->clear();
    m_summary->setText(why);
}

void InstanceDetailsPanel::showSelection(const QStringList &statuses)
{
    m_tree->clear();
    QMap<QString, int> byStatus;
    for (const QString &status : statuses)
        ++byStatus[status];
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
    m_summary->setText(
        tr("%n instance(s) selected: %1", "", int(statuses.size())).arg(parts.join(u", "_s)));
}

void InstanceDetailsPanel::showInstance(const ecs::Instance &instance, const QString &note)
{
    m_summary->setText(note.isEmpty() ? titleOf(instance) : note);
    showInstanceDetails(m_tree, instance);
    // Whole field names, as long as the values keep more than half the panel.
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), m_tree->viewport()->width() / 2));
}

} // namespace ecs::ui
