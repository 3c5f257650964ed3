#pragma once

#include "apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ecs::ui {

/// An inline banner that tells what went wrong in plain words, with the service's Code and
/// RequestId (selectable, to paste into a ticket), and offers Retry.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /// `hint`: one more line, e.g. what the view does about it.
    void showError(const QString &context, const ecs::ApiError &error, const QString &hint = {});
    /// Several failures at once (one per region, say): `title` in bold, then one line per
    /// failure naming what failed with its Code and RequestId; the full texts in the tooltip.
    void showErrors(const QString &title, const QList<std::pair<QString, ecs::ApiError>> &failures,
        const QString &hint = {});
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    void loadIcons();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};

} // namespace ecs::ui
