#include "typefilters.h"

#include "models/resourcematrixmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace ecs::ui {

TypeFilters::TypeFilters(QWidget *parent)
    : QObject(parent)
    , m_family(new QComboBox(parent))
    , m_minCpu(new QSpinBox(parent))
    , m_maxCpu(new QSpinBox(parent))
    , m_minMemory(new QDoubleSpinBox(parent))
    , m_maxMemory(new QDoubleSpinBox(parent))
{
    m_family->addItem(tr("All families"), QString());
    m_family->setAccessibleName(tr("Instance family"));
    m_minCpu->setRange(0, 1024);
    m_maxCpu->setRange(0, 1024);
    m_maxCpu->setValue(1024);
    m_minCpu->setPrefix(tr("vCPU ≥ "));
    m_maxCpu->setPrefix(tr("≤ "));
    m_minMemory->setRange(0, 4096);
    m_maxMemory->setRange(0, 4096);
    m_maxMemory->setValue(4096);
    m_minMemory->setDecimals(0);
    m_maxMemory->setDecimals(0);
    m_minMemory->setPrefix(tr("GiB ≥ "));
    m_maxMemory->setPrefix(tr("≤ "));
    m_minCpu->setAccessibleName(tr("Minimum vCPU"));
    m_maxCpu->setAccessibleName(tr("Maximum vCPU"));
    m_minMemory->setAccessibleName(tr("Minimum memory"));
    m_maxMemory->setAccessibleName(tr("Maximum memory"));
    connect(m_family, &QComboBox::currentIndexChanged, this, &TypeFilters::changed);
    for (QSpinBox *box : { m_minCpu, m_maxCpu })
        connect(box, &QSpinBox::valueChanged, this, &TypeFilters::changed);
    for (QDoubleSpinBox *box : { m_minMemory, m_maxMemory })
        connect(box, &QDoubleSpinBox::valueChanged, this, &TypeFilters::changed);
}

QList<QWidget *> TypeFilters::sizeBoxes() const
{
    return { m_minCpu, m_maxCpu, m_minMemory, m_maxMemory };
}

void TypeFilters::setFamilies(const QStringList &families)
{
    if (m_family->count() > 1)
        return; // the catalogue's families do not change under a person's choice
    for (const QString &family : families)
        m_family->addItem(family, family);
}

void TypeFilters::applyTo(ResourceFilterProxy *proxy) const
{
    proxy->setFamily(m_family->currentData().toString());
    proxy->setCpuRange(m_minCpu->value(), m_maxCpu->value());
    proxy->setMemoryRange(m_minMemory->value(), m_maxMemory->value());
}

} // namespace ecs::ui
