#pragma once
// Helpers for the UI tests: let layouts settle as the event loop would, and keep what the tests saw.

#include "appearance.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>

#include <catch2/catch.hpp>

namespace exam::test {

// Lets pending layout requests and queued rebuilds run, as the kiosk's event loop would between frames.
inline void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Where the tests keep what they saw, for people to look at: build/test-output/screenshots, or the
// folder EXAM_SCREENSHOTS names.
inline QString screenshotFolder()
{
    const QString chosen = qEnvironmentVariable("EXAM_SCREENSHOTS");
    return chosen.isEmpty() ? QStringLiteral(EXAM_BINARY_DIR "/test-output/screenshots") : chosen;
}

inline void keepScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = screenshotFolder();
    if (QDir().mkpath(folder))
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

inline void keepFile(const QString& path, const QString& name)
{
    const QString folder = screenshotFolder();
    if (QDir().mkpath(folder)) {
        QFile::remove(QDir(folder).filePath(name));
        QFile::copy(path, QDir(folder).filePath(name));
    }
}

// Every widget under `root`, shown or not, has the current text size: a widget with a text role its
// factor times the application font, any other the size of the widget it sits in. A screen that set a
// size of its own (not through a role) would keep it when the candidate changes the size.
inline int checkFontsFollowTextSize(QWidget* root)
{
    int checked = 0;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const QVariant factor = widget->property("examTextFactor");
        const qreal expected = factor.isValid()         ? QApplication::font().pointSizeF() * factor.toReal()
                               : widget->parentWidget() ? widget->parentWidget()->font().pointSizeF()
                                                        : QApplication::font().pointSizeF();
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK(widget->font().pointSizeF() == Approx(expected));
        ++checked;
    }
    return checked;
}

// The item screen shows the whole first option without scrolling: a stem of a line or two, its
// picture and option A fit between the bar above and the controls below. (A stem with a table can be
// taller than a small screen at large text; then the item scrolls, as any long page does.)
inline void checkFirstOptionInView(QWidget* root)
{
    auto* scroll = root->findChild<QScrollArea*>(QStringLiteral("itemScroll"));
    auto* option = root->findChild<QWidget*>(QStringLiteral("optionA"));
    REQUIRE(scroll);
    REQUIRE(option);
    REQUIRE(option->isVisibleTo(root));
    const QRect shown(option->mapTo(scroll->viewport(), QPoint(0, 0)), option->size());
    INFO("option A at " << shown.y() << "–" << shown.bottom() << " in a view " << scroll->viewport()->height()
                        << " high, scrolled to " << scroll->verticalScrollBar()->value());
    CHECK(scroll->viewport()->rect().contains(shown));
}

// Every visible text widget under `root` has at least the room its text needs: labels at least their
// height for their width (wrapped) or their size hint (one line), buttons at least their minimum size.
inline void checkTextFits(QWidget* root, const QString& where)
{
    int checked = 0;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        auto* label = qobject_cast<QLabel*>(widget);
        auto* button = qobject_cast<QAbstractButton*>(widget);
        // Fields (not a combo box's own line edit): a squeezed form cuts combo box texts.
        const bool field = (qobject_cast<QComboBox*>(widget) || qobject_cast<QLineEdit*>(widget))
                           && !qobject_cast<QComboBox*>(widget->parentWidget());
        if ((!label && !button && !field) || !widget->isVisibleTo(root) || (label && label->text().isEmpty()))
            continue;
        INFO(where.toStdString() << " / " << widget->metaObject()->className() << " "
                                 << widget->objectName().toStdString() << ": "
                                 << (label    ? label->text()
                                     : button ? button->text()
                                              : QString())
                                        .left(60)
                                        .toStdString()
                                 << " — " << widget->width() << "x" << widget->height() << " at right edge "
                                 << widget->mapTo(root, QPoint(widget->width(), 0)).x() << " of " << root->width());
        if (label) {
            if (label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
            else
                CHECK(label->width() >= label->sizeHint().width());
            CHECK(label->height() >= label->fontMetrics().height());
        } else {
            if (widget->hasHeightForWidth())
                CHECK(widget->height() >= widget->heightForWidth(widget->width()));
            else
                CHECK(widget->height() >= widget->minimumSizeHint().height());
            CHECK(widget->width() >= widget->minimumSizeHint().width());
        }
        // Nothing past the screen's right edge: nothing scrolls sideways.
        CHECK(widget->mapTo(root, QPoint(widget->width(), 0)).x() <= root->width());
        ++checked;
    }
    INFO(where.toStdString());
    CHECK(checked >= 3); // a screen with nothing to check means the walk found the wrong widgets
}

// The kiosk in a colour scheme and at a text size for the life of the object, back to the standard
// look after it, even when a REQUIRE ends the test early.
class AppearanceFor
{
public:
    explicit AppearanceFor(int textPercent, ui::ColourScheme::Id scheme = ui::ColourScheme::Id::Standard)
    {
        ui::Appearance::instance().apply(scheme, textPercent);
    }
    ~AppearanceFor() { ui::Appearance::instance().reset(); }
    AppearanceFor(const AppearanceFor&) = delete;
    AppearanceFor& operator=(const AppearanceFor&) = delete;
};

} // namespace exam::test
