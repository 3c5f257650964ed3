#pragma once

#include <QObject>
#include <QStringList>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace ecs::ui {

class ResourceFilterProxy;

/// The instance-type filters a person sets in the Resources pane: family, vCPU and memory
/// ranges. Owns its controls (children of `parent`); changed() when any of them moves.
class TypeFilters : public QObject
{
    Q_OBJECT

public:
    explicit TypeFilters(QWidget *parent);

    QComboBox *family() const { return m_family; }
    /// The size boxes, in the order they are laid out.
    QList<QWidget *> sizeBoxes() const;
    /// The families offered (once; later calls with the same list change nothing).
    void setFamilies(const QStringList &families);
    /// Applies every filter to `proxy`.
    void applyTo(ResourceFilterProxy *proxy) const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_family;
    QSpinBox *m_minCpu;
    QSpinBox *m_maxCpu;
    QDoubleSpinBox *m_minMemory;
    QDoubleSpinBox *m_maxMemory;
};

} // namespace ecs::ui
