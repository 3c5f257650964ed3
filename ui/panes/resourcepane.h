#pragma once

#include "apierror.h"
#include "inventory/retryschedule.h"
#include "textquery.h"

#include <QSortFilterProxyModel>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QAbstractItemModel;

namespace ecs {
class EcsClient;
}

namespace ecs::ui {

class ErrorBanner;

/// Sorts by SortRole in the locale's order and filters by what a person typed, as an
/// ecs::TextQuery over SearchRole: "ubuntu 22" finds "Ubuntu  22.04 64 bit". Every pane's proxy is
/// one, configured so from the start. setFilterFixedString() still works as before.
class TextQueryProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TextQueryProxy(QObject *parent = nullptr);
    void setQuery(const QString &typed);
    const ecs::TextQuery &query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ecs::TextQuery m_query;
};

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
    /// Sorts by SortRole, filters by SearchRole (a TextQueryProxy).
    static QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent);
    /// The one search of every pane: token-based and white-space-insensitive on a TextQueryProxy,
    /// a fixed string on any other proxy.
    static void setTextQuery(QSortFilterProxyModel *proxy, const QString &typed);
    /// A default column width that fits the sample value (with the cell's icon when it has one)
    /// and the header with its sort arrow, in the font the column is drawn with.
    static void fitColumn(QTableView *view, int column, const QString &sample,
        bool monospace = false, bool decorated = false);
    /// Confirms a finished action (saved, copied) in the main window's status bar, through the
    /// status tip mechanism every QMainWindow understands.
    static void confirm(QWidget *source, const QString &message);
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
    /// A control with a visible label that names it: screen readers name a combo box by its
    /// label's buddy relation (Qt on Linux reads no accessible name of a combo box).
    void addLabelledControl(const QString &label, QWidget *field);
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
    // A failure the endpoint may recover from (refused, timed out, 5xx, throttled) is retried by
    // itself with a growing pause, so the view comes back when the endpoint does.
    QTimer m_recovery;
    ecs::RetrySchedule m_retry;
};

} // namespace ecs::ui
