#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A tinted background from the palette, so that it reads as an error in light and dark themes.
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Window);
    const QColor red(200, 40, 40);
    tinted.setColor(QPalette::Window,
        QColor::fromRgbF(base.redF() * 0.8 + red.redF() * 0.2,
            base.greenF() * 0.8 + red.greenF() * 0.2, base.blueF() * 0.8 + red.blueF() * 0.2));
    setPalette(tinted);

    m_icon->setAlignment(Qt::AlignTop);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setTextFormat(Qt::PlainText);
    m_retry->setToolTip(tr("Send the request again"));
    m_retry->setAccessibleName(tr("Retry"));
    m_dismiss->setFlat(true);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss error"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::loadIcons()
{
    // At the first error, not with every pane: the style reads and decodes each icon's images.
    if (!m_icon->pixmap().isNull())
        return;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
}

void ErrorBanner::showError(const QString &context, const ecs::ApiError &error, const QString &hint)
{
    loadIcons();
    // What failed and the code in bold; the service's words, HTTP status and RequestId below.
    QString what = context;
    if (what.endsWith(u'.'))
        what.chop(1);
    m_title->setText(tr("%1: %2").arg(what, error.title()));
    m_message->setText(
        hint.isEmpty() ? error.toDisplayString() : error.toDisplayString() + u'\n' + hint);
    setToolTip(QString());
    setAccessibleDescription(text());
    show();
}

void ErrorBanner::showErrors(const QString &title,
    const QList<std::pair<QString, ecs::ApiError>> &failures, const QString &hint)
{
    loadIcons();
    QStringList lines;
    QStringList details;
    for (const auto &[what, error] : failures) {
        QString line = tr("%1: %2").arg(what, error.title());
        if (!error.requestId.isEmpty())
            line += u" · "_s + tr("RequestId %1").arg(error.requestId);
        lines << line;
        details << tr("%1: %2").arg(what, error.toDisplayString());
    }
    if (!hint.isEmpty())
        lines << hint;
    m_title->setText(title);
    m_message->setText(lines.join(u'\n'));
    setToolTip(details.join(u"\n\n"_s));
    setAccessibleDescription(text());
    show();
}

QString ErrorBanner::text() const
{
    return m_title->text() + u'\n' + m_message->text();
}

} // namespace ecs::ui
