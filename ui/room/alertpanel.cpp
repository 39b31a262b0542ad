#include "alertpanel.h"

#include "announce.h"
#include "textsize.h"

#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>

namespace exam::ui {

namespace {

constexpr int PinRole = Qt::UserRole;

// Each alert as tall as its words wrapped at the list's width. (QListView's own guess for wrapped items
// is made at another width: alerts came out cut short with "…" and gaps between them.)
class WrappedAlertDelegate : public QStyledItemDelegate
{
public:
    explicit WrappedAlertDelegate(QListWidget* list) : QStyledItemDelegate(list), m_list(list) { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        // The style keeps a margin of its focus frame's width and one pixel on each side of the text.
        const int margin = m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1;
        const int width = std::max(1, m_list->viewport()->width() - 2 * m_list->spacing() - 1);
        const QRect text = item.fontMetrics.boundingRect(QRect(0, 0, std::max(1, width - 2 * margin), 1'000'000),
                                                         Qt::TextWordWrap | Qt::AlignLeft, item.text);
        return {width, text.height() + 2 * margin};
    }

private:
    QListWidget* m_list;
};

QListWidgetItem* itemFor(const room::RoomAlert& alert)
{
    const QString time = alertTime(alert);
    auto* item = new QListWidgetItem(QStringLiteral("%1   %2").arg(time, alert.text));
    item->setData(Qt::AccessibleTextRole, AlertList::tr("%1, %2").arg(time, alert.text));
    item->setData(PinRole, alert.stationPin);
    return item;
}

} // namespace

QString alertTime(const room::RoomAlert& alert)
{
    return alert.at.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
}

AlertList::AlertList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("alertList"));
    setAccessibleName(tr("Alerts, newest first"));
    setWordWrap(true);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long alerts wrap instead
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust); // wrapped alerts laid out again at the list's new width
    setTextElideMode(Qt::ElideNone);
    setSpacing(2);
    setItemDelegate(new WrappedAlertDelegate(this));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QByteArray pin = item->data(PinRole).toByteArray();
        if (!pin.isEmpty())
            Q_EMIT stationActivated(pin);
    });
}

void AlertList::setAlerts(const QList<room::RoomAlert>& newestFirst)
{
    clear();
    for (const room::RoomAlert& alert : newestFirst.mid(0, Kept))
        addItem(itemFor(alert));
}

void AlertList::add(const room::RoomAlert& alert)
{
    insertItem(0, itemFor(alert));
    while (count() > Kept)
        delete takeItem(count() - 1);
}

QSize AlertList::sizeHint() const
{
    // About four alerts: the banner says the latest; this is the history.
    const int lines = 4;
    return {QListWidget::sizeHint().width(), fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 8};
}

AlertBanner::AlertBanner(QWidget* parent) : WrappingLabel(parent), m_calm(new QTimer(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setTextFormat(Qt::PlainText);
    TextSize::setRole(this, 1.0, true);
    const int padding = fontMetrics().height() / 3;
    setContentsMargins(padding * 2, padding, padding * 2, padding);
    m_calm->setSingleShot(true);
    m_calm->setInterval(LoudMs);
    connect(m_calm, &QTimer::timeout, this, &AlertBanner::calmDown);
    showText();
}

void AlertBanner::showAlert(const room::RoomAlert& alert)
{
    m_alert = alert;
    m_loud = true;
    m_calm->start();
    showText();
    // Said at once, and sent to assistive technology as an alert.
    announceIn(this, text());
}

void AlertBanner::showCalm(const room::RoomAlert& alert)
{
    m_alert = alert;
    calmDown();
}

void AlertBanner::calmDown()
{
    m_calm->stop();
    m_loud = false;
    showText();
}

void AlertBanner::showText()
{
    QString text;
    if (!m_alert)
        text = tr("No alerts.");
    else if (m_loud)
        text = tr("Alert %1: %2").arg(alertTime(*m_alert), m_alert->text);
    else
        text = tr("Last alert %1: %2").arg(alertTime(*m_alert), m_alert->text);
    setText(text);
    setAccessibleName(text);
    setForegroundRole(m_loud ? QPalette::Window : QPalette::WindowText);
    update();
}

void AlertBanner::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    if (m_loud) {
        painter.fillRect(rect(), palette().color(QPalette::WindowText));
    } else {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter.end();
    WrappingLabel::paintEvent(event);
}

void AlertBanner::changeEvent(QEvent* event)
{
    WrappingLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        const int padding = fontMetrics().height() / 3;
        setContentsMargins(padding * 2, padding, padding * 2, padding);
    } else if (event->type() == QEvent::LanguageChange) {
        showText();
    }
}

} // namespace exam::ui
