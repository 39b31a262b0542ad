#include "candidatekeys.h"

#include <QKeyEvent>

namespace exam::ui {

CandidateKey CandidateKey::read(const QKeyEvent& event, int optionCount)
{
    using enum Action;
    if (event.isAutoRepeat())
        return {};
    const int key = event.key();
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const int letter = key - Qt::Key_A;
    const int digit = key - Qt::Key_1;
    const bool isOption = letter >= 0 && letter < optionCount;
    if (modifiers == Qt::ShiftModifier)
        return isOption ? CandidateKey{Strike, letter} : CandidateKey{};
    if (modifiers == Qt::AltModifier)
        return key == Qt::Key_Up ? CandidateKey{LineUp} : key == Qt::Key_Down ? CandidateKey{LineDown} : CandidateKey{};
    if (modifiers != Qt::NoModifier)
        return {};
    if (isOption)
        return {Choose, letter};
    if (digit >= 0 && digit < optionCount)
        return {Choose, digit};
    switch (key) {
    case Qt::Key_F: return {Flag};
    case Qt::Key_N: return {Next};
    case Qt::Key_P: return {Previous};
    case Qt::Key_R: return {Review};
    case Qt::Key_Delete: return {Clear};
    case Qt::Key_L: return {LineReader};
    case Qt::Key_T: return {TimeLeft};
    case Qt::Key_S: return {ReadAloud};
    default: return {};
    }
}

} // namespace exam::ui
