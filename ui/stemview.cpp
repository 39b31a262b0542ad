#include "stemview.h"

#include "banks/richtext.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextDocument>

namespace exam::ui {

StemView::StemView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("itemStem"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::NoTextInteraction); // no selection, no links, nothing to copy
    setOpenLinks(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    // Reachable by Tab (so a screen reader reads the question), never by click; Tab leaves it again.
    setFocusPolicy(Qt::TabFocus);
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    viewport()->setAutoFillBackground(false);
}

QString StemView::spokenName() const
{
    return m_where.isEmpty() ? m_plain : m_where + QLatin1Char(' ') + m_plain;
}

void StemView::presentAgain()
{
    if (!hasFocus())
        return;
    if (QAccessibleInterface* shown = QAccessible::queryAccessibleInterface(this))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(shown)); // the next one is new
    QAccessibleEvent focus(this, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

void StemView::setStem(const QString& markup, const BankMedia* media, qreal imageScale)
{
    m_markup = markup;
    m_media = media;
    m_imageScale = imageScale;
    document()->clear(); // drops the previous item's images from the resource cache
    document()->setDocumentMargin(0);
    document()->setDefaultFont(font());
    setHtml(banks::RichText::toHtml(markup, banks::RichText::Context::Stem));
    m_plain = banks::RichText::toPlainText(markup, banks::RichText::Context::Stem);
    updateGeometry();
}

QVariant StemView::loadResource(int type, const QUrl& name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QStringLiteral("bank-media") && m_media) {
        const QImage image =
            m_media->render(name.path(), m_imageScale, std::max(100, viewport()->width() - 8), devicePixelRatioF());
        if (!image.isNull())
            return image;
    }
    return QTextBrowser::loadResource(type, name); // never files or the network: nothing else is referenced
}

int StemView::heightForWidth(int width) const
{
    QTextDocument* doc = document();
    const qreal before = doc->textWidth();
    doc->setTextWidth(width - 2 * frameWidth());
    const int height = qCeil(doc->size().height()) + 2 * frameWidth();
    doc->setTextWidth(before);
    return height;
}

QSize StemView::sizeHint() const
{
    const int width = std::max(200, QTextBrowser::sizeHint().width());
    return {width, heightForWidth(width)};
}

QSize StemView::minimumSizeHint() const
{
    return {100, fontMetrics().height()};
}

void StemView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    updateGeometry(); // a new width means a new height
    // Images are rendered to fit the width they are shown at: a new width renders them again (after
    // the resize, not inside it).
    if (event->size().width() != event->oldSize().width() && !m_markup.isEmpty()
        && !banks::RichText::images(m_markup).isEmpty() && !m_rerenderQueued) {
        m_rerenderQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rerenderQueued = false;
                setStem(m_markup, m_media, m_imageScale);
            },
            Qt::QueuedConnection);
    }
}

void StemView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_markup.isEmpty())
        setStem(m_markup, m_media, m_imageScale);
}

} // namespace exam::ui
