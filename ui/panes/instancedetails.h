#pragma once

#include "types/instance.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace ecs::ui {

/// Fills the details panel with one instance, in plain words and grouped (Overview,
/// Configuration, Network, Billing, Tags, then every other field the service sent, each under a
/// readable name): never a raw JSON tree. Group rows are expanded; each field is "name: value".
void showInstanceDetails(QTreeWidget *tree, const ecs::Instance &instance);

/// "InternetMaxBandwidthOut" → "Internet max bandwidth out": an API key for people.
QString readableFieldName(const QString &key);

/// The details side of the Instances pane: a summary line above the grouped fields; every field
/// copyable (Ctrl+C or the context menu copies the selected rows as "Field: Value").
class InstanceDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceDetailsPanel(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// Nothing to show; `why` says what to do.
    void showNothing(const QString &why);
    /// Several instances selected: how many, by status (words as shown in the table).
    void showSelection(const QStringList &statuses);
    /// One instance; `note`, when set, replaces the title (e.g. why the row is not current).
    void showInstance(const ecs::Instance &instance, const QString &note = {});
    /// "name · id", or the id alone.
    static QString titleOf(const ecs::Instance &instance);

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
    /// What the tree shows now: the same instance again (a refresh that changed nothing, a
    /// keystroke in the filter) rebuilds nothing.
    std::optional<ecs::Instance> m_shown;
};

} // namespace ecs::ui
