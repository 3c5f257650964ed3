#include "wizardpages.h"

#include "choiceitem.h"
#include "inventory/catalogue.h"
#include "widgets/loadstatus.h"

#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ImagePage::ImagePage(WizardContext &context, QWidget *parent)
    : SpecPage(context, { u"ImageId"_s }, parent)
    , m_tree(new QTreeWidget(this))
    , m_filter(new QLineEdit(this))
    , m_status(new LoadStatus(tr("Images"), this))
{
    setTitle(tr("Image"));
    setSubTitle(tr("Public images that run on the chosen type's architecture."));
    m_tree->setHeaderLabels({ tr("Image"), tr("ID"), tr("Arch"), tr("Size (GiB)") });
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->setColumnWidth(0, fontMetrics().averageCharWidth() * 40);
    m_tree->setAccessibleName(tr("Images"));
    m_filter->setPlaceholderText(tr("Search images, e.g. ubuntu 22"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search images"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, this,
        [this](const QString &text) { filterTree(m_tree, text); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, KeyRole).toString() : QString();
        m_context.spec.imageId = id;
        m_context.spec.imageSizeGiB = m_context.images.value(id).sizeGiB;
        changed();
    });
}

void ImagePage::initializePage()
{
    load();
}

QCoro::Task<> ImagePage::load()
{
    Catalogue::ImageQuery query;
    // Instance types say X86/ARM; images say x86_64/arm64.
    const auto type = m_context.catalogue
        ? m_context.catalogue->instanceType(m_context.spec.instanceType)
        : std::nullopt;
    const QString typeArchitecture = type ? type->architecture : QString();
    query.filter.architecture = typeArchitecture == u"ARM" ? u"arm64"_s
        : typeArchitecture == u"X86"                       ? u"x86_64"_s
                                                           : QString();
    const QString region = m_context.spec.regionId;
    const QString question = region + u'|' + query.filter.architecture;
    if (question == m_answers && m_tree->topLevelItemCount() > 0) {
        Q_EMIT loaded();
        co_return;
    }
    m_calls.renew();
    if (!m_context.client)
        co_return;
    m_status->showLoading(tr("Loading the public images…"));
    const Result<QList<Image>> images
        = co_await m_context.catalogue->images(m_calls, region, query);
    if (images.cancelled())
        co_return;
    if (!images.ok()) {
        m_status->showError(
            tr("Could not load the images: %1").arg(images.error().toDisplayString()),
            [this] { load(); });
        co_return;
    }
    m_answers = question;
    fill(images.value());
}

void ImagePage::fill(const QList<Image> &images)
{
    const QString keep = m_context.spec.imageId;
    QHash<QString, int> sameName;
    for (const Image &image : images)
        ++sameName[image.osName.isEmpty() ? image.imageName : image.osName];
    QTreeWidgetItem *kept = nullptr;
    {
        const QSignalBlocker quiet(m_tree);
        m_tree->clear();
        m_tree->setSortingEnabled(false);
        for (const Image &image : images) {
            m_context.images.insert(image.imageId, image);
            QString name = image.osName.isEmpty() ? image.imageName : image.osName;
            // Rows that would look identical say which image they are.
            if (sameName.value(name) > 1 && !image.imageName.isEmpty() && image.imageName != name)
                name += u" · "_s + image.imageName;
            auto *item = new ChoiceItem(m_tree, image.imageId);
            item->setText(0, name);
            item->setText(1, image.imageId);
            item->setText(2, architectureName(image.architecture));
            item->setNumber(3, image.sizeGiB, QLocale().toString(image.sizeGiB));
            item->setToolTip(0, image.imageName);
            if (image.imageId == keep)
                kept = item;
        }
        m_tree->setSortingEnabled(true);
        filterTree(m_tree, m_filter->text());
        m_tree->setCurrentItem(kept);
    }
    m_context.spec.imageId = kept ? keep : QString();
    m_context.spec.imageSizeGiB = m_context.images.value(m_context.spec.imageId).sizeGiB;
    m_status->showMessage(images.isEmpty() ? tr("No public image runs on this instance type here.")
                                           : tr("%n image(s).", "", int(images.size())));
    changed();
    Q_EMIT loaded();
}

} // namespace ecs::ui
