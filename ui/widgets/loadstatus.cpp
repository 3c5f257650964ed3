#include "loadstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ecs::ui {

LoadStatus::LoadStatus(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The label's accessible name is its text (what a screen reader reads); what it is about
    // goes in the description.
    m_label->setAccessibleDescription(accessibleName);
    m_retry->setAccessibleName(tr("Retry: %1").arg(accessibleName));
    m_retry->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const auto retry = m_retryAction)
            retry();
    });
}

void LoadStatus::showLoading(const QString &text)
{
    showMessage(text);
}

void LoadStatus::showMessage(const QString &text)
{
    m_error = false;
    m_retryAction = {};
    m_retry->hide();
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, QPalette().color(QPalette::WindowText));
    m_label->setPalette(palette);
    m_label->setText(text);
}

void LoadStatus::showError(const QString &text, std::function<void()> retry)
{
    m_error = true;
    m_retryAction = std::move(retry);
    m_retry->setVisible(bool(m_retryAction));
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, QColor(180, 30, 30));
    m_label->setPalette(palette);
    m_label->setText(text);
}

QString LoadStatus::text() const
{
    return m_label->text();
}

} // namespace ecs::ui
