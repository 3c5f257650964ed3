#include "wizardpages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

void addCategories(QComboBox *combo)
{
    for (DiskCategory category : RunInstancesSpec::offeredDiskCategories())
        combo->addItem(Vocabulary::diskCategoryName(category), int(category));
}

DiskCategory categoryOf(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? DiskCategory::Unknown
                                     : DiskCategory(combo->currentData().toInt());
}

} // namespace

DisksPage::DisksPage(WizardContext &context, QWidget *parent)
    : SpecPage(context, { u"SystemDisk"_s, u"DataDisk"_s }, parent)
    , m_systemCategory(new QComboBox(this))
    , m_systemSize(new QSpinBox(this))
    , m_dataDisks(new QTableWidget(this))
    , m_add(new QPushButton(tr("Add a data disk"), this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Disks"));
    setSubTitle(
        tr("The system disk, and up to %1 data disks.").arg(RunInstancesSpec::kMaxDataDisks));
    addCategories(m_systemCategory);
    m_systemCategory->setCurrentIndex(
        std::max(0, m_systemCategory->findData(int(m_context.spec.systemDiskCategory))));
    const auto [min, max] = RunInstancesSpec::systemDiskRange(m_context.spec.systemDiskCategory);
    m_systemSize->setRange(min, max);
    m_systemSize->setValue(m_context.spec.systemDiskSize);
    m_systemSize->setSuffix(u" GiB"_s);
    m_systemCategory->setAccessibleName(tr("System disk category"));
    m_systemSize->setAccessibleName(tr("System disk size"));
    m_add->setAccessibleName(m_add->text());
    m_dataDisks->setColumnCount(2);
    m_dataDisks->setHorizontalHeaderLabels({ tr("Category"), tr("Size (GiB)") });
    m_dataDisks->horizontalHeader()->setStretchLastSection(true);
    m_dataDisks->setAccessibleName(tr("Data disks"));
    m_problems->setWordWrap(true);
    auto *remove = new QPushButton(tr("Remove the data disk"), this);
    connect(m_add, &QPushButton::clicked, this, &DisksPage::addDisk);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_dataDisks->currentRow() >= 0)
            m_dataDisks->removeRow(m_dataDisks->currentRow());
        apply();
    });
    connect(m_systemCategory, &QComboBox::currentIndexChanged, this, &DisksPage::apply);
    connect(m_systemSize, &QSpinBox::valueChanged, this, &DisksPage::apply);

    auto *form = new QFormLayout(this);
    auto *system = new QHBoxLayout;
    system->addWidget(m_systemCategory);
    system->addWidget(m_systemSize);
    // A combo box is named by its label's buddy (Qt on Linux ignores its accessible name).
    auto *systemLabel = new QLabel(tr("&System disk:"), this);
    systemLabel->setBuddy(m_systemCategory);
    form->addRow(systemLabel, system);
    form->addRow(tr("Data disks:"), m_dataDisks);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    form->addRow(m_problems);
}

void DisksPage::initializePage()
{
    apply(); // the system disk holds the image: its least size may have changed
}

void DisksPage::addDisk()
{
    const int row = m_dataDisks->rowCount();
    m_dataDisks->insertRow(row);
    auto *category = new QComboBox(m_dataDisks);
    category->setAccessibleName(tr("Data disk %1 category").arg(row + 1));
    addCategories(category);
    auto *size = new QSpinBox(m_dataDisks);
    const auto [min, max] = RunInstancesSpec::dataDiskRange(categoryOf(category));
    size->setRange(min, max);
    size->setValue(DataDiskSpec().sizeGiB);
    size->setSuffix(u" GiB"_s);
    size->setAccessibleName(tr("Data disk %1 size").arg(row + 1));
    m_dataDisks->setCellWidget(row, 0, category);
    m_dataDisks->setCellWidget(row, 1, size);
    connect(category, &QComboBox::currentIndexChanged, this, &DisksPage::apply);
    connect(size, &QSpinBox::valueChanged, this, &DisksPage::apply);
    apply();
}

void DisksPage::apply()
{
    RunInstancesSpec &spec = m_context.spec;
    spec.systemDiskCategory = categoryOf(m_systemCategory);
    const auto [systemMin, systemMax] = RunInstancesSpec::systemDiskRange(spec.systemDiskCategory);
    {
        const QSignalBlocker quiet(m_systemSize);
        m_systemSize->setRange(std::max(systemMin, spec.imageSizeGiB), systemMax);
    }
    spec.systemDiskSize = m_systemSize->value();
    spec.dataDisks.clear();
    for (int row = 0; row < m_dataDisks->rowCount(); ++row) {
        auto *category = qobject_cast<QComboBox *>(m_dataDisks->cellWidget(row, 0));
        auto *size = qobject_cast<QSpinBox *>(m_dataDisks->cellWidget(row, 1));
        if (!category || !size)
            continue;
        const auto [min, max] = RunInstancesSpec::dataDiskRange(categoryOf(category));
        {
            const QSignalBlocker quiet(size);
            size->setRange(min, max); // each category its own sizes
        }
        spec.dataDisks.append({ categoryOf(category), size->value() });
    }
    m_add->setEnabled(m_dataDisks->rowCount() < RunInstancesSpec::kMaxDataDisks);
    m_problems->setText(problemText());
    changed();
}

} // namespace ecs::ui
