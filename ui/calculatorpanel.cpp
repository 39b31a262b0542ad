#include "calculatorpanel.h"

#include "largebutton.h"
#include "textsize.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace exam::ui {

CalculatorPanel::CalculatorPanel(QWidget* parent) : QFrame(parent), m_display(new QLabel(this))
{
    setObjectName(QStringLiteral("calculator"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    m_display->setObjectName(QStringLiteral("calculatorDisplay"));
    m_display->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_display->setTextFormat(Qt::PlainText);
    m_display->setFrameShape(QFrame::Box);
    TextSize::setRole(m_display, 1.5, true);
    m_display->setMargin(8);

    // Labels and spoken names in English, translated by retranslate(); the object names stay English.
    struct Key
    {
        QByteArray label;
        QByteArray spoken;
        std::function<void(Calculator&)> press;
    };
    using Op = Calculator::Operation;
    const auto digit = [](int d) {
        return Key{QByteArray::number(d), QByteArray::number(d), [d](Calculator& c) { c.digit(d); }};
    };
    const QList<QList<Key>> rows{
        {digit(7), digit(8), digit(9), {"÷", QT_TR_NOOP("divide"), [](Calculator& c) { c.operation(Op::Divide); }}},
        {digit(4), digit(5), digit(6), {"×", QT_TR_NOOP("times"), [](Calculator& c) { c.operation(Op::Multiply); }}},
        {digit(1), digit(2), digit(3), {"−", QT_TR_NOOP("minus"), [](Calculator& c) { c.operation(Op::Subtract); }}},
        {digit(0),
         {".", QT_TR_NOOP("decimal point"), [](Calculator& c) { c.point(); }},
         {"±", QT_TR_NOOP("change sign"), [](Calculator& c) { c.negate(); }},
         {"+", QT_TR_NOOP("plus"), [](Calculator& c) { c.operation(Op::Add); }}},
        {{QT_TR_NOOP("C"), QT_TR_NOOP("clear"), [](Calculator& c) { c.clear(); }},
         {"⌫", QT_TR_NOOP("delete last digit"), [](Calculator& c) { c.backspace(); }},
         {"=", QT_TR_NOOP("equals"), [](Calculator& c) { c.equals(); }}},
    };
    auto* keys = new QGridLayout;
    keys->setSpacing(6);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const Key& key = rows[r][c];
            auto* button = new LargeButton(QString(), this);
            button->setObjectName(QStringLiteral("calc_%1").arg(QString::fromUtf8(key.spoken)).replace(u' ', u'_'));
            button->setProperty("labelSource", key.label);
            button->setProperty("spokenSource", key.spoken);
            m_keys.append(button);
            button->setFocusPolicy(Qt::NoFocus); // typing goes to the panel; the keys are for the mouse
            connect(button, &QPushButton::clicked, this, [this, press = key.press] {
                press(m_calculator);
                refresh();
            });
            // "=" spans the last two columns of the bottom row.
            keys->addWidget(button, r, c, 1, (r == rows.size() - 1 && c == 2) ? 2 : 1);
        }
    }
    auto* title = m_title = new QLabel(this);
    QFont bold = font();
    bold.setBold(true);
    title->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_display);
    layout->addLayout(keys);
    layout->addStretch(1);
    retranslate();
    refresh();
}

void CalculatorPanel::retranslate()
{
    setAccessibleName(tr("Calculator"));
    setAccessibleDescription(tr("Type digits and + - * / then Enter, or use the keys."));
    m_display->setAccessibleName(tr("Calculator display"));
    m_title->setText(tr("Calculator"));
    for (LargeButton* key : std::as_const(m_keys)) {
        key->setText(tr(key->property("labelSource").toByteArray().constData()));
        key->setAccessibleName(tr(key->property("spokenSource").toByteArray().constData()));
    }
}

QString CalculatorPanel::display() const
{
    return m_display->text();
}

void CalculatorPanel::clear()
{
    m_calculator.clear();
    refresh();
}

void CalculatorPanel::refresh()
{
    m_display->setText(m_calculator.display());
    m_display->setAccessibleDescription(m_display->text());
}

bool CalculatorPanel::handlesKey(const QKeyEvent* key) const
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    // Every letter too: while the calculator has the keyboard, no key may answer, flag or move the
    // item ("C" clears the calculator, as on a handheld one; other letters do nothing).
    if (key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z)
        return true;
    switch (key->key()) {
    case Qt::Key_0:
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
    case Qt::Key_6:
    case Qt::Key_7:
    case Qt::Key_8:
    case Qt::Key_9:
    case Qt::Key_Plus:
    case Qt::Key_Minus:
    case Qt::Key_Asterisk:
    case Qt::Key_Slash:
    case Qt::Key_Period:
    case Qt::Key_Comma:
    case Qt::Key_Equal:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Backspace:
    case Qt::Key_Delete: return true;
    default: return false;
    }
}

bool CalculatorPanel::event(QEvent* event)
{
    // While the calculator has the keyboard, its keys are not the item's answer shortcuts.
    if (event->type() == QEvent::ShortcutOverride && handlesKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QFrame::event(event);
}

void CalculatorPanel::keyPressEvent(QKeyEvent* event)
{
    if (!handlesKey(event)) {
        QFrame::keyPressEvent(event);
        return;
    }
    using Op = Calculator::Operation;
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        m_calculator.digit(key - Qt::Key_0);
    else if (key == Qt::Key_Plus)
        m_calculator.operation(Op::Add);
    else if (key == Qt::Key_Minus)
        m_calculator.operation(Op::Subtract);
    else if (key == Qt::Key_Asterisk)
        m_calculator.operation(Op::Multiply);
    else if (key == Qt::Key_Slash)
        m_calculator.operation(Op::Divide);
    else if (key == Qt::Key_Period || key == Qt::Key_Comma)
        m_calculator.point();
    else if (key == Qt::Key_Backspace)
        m_calculator.backspace();
    else if (key == Qt::Key_Delete || key == Qt::Key_C)
        m_calculator.clear();
    else if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return; // taken from the item, used for nothing
    else
        m_calculator.equals();
    refresh();
}

void CalculatorPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace exam::ui
