#pragma once

#include "types/vocabulary.h"

#include <QObject>
#include <QStringList>

#include <utility>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace ecs::ui {

class ResourceFilterProxy;

/// The choices a person makes in the Resources pane: the billing (asked of the service) and the
/// instance-type filters (family, vCPU and memory ranges, applied to the rows). Owns its controls
/// (children of `parent`); billingChanged() or changed() when one of them moves.
class TypeFilters : public QObject
{
    Q_OBJECT

public:
    explicit TypeFilters(QWidget *parent);

    QComboBox *billing() const { return m_billing; }
    /// The billing chosen, and whether preemptible comes with a price limit.
    std::pair<ecs::Billing, bool> billingChoice() const;
    void setBilling(ecs::Billing billing, bool priceLimit = false);
    QComboBox *family() const { return m_family; }
    /// The size boxes, in the order they are laid out.
    QList<QWidget *> sizeBoxes() const;
    /// The families offered (once; later calls with the same list change nothing).
    void setFamilies(const QStringList &families);
    /// Applies every filter to `proxy`.
    void applyTo(ResourceFilterProxy *proxy) const;

Q_SIGNALS:
    void billingChanged();
    void changed();

private:
    QComboBox *m_billing;
    QComboBox *m_family;
    QSpinBox *m_minCpu;
    QSpinBox *m_maxCpu;
    QDoubleSpinBox *m_minMemory;
    QDoubleSpinBox *m_maxMemory;
};

} // namespace ecs::ui
