#include "pairingrequestdialog.h"

#include "accessibility.h"
#include "largebutton.h"
#include "textsize.h"
#include "wrappinglabel.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace exam::ui {

PairingRequestDialog::PairingRequestDialog(const QString& stationName, const QString& code, QWidget* parent)
    : QDialog(parent), m_accept(new LargeButton(tr("Accept"), this)), m_reject(new LargeButton(tr("Reject"), this))
{
    setObjectName(QStringLiteral("pairingRequestDialog"));
    setWindowTitle(tr("A station asks to join"));
    setAccessibleName(windowTitle());
    auto* title = new HeadingLabel(tr("Station %1 asks to join this room.").arg(stationName), this);
    title->setObjectName(QStringLiteral("pairingStation"));
    TextSize::setRole(title, 1.3, true);
    auto* check = new WrappingLabel(tr("Check that the station shows this code:"), this);
    auto* shown = new WrappingLabel(groupedCode(code), this);
    shown->setObjectName(QStringLiteral("pairingCode"));
    TextSize::setRole(shown, 2.2, true);
    shown->setAlignment(Qt::AlignCenter);
    shown->setTextInteractionFlags(Qt::NoTextInteraction);
    // Digit by digit for a screen reader, not "one hundred twenty-three thousand…".
    QStringList digits;
    for (const QChar digit : code)
        if (!digit.isSpace())
            digits << QString(digit);
    shown->setAccessibleName(tr("Code %1").arg(digits.join(QLatin1Char(' '))));
    auto* otherwise =
        new WrappingLabel(tr("Reject the request if the codes differ or you do not expect this station."), this);
    for (QLabel* label : {static_cast<QLabel*>(title), static_cast<QLabel*>(check), static_cast<QLabel*>(shown),
                          static_cast<QLabel*>(otherwise)})
        label->setTextFormat(Qt::PlainText);

    m_accept->setObjectName(QStringLiteral("pairingAccept"));
    m_reject->setObjectName(QStringLiteral("pairingReject"));
    m_accept->setAccessibleName(tr("Accept station %1").arg(stationName));
    m_reject->setAccessibleName(tr("Reject station %1").arg(stationName));
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_reject, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this](int result) { Q_EMIT answered(result == QDialog::Accepted); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(check);
    layout->addWidget(shown);
    layout->addWidget(otherwise);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    // Nothing is accepted by a stray Enter: the keyboard starts on Reject.
    m_reject->setDefault(true);
    m_reject->setFocus();
}

PairingRequestDialog* PairingRequestDialog::ask(QWidget* parent, const QString& stationName, const QString& code)
{
    auto* dialog = new PairingRequestDialog(stationName, code, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString PairingRequestDialog::groupedCode(const QString& code)
{
    QString digits = code;
    digits.remove(QLatin1Char(' '));
    QString grouped;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 3 == 0)
            grouped += QLatin1Char(' ');
        grouped += digits[i];
    }
    return grouped;
}

} // namespace exam::ui
