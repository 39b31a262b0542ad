#include "announce.h"

#include "announcer.h"

#include <QAccessible>
#include <QLabel>

namespace exam::ui {

void announceIn(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        announce(label, message); // what Orca hears (it is not told of the alert under Qt 6.4)
    }
}

} // namespace exam::ui
