#pragma once

#include <QString>

class QLabel;

namespace exam::ui {

// Shows a short message in a label (empty hides it), names the label with it for screen readers and,
// when there is something to say, announces it at once: for "your answer could not be saved" and
// the like, which must not wait for the user to find them.
void announceIn(QLabel* label, const QString& message);

} // namespace exam::ui
