#pragma once

#include "apierror.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QAbstractItemModel;

namespace ecs {
class EcsClient;
}

namespace ecs::ui {

class ErrorBanner;

/// What every resource pane shares: a toolbar row (controls, filter box, busy indicator, count),
/// an error banner with Retry, and a content area that gives way to an empty state which says why
/// it is empty. Subclasses fetch and fill; this class only presents.
class ResourcePane : public QWidget
{
    Q_OBJECT

public:
    explicit ResourcePane(ecs::EcsClient *client, QWidget *parent = nullptr);

    ecs::EcsClient *client() const { return m_client; }
    QString regionId() const { return m_regionId; }
    /// Switches region: cancels what is in flight (the subclass's cancelAll()) and refreshes.
    void setRegion(const QString &regionId);
    ErrorBanner *errorBanner() const { return m_banner; }

    /// The table every pane uses: sortable rows, interactive columns, no per-change resizing.
    static QTableView *makeTable(QAbstractItemModel *model, QWidget *parent);
    /// Sorts by SortRole, filters by SearchRole, case-insensitively.
    static QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent);
    QLineEdit *filterEdit() const { return m_filter; }

public Q_SLOTS:
    virtual void refresh() = 0;

Q_SIGNALS:
    /// The pane's data is on screen.
    void loaded();
    void loadFailed(const ecs::ApiError &error);

protected:
    /// Controls go left of the filter box.
    QHBoxLayout *controlsLayout() const { return m_controls; }
    /// A row above the controls, for action tool bars.
    QHBoxLayout *actionsLayout() const { return m_actions; }
    void setContent(QWidget *content);
    void setBusy(bool busy);
    void setCount(const QString &text);
    /// Shows the empty state instead of the content (an empty text shows the content).
    void setEmptyText(const QString &text);
    void showError(const QString &context, const ecs::ApiError &error);
    void clearError();
    virtual void cancelAll() { }

private:
    ecs::EcsClient *m_client;
    QString m_regionId;
    QHBoxLayout *m_controls;
    QHBoxLayout *m_actions;
    QLineEdit *m_filter;
    QProgressBar *m_busy;
    QLabel *m_count;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

} // namespace ecs::ui
