#include "announce.h"

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
    }
}

} // namespace exam::ui
