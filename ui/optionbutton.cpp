#include "optionbutton.h"

#include "appearance.h"
#include "bankmedia.h"
#include "banks/richtext.h"

#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace exam::ui {

namespace {

constexpr qreal FocusRoom = 5; // pixels between the frame and the widget's edge

// A screen reader hears an option as what it is: one of a group of which one is chosen, a radio
// button (Qt would call a checkable QAbstractButton a check box). Pressing it chooses it.
class OptionAccessible : public QAccessibleWidget
{
public:
    explicit OptionAccessible(OptionButton* option) : QAccessibleWidget(option, QAccessible::RadioButton) { }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = option()->isChecked();
        return state;
    }
    QStringList actionNames() const override { return QAccessibleWidget::actionNames() << pressAction(); }
    void doAction(const QString& action) override
    {
        if (action == pressAction())
            option()->click();
        else
            QAccessibleWidget::doAction(action);
    }

private:
    OptionButton* option() const { return static_cast<OptionButton*>(widget()); }
};

QAccessibleInterface* optionAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(OptionButton::staticMetaObject.className()) && object && object->isWidgetType())
        return new OptionAccessible(static_cast<OptionButton*>(object));
    return nullptr;
}

} // namespace

OptionButton::OptionButton(QWidget* parent)
    : QAbstractButton(parent), m_letter(new QLabel(this)), m_content(new QLabel(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(optionAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setCheckable(true);
    setAutoExclusive(false); // the item screen decides; a click on the chosen option changes nothing
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    for (QLabel* label : {m_letter, m_content}) {
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_letter->setAlignment(Qt::AlignCenter);
    m_letter->setTextFormat(Qt::PlainText);
    m_content->setWordWrap(true);
    m_content->setTextFormat(Qt::RichText);
    m_content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 14, 20, 14);
    layout->setSpacing(16);
    layout->addWidget(m_letter, 0, Qt::AlignTop);
    layout->addWidget(m_content, 1);
}

void OptionButton::setOption(const QString& letter, const QString& markup, const QString& image, const QString& alt,
                             const BankMedia* media, qreal imageScale)
{
    m_letterText = letter;
    m_letter->setText(letter);
    m_struck = false; // a new option starts in; the item screen strikes again what the candidate struck
    QString spoken;
    if (!image.isEmpty() && media) {
        const QImage rendered = media->render(image, imageScale, 0, devicePixelRatioF());
        m_content->setWordWrap(false); // an image has one height, whatever the width
        m_content->setPixmap(QPixmap::fromImage(rendered));
        m_content->setAccessibleName(alt);
        spoken = tr("Image: %1").arg(alt);
    } else {
        m_content->setWordWrap(true);
        m_content->setText(banks::RichText::toHtml(markup, banks::RichText::Context::Option));
        spoken = banks::RichText::toPlainText(markup, banks::RichText::Context::Option);
    }
    setText(spoken); // what QAbstractButton reports; never drawn, the labels draw
    m_spoken = spoken;
    sizeLetter();
    updateName();
    updateColours();
    // From text to image and back the content changes kind: the layout's cached sizes must go.
    layout()->invalidate();
    updateGeometry();
}

void OptionButton::setStruck(bool struck)
{
    if (struck == m_struck)
        return;
    m_struck = struck;
    sizeLetter();
    updateName();
    update();
}

void OptionButton::updateName()
{
    setAccessibleName(m_struck ? tr("Option %1: %2 (struck out)").arg(m_letterText, m_spoken)
                               : tr("Option %1: %2").arg(m_letterText, m_spoken));
    setAccessibleDescription(tr("Right-click or Shift+%1 strikes it out or back in.").arg(m_letterText));
}

void OptionButton::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        Q_EMIT strikeRequested();
        event->accept();
        return;
    }
    QAbstractButton::mousePressEvent(event);
}

void OptionButton::sizeLetter()
{
    QFont letterFont = font();
    letterFont.setBold(true);
    letterFont.setStrikeOut(m_struck);
    m_letter->setFont(letterFont);
    QFont contentFont = font();
    contentFont.setStrikeOut(m_struck);
    m_content->setFont(contentFont);
    // Wide enough for the letter with its check mark, so choosing never changes the layout.
    const QFontMetrics metrics(letterFont);
    m_letter->setFixedSize(
        std::max(metrics.height() * 2, metrics.horizontalAdvance(tr("%1 ✓").arg(u'W')) + metrics.height()),
        metrics.height() * 2);
}

void OptionButton::changeEvent(QEvent* event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeLetter(); // a new text size: the letter's box grows with it, on every screen
}

QSize OptionButton::sizeHint() const
{
    return layout()->totalSizeHint();
}

QSize OptionButton::minimumSizeHint() const
{
    return layout()->totalMinimumSize();
}

bool OptionButton::hasHeightForWidth() const
{
    return layout()->hasHeightForWidth(); // wrapped text does; an image option has a fixed height
}

int OptionButton::heightForWidth(int width) const
{
    const int minimum = layout()->totalMinimumSize().height();
    return layout()->hasHeightForWidth() ? std::max(minimum, layout()->totalHeightForWidth(width))
                                         : sizeHint().height();
}

void OptionButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const bool chosen = isChecked();
    // Room outside the frame for the focus ring, so the ring sits on the window's colour, never on
    // the chosen fill.
    const QRectF frame = QRectF(rect()).adjusted(FocusRoom, FocusRoom, -FocusRoom, -FocusRoom);
    painter.setPen(QPen(colours.color(chosen ? QPalette::Highlight : QPalette::WindowText), chosen ? 3 : 1.5));
    painter.setBrush(chosen ? colours.color(QPalette::Highlight) : colours.color(QPalette::Base));
    painter.drawRoundedRect(frame, 8, 8);

    // The letter's box: outlined; filled and ticked when chosen.
    const QRectF letterBox = QRectF(m_letter->geometry()).adjusted(1, 1, -1, -1);
    painter.setPen(QPen(colours.color(chosen ? QPalette::HighlightedText : QPalette::WindowText), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(letterBox, 6, 6);

    if (m_struck) {
        // Struck out: a line through the whole option as well (an image option has no text to strike).
        painter.setPen(QPen(colours.color(chosen ? QPalette::HighlightedText : QPalette::WindowText), 3));
        painter.drawLine(QPointF(frame.left() + 8, frame.center().y()), QPointF(frame.right() - 8, frame.center().y()));
    }

    if (property("speaking").toBool()) {
        // Being read aloud: a thick bar down the option's left edge, inside the frame.
        painter.setPen(Qt::NoPen);
        painter.setBrush(chosen ? colours.color(QPalette::HighlightedText) : colours.color(QPalette::WindowText));
        painter.drawRoundedRect(QRectF(frame.left() + 3, frame.top() + 3, 6, frame.height() - 6), 3, 3);
    }

    if (hasFocus()) {
        // A thick ring outside the frame, in the scheme's focus colour: visible chosen or not.
        painter.setPen(QPen(Appearance::instance().colours().focus, FocusRoom - 1));
        painter.setBrush(Qt::NoBrush);
        const qreal half = (FocusRoom - 1) / 2.0;
        painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 10, 10);
    }
}

void OptionButton::checkStateSet()
{
    QAbstractButton::checkStateSet();
    updateColours();
}

void OptionButton::nextCheckState()
{
    // Clicking an option chooses it; the item screen sets the check state from the saved answer.
}

void OptionButton::updateColours()
{
    // A role, not a palette of the labels' own: a new colour scheme then reaches them by itself.
    const QPalette::ColorRole role = isChecked() ? QPalette::HighlightedText : QPalette::WindowText;
    for (QLabel* label : {m_letter, m_content})
        label->setForegroundRole(role);
    const QString state = isChecked() ? tr("%1 ✓").arg(m_letterText) : m_letterText;
    m_letter->setText(state);
    update();
}

} // namespace exam::ui
