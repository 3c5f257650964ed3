#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace ecs {
class Operation;
}

namespace ecs::ui {

/// Tracked operations, newest first. Rows are only ever inserted at the top or updated in place
/// (dataChanged per row); elapsed times tick once a second while something runs.
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, DetailColumn, ElapsedColumn, ColumnCount };

    explicit OperationsModel(QObject *parent = nullptr);

    /// Takes ownership and starts it.
    void submit(Operation *operation);
    Operation *operationAt(int row) const;
    int runningCount() const;
    /// Removes the finished operations.
    void clearFinished();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /// An operation's calls were accepted or it reached its target: the instances changed.
    void instancesChanged(const QString &regionId, const QStringList &instanceIds);
    void operationFinished(ecs::Operation *operation);

private:
    void operationChanged(Operation *operation);

    QList<Operation *> m_operations;
    QTimer m_ticker;
};

} // namespace ecs::ui
