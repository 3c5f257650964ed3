#include "appearance.h"

#include <QAbstractAxis>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

const QString kModeKey = u"appearance/mode"_s;

/// What the desktop gave the application before any choice of ours.
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

QPointer<Appearance> &theInstance()
{
    static QPointer<Appearance> instance;
    return instance;
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
{
    systemLook(); // before anything changes it
    qApp->installEventFilter(this);
    // The system look needs nothing done: the desktop's own changes keep reaching the application.
    const QSettings settings;
    const std::optional<Mode> saved = modeFromName(settings.value(kModeKey).toString());
    if (saved && *saved != Mode::System)
        setMode(*saved, false);
}

Appearance::~Appearance()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

Appearance *Appearance::instance()
{
    if (!theInstance())
        theInstance() = new Appearance(qApp);
    return theInstance();
}

std::optional<Appearance::Mode> Appearance::modeFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (word == u"system"_s)
        return Mode::System;
    if (word == u"light"_s)
        return Mode::Light;
    if (word == u"dark"_s)
        return Mode::Dark;
    return std::nullopt;
}

QString Appearance::nameOf(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

void Appearance::setMode(Mode mode, bool persist)
{
    if (persist) {
        QSettings settings;
        settings.setValue(kModeKey, nameOf(mode));
    }
    const bool changed = mode != m_mode;
    m_mode = mode;
    apply(mode);
    m_groups.removeAll(nullptr);
    for (QActionGroup *group : std::as_const(m_groups))
        for (QAction *action : group->actions())
            if (action->data().toInt() == int(mode))
                action->setChecked(true);
    if (changed)
        Q_EMIT modeChanged(mode);
}

void Appearance::apply(Mode mode)
{
    const SystemLook &system = systemLook();
    if (mode == Mode::System) {
        if (QApplication::style()->name() != system.styleName)
            QApplication::setStyle(system.styleName);
        QApplication::setPalette(system.palette);
    } else {
        // Fusion draws every control from the palette, so a dark palette gives dark controls
        // (Qt 6.4 has no colour-scheme setting of its own).
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(
            mode == Mode::Dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    styleAllCharts();
}

QMenu *Appearance::addMenuTo(QMenu *viewMenu)
{
    QMenu *menu = viewMenu->addMenu(tr("&Appearance"));
    menu->setObjectName(u"appearanceMenu"_s);
    auto *group = new QActionGroup(menu);
    m_groups.removeAll(nullptr);
    m_groups << group;
    const QList<std::pair<Mode, QString>> choices { { Mode::System, tr("&System") },
        { Mode::Light, tr("&Light") }, { Mode::Dark, tr("&Dark") } };
    for (const auto &[mode, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"appearance_"_s + nameOf(mode));
        action->setCheckable(true);
        action->setData(int(mode));
        action->setChecked(mode == m_mode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
    return menu;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x35, 0x74, 0xf0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x62));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Appearance::isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor Appearance::toneColour(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6c, 0xd0, 0x8a) : QColor(0x1e, 0x7d, 0x3a);
    case Tone::Caution:
        return dark ? QColor(0xf0, 0xc0, 0x5a) : QColor(0x9a, 0x62, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x86, 0x80) : QColor(0xb4, 0x1e, 0x1e);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor Appearance::toneTint(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = toneColour(tone, palette);
    // A quarter of the tone over the base: visible in a grid, never louder than the text.
    const qreal share = isDark(palette) ? 0.30 : 0.22;
    const auto mix = [share](int from, int to) { return int(from + (to - from) * share); };
    return QColor(
        mix(base.red(), hue.red()), mix(base.green(), hue.green()), mix(base.blue(), hue.blue()));
}

void Appearance::styleChart(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor mid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QColor grid = mid;
    grid.setAlpha(120);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(mid);
    }
    // The on-demand and limit levels are drawn in the text colour (grey, unlike the zones).
    for (QAbstractSeries *series : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            if (pen.color().hslSaturation() < 30) {
                pen.setColor(text);
                line->setPen(pen);
            }
        }
    // The crosshair and its readout card, drawn over the chart.
    if (QGraphicsScene *scene = chart->scene())
        for (QGraphicsItem *item : scene->items()) {
            if (item->parentItem())
                continue;
            if (auto *lineItem = qgraphicsitem_cast<QGraphicsLineItem *>(item)) {
                QPen pen = lineItem->pen();
                pen.setColor(mid);
                lineItem->setPen(pen);
            } else if (auto *card = qgraphicsitem_cast<QGraphicsRectItem *>(item)) {
                QColor fill = base;
                fill.setAlpha(235);
                card->setBrush(fill);
                card->setPen(QPen(mid));
            } else if (auto *label = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
                label->setDefaultTextColor(text);
            }
        }
}

void Appearance::styleAllCharts()
{
    for (QWidget *widget : QApplication::allWidgets())
        if (auto *view = qobject_cast<QChartView *>(widget))
            styleChart(view->chart(), QApplication::palette());
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // Charts made later (a pane opened after the switch) and palette changes from outside
    // (the desktop switching its scheme) are styled too.
    if (event->type() == QEvent::Polish || event->type() == QEvent::PaletteChange)
        if (auto *view = qobject_cast<QChartView *>(watched)) {
            // Before it is polished, a chart view may still be under construction.
            const bool ready
                = event->type() == QEvent::Polish || view->testAttribute(Qt::WA_WState_Polished);
            if (ready && view->chart())
                styleChart(view->chart(), view->palette());
        }
    return QObject::eventFilter(watched, event);
}

} // namespace ecs::ui
