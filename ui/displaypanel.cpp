#include "displaypanel.h"

#include "appearance.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "readaloud.h"
#include "textsize.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace exam::ui {

DisplayPanel::DisplayPanel(QWidget* parent)
    : QFrame(parent),
      m_size(new QLabel(this)),
      m_smaller(new LargeButton(QString(), this)),
      m_larger(new LargeButton(QString(), this)),
      m_speedRow(new QWidget(this)),
      m_speed(new QLabel(m_speedRow)),
      m_slower(new LargeButton(QString(), m_speedRow)),
      m_faster(new LargeButton(QString(), m_speedRow))
{
    setObjectName(QStringLiteral("displayPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_size->setObjectName(QStringLiteral("displayTextSize"));
    m_size->setTextFormat(Qt::PlainText);
    m_size->setWordWrap(true);
    m_smaller->setObjectName(QStringLiteral("displaySmaller"));
    m_larger->setObjectName(QStringLiteral("displayLarger"));
    connect(m_smaller, &QPushButton::clicked, this, [] { Appearance::instance().smallerText(); });
    connect(m_larger, &QPushButton::clicked, this, [] { Appearance::instance().largerText(); });

    auto* sizes = new FlowLayout(nullptr, 12);
    sizes->addWidget(m_size);
    sizes->addWidget(m_smaller);
    sizes->addWidget(m_larger);
    auto* schemes = new FlowLayout(nullptr, 12);
    for (ColourScheme::Id id : ColourScheme::all()) {
        auto* button = new LargeButton(QString(), this);
        button->setObjectName(QStringLiteral("displayScheme-") + ColourScheme::key(id));
        button->setCheckable(true);
        button->setProperty("scheme", static_cast<int>(id));
        connect(button, &QPushButton::clicked, this, [id] { Appearance::instance().setScheme(id); });
        schemes->addWidget(button);
        m_schemes.append(button);
    }
    m_speed->setObjectName(QStringLiteral("displaySpeed"));
    m_speed->setTextFormat(Qt::PlainText);
    m_speed->setWordWrap(true);
    m_slower->setObjectName(QStringLiteral("displaySlower"));
    m_faster->setObjectName(QStringLiteral("displayFaster"));
    connect(m_slower, &QPushButton::clicked, this, [this] {
        if (m_readAloud)
            m_readAloud->slower();
    });
    connect(m_faster, &QPushButton::clicked, this, [this] {
        if (m_readAloud)
            m_readAloud->faster();
    });
    auto* speeds = new FlowLayout(m_speedRow, 12);
    speeds->setContentsMargins(0, 0, 0, 0);
    speeds->addWidget(m_speed);
    speeds->addWidget(m_slower);
    speeds->addWidget(m_faster);
    m_speedRow->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sizes);
    layout->addLayout(schemes);
    layout->addWidget(m_speedRow);
    connect(&Appearance::instance(), &Appearance::changed, this, &DisplayPanel::refresh);
    retranslate();
}

void DisplayPanel::retranslate()
{
    setAccessibleName(tr("Display settings"));
    m_smaller->setText(tr("Smaller text"));
    m_larger->setText(tr("Larger text"));
    m_slower->setText(tr("Read slower"));
    m_faster->setText(tr("Read faster"));
    m_smaller->setAccessibleDescription(tr("Key: Ctrl+Minus."));
    m_larger->setAccessibleDescription(tr("Key: Ctrl+Plus."));
    for (LargeButton* button : std::as_const(m_schemes))
        button->setText(ColourScheme::displayName(static_cast<ColourScheme::Id>(button->property("scheme").toInt())));
    refresh();
}

void DisplayPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DisplayPanel::setReadAloud(ReadAloud* readAloud)
{
    if (m_readAloud)
        disconnect(m_readAloud, nullptr, this, nullptr);
    m_readAloud = readAloud;
    m_speedRow->setVisible(readAloud);
    if (readAloud)
        connect(readAloud, &ReadAloud::rateChanged, this, &DisplayPanel::refresh);
    refresh();
}

QList<QWidget*> DisplayPanel::focusOrder() const
{
    QList<QWidget*> order{m_smaller, m_larger};
    for (LargeButton* button : m_schemes)
        order.append(button);
    order << m_slower << m_faster;
    return order;
}

void DisplayPanel::refresh()
{
    const Appearance& appearance = Appearance::instance();
    // The buttons stay enabled at the ends (a disabled button would drop the keyboard focus); the
    // label says where the end is.
    const int percent = appearance.textPercent();
    m_size->setText(percent >= TextSize::steps().last()    ? tr("Text size: %1 % (the largest)").arg(percent)
                    : percent <= TextSize::steps().first() ? tr("Text size: %1 % (the smallest)").arg(percent)
                                                           : tr("Text size: %1 %").arg(percent));
    m_size->setAccessibleName(m_size->text());
    if (m_readAloud) {
        m_speed->setText(m_readAloud->rateText());
        m_speed->setAccessibleName(m_speed->text());
    }
    for (LargeButton* button : std::as_const(m_schemes))
        button->setChecked(button->property("scheme").toInt() == static_cast<int>(appearance.scheme()));
}

} // namespace exam::ui
