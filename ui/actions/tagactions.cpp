#include "tagactions.h"

#include "actions/instanceactions.h"
#include "fleet/fleetplans.h"

#include <QAction>
#include <QIcon>
#include <QLineEdit>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

TagActions::TagActions(InstanceActions *lifecycle, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_lifecycle(lifecycle)
    , m_dialogParent(dialogParent)
    , m_addTags(new QAction(QIcon::fromTheme(u"tag-new"_s), tr("Add &tags…"), this))
    , m_removeTags(new QAction(QIcon::fromTheme(u"tag-delete"_s), tr("Remove ta&gs…"), this))
    , m_rename(new QAction(QIcon::fromTheme(u"edit-rename"_s), tr("Rena&me…"), this))
    , m_describe(new QAction(tr("Edit &description…"), this))
{
    m_addTags->setObjectName(u"addTagsAction"_s);
    m_removeTags->setObjectName(u"removeTagsAction"_s);
    m_rename->setObjectName(u"renameAction"_s);
    m_describe->setObjectName(u"describeAction"_s);

    // The plans are made when the dialog is accepted, while what was typed is there.
    connect(m_addTags, &QAction::triggered, this, [this] {
        auto *dialog = new AddTagsDialog(m_selection, m_dialogParent);
        open(dialog,
            [dialog](const QList<Instance> &part) { return planAddTags(part, dialog->tags()); });
    });
    connect(m_removeTags, &QAction::triggered, this, [this] {
        auto *dialog = new RemoveTagsDialog(m_selection, m_dialogParent);
        open(dialog, [dialog](const QList<Instance> &part) {
            return planRemoveTags(part, dialog->checkedKeys());
        });
    });
    const auto textAction = [this](InstanceTextDialog::Field field) {
        if (m_selection.size() != 1)
            return;
        auto *dialog = new InstanceTextDialog(field, m_selection.first(), m_dialogParent);
        open(dialog, [dialog](const QList<Instance> &) { return dialog->plan(); });
    };
    connect(m_rename, &QAction::triggered, this,
        [textAction] { textAction(InstanceTextDialog::Field::Name); });
    connect(m_describe, &QAction::triggered, this,
        [textAction] { textAction(InstanceTextDialog::Field::Description); });
    updateActions();
}

void TagActions::setSelection(const QList<ecs::Instance> &selection)
{
    m_selection = selection;
    updateActions();
}

void TagActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void TagActions::updateActions()
{
    bool readOnly = m_readOnly && m_selection.isEmpty();
    for (const auto &part : splitByProfile(m_selection))
        readOnly = readOnly || m_lifecycle->actingProfile(part.first).readOnly;
    const QString none = tr("select one or more instances.");
    const QString notOne = tr("select exactly one instance.");
    const QString noTags = tr("the selected instances have no tags.");
    const QString readOnlyReason = tr("this profile is read-only.");
    const bool hasTags = std::any_of(m_selection.cbegin(), m_selection.cend(),
        [](const Instance &i) { return !i.tags.isEmpty(); });
    const auto apply = [&](QAction *action, const QString &reason) {
        action->setEnabled(reason.isEmpty());
        QString tip = action->text().remove(u'&');
        if (!reason.isEmpty())
            tip += u" — "_s + tr("not available: %1").arg(reason);
        action->setToolTip(tip);
        action->setStatusTip(reason);
    };
    const QString common = m_selection.isEmpty() ? none : readOnly ? readOnlyReason : QString();
    apply(m_addTags, common);
    apply(m_removeTags, !common.isEmpty() ? common : hasTags ? QString() : noTags);
    const QString single = !common.isEmpty() ? common
        : m_selection.size() == 1            ? QString()
                                             : notOne;
    apply(m_rename, single);
    apply(m_describe, single);
}

void TagActions::open(InstanceActionDialog *dialog,
    std::function<ecs::ActionPlan(const QList<ecs::Instance> &)> planFor)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QList<Instance> selection = m_selection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection, planFor]() mutable {
        // Planned now, while the dialog and what was typed are there; sent once confirmed.
        QList<std::pair<QString, ActionPlan>> plans;
        for (const auto &[profileId, part] : splitByProfile(selection))
            plans.append({ profileId, planFor(part) });
        m_lifecycle->confirmProtected(
            dialog->windowTitle(), selection, [lifecycle = QPointer(m_lifecycle), plans] {
                if (lifecycle)
                    for (const auto &[profileId, plan] : plans)
                        lifecycle->submitFor(profileId, plan);
            });
    });
    dialog->open(); // window-modal, no nested event loop
}

} // namespace ecs::ui
