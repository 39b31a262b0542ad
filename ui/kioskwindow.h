#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace exam::ui {

class ScreenFrame;

// The one top-level window of the kiosk: screens are pages of a stacked widget, shown one at a time.
// The window is named after the screen shown, and holds the announcer (announcer.h) through which
// screens speak to a screen reader.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    explicit KioskWindow(QWidget* parent = nullptr);

    // Takes ownership of the screen without showing it.
    void addScreen(QWidget* screen);
    // Takes ownership of the screen (if not yet) and shows it.
    void showScreen(QWidget* screen);
    QWidget* currentScreen() const;

    // A line above every screen for what must be seen wherever the candidate is (the time warnings);
    // announced to screen readers when it appears. Empty hides it.
    void setBanner(const QString& text);
    QString banner() const;

    // Cover the primary screen. Under a bare X server without a window manager showFullScreen()
    // alone leaves the window small, so the geometry is set first.
    void showCoveringScreen();

protected:
    void changeEvent(QEvent* event) override;

private:
    ScreenFrame* frameOf(QWidget* screen) const;
    void nameAfter(QWidget* screen);

    QStackedWidget* m_stack;
    QLabel* m_banner;
};

} // namespace exam::ui
