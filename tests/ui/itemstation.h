#pragma once
// The item screen in a kiosk window against a real session engine on a real station database, with
// the sample bank, and the moves a test makes on it.

#include "itemscreen.h"
#include "kioskwindow.h"
#include "uisession.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QTest>

namespace exam::test {

struct ItemStation : UiSession
{
    ui::KioskWindow window;
    ui::ItemScreen* screen = new ui::ItemScreen;

    explicit ItemStation(QSize size = {1024, 768}, const QString& withItem = {}) : UiSession(withItem)
    {
        window.showScreen(screen);
        screen->setSession(engine.get(), &content);
        window.resize(size);
        window.show();
        test::settle();
    }

    template<typename T>
    T* find(const QString& name) const
    {
        auto* widget = screen->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    QString text(const QString& name) const { return find<QLabel>(name)->text(); }
    const banks::Item& shownItem() const
    {
        for (const banks::Item& item : content.items)
            if (item.id == engine->formItem(engine->currentPosition()).itemId)
                return item;
        FAIL("not in the bank");
        return content.items.first();
    }

    // Moves with N until the item with this id is shown.
    void goToItem(const QString& id)
    {
        for (int p = 0; p < engine->itemCount() && engine->formItem(engine->currentPosition()).itemId != id; ++p)
            QTest::keyClick(screen, Qt::Key_N);
        REQUIRE(engine->formItem(engine->currentPosition()).itemId == id);
    }
};

} // namespace exam::test
