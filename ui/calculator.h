#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace exam::ui {

// A four-function calculator that works like a basic handheld one (what certification rules allow):
// each operator applies to the running result ("2 + 3 × 4 =" is 20), "=" repeats nothing, "C" clears
// everything, "⌫" removes the last digit typed. Numbers are shown with up to 10 significant digits.
class Calculator
{
    Q_DECLARE_TR_FUNCTIONS(exam::ui::Calculator)
public:
    enum class Operation { Add, Subtract, Multiply, Divide };

    void digit(int value);
    void point();
    void backspace();
    void operation(Operation next);
    void equals();
    void negate();
    void clear();

    QString display() const;
    bool failed() const { return !m_error.isEmpty(); }

    static QString format(double value);

private:
    double entryValue() const;
    void apply();

    double m_result = 0;
    std::optional<Operation> m_pending;
    QString m_entry; // digits typed since the last operator; empty: show the result
    bool m_haveResult = false;
    QString m_error;
};

} // namespace exam::ui
