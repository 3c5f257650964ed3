#pragma once

#include <QActionGroup>
#include <QObject>
#include <QPalette>
#include <QPointer>

class QAction;

class QChart;
class QMenu;
class QWidget;

namespace ecs::ui {

/// View › Appearance: the system's look, or Fusion in light or dark. The choice is kept in
/// QSettings ("appearance/mode"). Charts follow the application palette whenever it changes
/// (Qt Charts has no palette of its own); the status dots ask isDark() when they are drawn.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    /// Remembers the system's style and palette (once per process), then applies the saved mode.
    explicit Appearance(QObject *parent = nullptr);
    ~Appearance() override;
    /// The application's one instance (created on first use, owned by the application).
    static Appearance *instance();

    Mode mode() const { return m_mode; }
    /// Applies `mode`; `persist` also saves it (a command-line --appearance does not).
    void setMode(Mode mode, bool persist = true);
    /// "system", "light", "dark" (the command line and QSettings words).
    static std::optional<Mode> modeFromName(const QString &name);
    static QString nameOf(Mode mode);

    /// The View › Appearance submenu (System / Light / Dark, one checked), added to `viewMenu`.
    QMenu *addMenuTo(QMenu *viewMenu);
    /// The choices of the menu added last.
    QActionGroup *actions() const { return m_groups.isEmpty() ? nullptr : m_groups.last().data(); }

    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
    /// True when the application palette is dark (whatever made it so).
    static bool isDark();
    /// Colours a chart (background, title, legend, axes, grey level lines) from `palette`.
    static void styleChart(QChart *chart, const QPalette &palette);

    /// What a colour says: status texts, heat map cells, bands.
    enum class Tone { Good, Caution, Bad, Neutral };
    /// A text or line colour for `tone` that keeps its contrast on `palette`'s base.
    static QColor toneColour(Tone tone, const QPalette &palette);
    /// An opaque cell background for `tone`: the palette's base mixed with the tone, light
    /// enough (or dark enough) that the palette's text stays readable on it.
    static QColor toneTint(Tone tone, const QPalette &palette);

Q_SIGNALS:
    void modeChanged(ecs::ui::Appearance::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(Mode mode);
    void styleAllCharts();

    Mode m_mode = Mode::System;
    QList<QPointer<QActionGroup>> m_groups; ///< one per menu (each window has its own)
};

} // namespace ecs::ui
