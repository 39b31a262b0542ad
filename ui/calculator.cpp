#include "calculator.h"

#include <QLocale>

#include <cmath>

namespace exam::ui {

namespace {

constexpr int MaxDigits = 12;

} // namespace

void Calculator::digit(int value)
{
    if (failed())
        clear();
    if (value < 0 || value > 9)
        return;
    const QString digits = QString(m_entry).remove(u'.').remove(u'-');
    if (digits.size() >= MaxDigits)
        return;
    if (m_entry == QStringLiteral("0"))
        m_entry.clear();
    m_entry.append(QChar(u'0' + value));
}

void Calculator::point()
{
    if (failed())
        clear();
    if (m_entry.contains(u'.'))
        return;
    if (m_entry.isEmpty() || m_entry == QStringLiteral("-"))
        m_entry.append(u'0');
    m_entry.append(u'.');
}

void Calculator::backspace()
{
    if (failed()) {
        clear();
        return;
    }
    m_entry.chop(1);
    if (m_entry == QStringLiteral("-"))
        m_entry.clear();
}

void Calculator::negate()
{
    if (failed())
        return;
    if (m_entry.isEmpty()) {
        m_result = -m_result;
        return;
    }
    m_entry = m_entry.startsWith(u'-') ? m_entry.mid(1) : QStringLiteral("-") + m_entry;
}

double Calculator::entryValue() const
{
    return m_entry.toDouble();
}

void Calculator::apply()
{
    const double entry = entryValue();
    if (!m_haveResult || !m_pending) {
        m_result = entry;
    } else {
        switch (*m_pending) {
        case Operation::Add: m_result += entry; break;
        case Operation::Subtract: m_result -= entry; break;
        case Operation::Multiply: m_result *= entry; break;
        case Operation::Divide:
            if (entry == 0) {
                m_error = tr("Cannot divide by zero");
                return;
            }
            m_result /= entry;
            break;
        }
    }
    if (!std::isfinite(m_result) || std::abs(m_result) >= 1e15)
        m_error = tr("Too large");
    m_haveResult = true;
    m_entry.clear();
}

void Calculator::operation(Operation next)
{
    if (failed())
        return;
    if (!m_entry.isEmpty())
        apply();
    else if (!m_haveResult) {
        m_result = 0;
        m_haveResult = true;
    }
    m_pending = next;
}

void Calculator::equals()
{
    if (failed())
        return;
    if (!m_entry.isEmpty() || m_pending)
        apply();
    m_pending.reset();
}

void Calculator::clear()
{
    *this = Calculator();
}

QString Calculator::format(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    QString text = QString::number(value, 'g', 10);
    if (text.contains(u'e')) // never exponent notation on a calculator for frontline workers
        text = QString::number(value, 'f', std::max(0, 9 - int(std::floor(std::log10(std::abs(value))))));
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString Calculator::display() const
{
    if (failed())
        return m_error;
    if (!m_entry.isEmpty())
        return m_entry;
    return format(m_haveResult ? m_result : 0);
}

} // namespace exam::ui
