#pragma once

#include "dialogs/tagdialogs.h"
#include "types/instance.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace ecs::ui {

class InstanceActions;

/// Tags and names of the selected instances: Add tags…, Remove tags…, Rename…, Edit
/// description…. Each opens its dialog (non-blocking); the accepted plan runs as tracked
/// operations, one per profile × region, through InstanceActions (protected profiles confirm
/// first; the inventory fetches the instances again when they are accepted). A read-only profile
/// in the selection disables them, with the reason.
class TagActions : public QObject
{
    Q_OBJECT

public:
    TagActions(InstanceActions *lifecycle, QWidget *dialogParent, QObject *parent = nullptr);

    void setSelection(const QList<ecs::Instance> &selection);
    void setReadOnly(bool readOnly);

    QAction *addTagsAction() const { return m_addTags; }
    QAction *removeTagsAction() const { return m_removeTags; }
    QAction *renameAction() const { return m_rename; }
    QAction *describeAction() const { return m_describe; }
    QList<QAction *> actions() const { return { m_addTags, m_removeTags, m_rename, m_describe }; }
    /// The dialog the last action opened, while it is open (tests drive it).
    InstanceActionDialog *openDialog() const { return m_dialog; }

private:
    void updateActions();
    /// Opens `dialog`; once accepted (and confirmed for protected profiles), `planFor` plans each
    /// profile's part of the selection, submitted on that profile's client.
    void open(InstanceActionDialog *dialog,
        std::function<ecs::ActionPlan(const QList<ecs::Instance> &)> planFor);

    InstanceActions *m_lifecycle;
    QWidget *m_dialogParent;
    QAction *m_addTags;
    QAction *m_removeTags;
    QAction *m_rename;
    QAction *m_describe;
    QList<ecs::Instance> m_selection;
    bool m_readOnly = false;
    QPointer<InstanceActionDialog> m_dialog;
};

} // namespace ecs::ui
