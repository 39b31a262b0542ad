#include "proctorsigninscreen.h"

#include "accessibility.h"
#include "announce.h"
#include "largebutton.h"
#include "textsize.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace exam::ui {

ProctorSignInScreen::ProctorSignInScreen(QWidget* parent)
    : QWidget(parent),
      m_purpose(new QLabel(this)),
      m_login(new QLineEdit(this)),
      m_pin(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_signIn(new LargeButton(QString(), this)),
      m_cancel(new LargeButton(QString(), this)),
      m_title(new HeadingLabel(QString(), this)),
      m_loginLabel(new QLabel(this)),
      m_pinLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("proctorSignIn"));
    QLabel* title = m_title;
    TextSize::setRole(title, 1.8, true);
    m_purpose->setObjectName(QStringLiteral("signInPurpose"));
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    for (QLabel* label : {title, m_purpose, m_problem}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont bold = font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->setVisible(false);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_pin->setObjectName(QStringLiteral("signInPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    for (QLineEdit* field : {m_login, m_pin})
        field->setContextMenuPolicy(Qt::NoContextMenu);
    m_signIn->setObjectName(QStringLiteral("signInSubmit"));
    m_cancel->setObjectName(QStringLiteral("signInCancel"));

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_pinLabel, m_pin);

    // The PIN pad: for stations without a keyboard in reach, and for anyone who prefers it.
    auto* pad = new QGridLayout;
    pad->setSpacing(8);
    const QStringList keys{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                           QStringLiteral("9"), QStringLiteral("⌫"), QStringLiteral("0")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* key = new LargeButton(keys[i], this);
        key->setObjectName(QStringLiteral("pinKey%1").arg(i == 9 ? QStringLiteral("Back") : keys[i]));
        key->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the PIN field
        if (i == 9)
            m_deleteKey = key;
        connect(key, &QPushButton::clicked, this, [this, k = keys[i]] { press(k); });
        pad->addWidget(key, i / 3, i % 3);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(m_purpose);
    column->addLayout(form);
    column->addLayout(pad);
    column->addWidget(m_problem);
    column->addLayout(buttons);
    column->addStretch(2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 32);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &ProctorSignInScreen::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &ProctorSignInScreen::submit);
    connect(m_login, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_pin->clear();
        Q_EMIT cancelled();
    });
    retranslate();
}

void ProctorSignInScreen::retranslate()
{
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
    m_title->setText(tr("Proctor sign-in"));
    m_login->setAccessibleName(tr("Proctor login"));
    m_pin->setAccessibleName(tr("PIN"));
    m_loginLabel->setText(tr("Login"));
    m_pinLabel->setText(tr("PIN"));
    m_deleteKey->setAccessibleName(tr("Delete last digit"));
}

void ProctorSignInScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ProctorSignInScreen::begin(const QString& purpose, bool keepLogin)
{
    m_purpose->setText(purpose);
    m_purpose->setAccessibleName(purpose);
    if (!keepLogin)
        m_login->clear();
    m_pin->clear();
    m_problem->setVisible(false);
    (m_login->text().isEmpty() ? m_login : m_pin)->setFocus();
}

QString ProctorSignInScreen::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void ProctorSignInScreen::press(const QString& key)
{
    if (key == QStringLiteral("⌫"))
        m_pin->backspace();
    else
        m_pin->insert(key);
    m_pin->setFocus();
}

void ProctorSignInScreen::submit()
{
    if (!m_authenticate)
        return;
    const Sensitive<QString> pin(m_pin->text());
    m_pin->clear();
    auto result = m_authenticate(m_login->text().trimmed(), pin);
    if (!result) {
        announceIn(m_problem, result.error().message);
        m_pin->setFocus();
        return;
    }
    m_problem->setVisible(false);
    Q_EMIT signedIn(*result);
}

} // namespace exam::ui
