#pragma once
// Helpers for the UI tests: let layouts settle as the event loop would, and keep what the tests saw.

#include "appearance.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
        const qreal expected = factor.isValid() ? QApplication::font().pointSizeF() * factor.toReal()
                               : widget->parentWidget() ? widget->parentWidget()->font().pointSizeF()
                                                        : QApplication::font().pointSizeF();
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK(widget->font().pointSizeF() == Approx(expected));
        ++checked;
    }
    return checked;
}

// Every visible text widget under `root` has at least the room its text needs: labels at least their
// height for their width (wrapped) or their size hint (one line), buttons at least their minimum size.
inline void checkTextFits(QWidget* root, const QString& where)
{
    int checked = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        INFO(where.toStdString() << " / label " << label->objectName().toStdString() << ": "
                                 << label->text().left(60).toStdString() << " — " << label->width() << "x"
                                 << label->height());
        if (label->wordWrap())
            CHECK(label->height() >= label->heightForWidth(label->width()));
        else
            CHECK(label->width() >= label->sizeHint().width());
        CHECK(label->height() >= label->fontMetrics().height());
        ++checked;
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(root))
            continue;
        INFO(where.toStdString() << " / button " << button->objectName().toStdString() << ": "
                                 << button->text().left(60).toStdString() << " — " << button->width() << "x"
                                 << button->height());
        if (button->hasHeightForWidth())
            CHECK(button->height() >= button->heightForWidth(button->width()));
        else
            CHECK(button->height() >= button->minimumSizeHint().height());
        CHECK(button->width() >= button->minimumSizeHint().width());
        ++checked;
    }
    // Fields: as tall and wide as they need (a squeezed form cuts combo box texts), and, like every
    // widget checked here, not past the screen's right edge (nothing scrolls sideways).
    for (QWidget* field : root->findChildren<QWidget*>()) {
        if (!qobject_cast<QComboBox*>(field) && !qobject_cast<QLineEdit*>(field))
            continue;
        if (!field->isVisibleTo(root) || qobject_cast<QComboBox*>(field->parentWidget()))
            continue;
        INFO(where.toStdString() << " / field " << field->objectName().toStdString() << " — " << field->width() << "x"
                                 << field->height());
        CHECK(field->height() >= field->minimumSizeHint().height());
        CHECK(field->width() >= field->minimumSizeHint().width());
        ++checked;
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || !(qobject_cast<QLabel*>(widget) || qobject_cast<QAbstractButton*>(widget)
                                            || qobject_cast<QComboBox*>(widget) || qobject_cast<QLineEdit*>(widget)))
            continue;
        INFO(where.toStdString() << " / " << widget->metaObject()->className() << " " << widget->objectName().toStdString()
                                 << " right edge at " << widget->mapTo(root, QPoint(widget->width(), 0)).x()
                                 << " of " << root->width());
        CHECK(widget->mapTo(root, QPoint(widget->width(), 0)).x() <= root->width());
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
