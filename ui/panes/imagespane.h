#pragma once

#include "resourcepane.h"
#include "types/image.h"

#include <QMap>
#include <QPointer>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace ecs {
class ApiCall;
}

namespace ecs::ui {

class ImagesModel;

/// The images of a region, filtered by owner, OS type and architecture on the server and by name
/// in the filter box. Every page is fetched: the first tells TotalCount, the rest go in parallel.
class ImagesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit ImagesPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    ImagesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return !m_calls.isEmpty(); }
    /// Images per request (the service allows up to 100).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    void fetchPage(int pageNumber);
    void pageArrived(int pageNumber, const ecs::ops::DescribeImages::Response &page);
    void finishIfDone();
    void updateCount();

    ImagesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_owner;
    QComboBox *m_osType;
    QComboBox *m_architecture;
    quint64 m_generation = 0;
    QMap<int, QList<ecs::Image>> m_pages; ///< pages of the current fetch, in page order
    QList<QPointer<ecs::ApiCall>> m_calls;
    int m_total = 0;
    int m_pageSize = ecs::ops::DescribeImages::kMaxPageSize;
};

} // namespace ecs::ui
