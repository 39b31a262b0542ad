#include "scorereportpdf.h"

#include "scorereporttext.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>
#include <QtMath>

namespace exam::ui {

namespace {

// Flows text and bars down the page, starting a new page when the next block does not fit.
class PageFlow
{
public:
    PageFlow(QPdfWriter& writer, QPainter& painter) : m_writer(writer), m_painter(painter)
    {
        m_area = painter.viewport();
        m_y = m_area.top();
    }

    int width() const { return m_area.width(); }
    // One point in device pixels, for spacing given in points.
    int points(qreal value) const { return qRound(value * m_writer.resolution() / 72.0); }

    void text(const QString& text, qreal pointSize, bool bold = false)
    {
        setFont(pointSize, bold);
        const int height = heightOf(m_area.width(), text);
        ensureRoom(height);
        drawWrapped(QRect(m_area.left(), m_y, m_area.width(), height), text);
        m_y += height;
    }

    // A heading is never left alone at the foot of a page: it moves on with room for what follows.
    void heading(const QString& text, qreal pointSize)
    {
        setFont(pointSize, true);
        ensureRoom(heightOf(m_area.width(), text) + points(48));
        this->text(text, pointSize, true);
    }

    void space(qreal pointsOfSpace) { m_y += points(pointsOfSpace); }

    void setFont(qreal pointSize, bool bold) { m_painter.setFont(reportFont(pointSize, bold)); }

    // The report's font, without ligatures: with them a PDF reader's search and copy find "Certiﬁed"
    // (U+FB01), not "certified". Qt 6.4 has no font-feature switch; it shapes without ligatures
    // whenever the letter spacing is not zero, and 0.05 of a device pixel (1/6,000 of an inch at 300 dpi) changes
    // nothing seen.
    static QFont reportFont(qreal pointSize, bool bold)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        return font;
    }

    // Wrapped at word boundaries, and inside a word only when it is longer than the line (a long
    // name or an id never runs off the page).
    static QTextOption wrapping()
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }
    int heightOf(int width, const QString& text) const
    {
        if (text.isEmpty())
            return 0;
        return qCeil(m_painter.boundingRect(QRectF(0, 0, width, 1e7), text, wrapping()).height());
    }
    void drawWrapped(const QRect& box, const QString& text) { m_painter.drawText(QRectF(box), text, wrapping()); }

    // A topic row: title, a bar with the pass mark ticked, the percent, and the flag in words.
    void domain(const results::DomainScore& domain, int passMark)
    {
        const QFont font = reportFont(10.5, false);
        const QFont bold = reportFont(10.5, true);
        const int gap = points(8);
        const int titleWidth = m_area.width() * 36 / 100;
        m_painter.setFont(bold);
        const int percentWidth = m_painter.fontMetrics().horizontalAdvance(ScoreReportText::percent(100));
        // The bar takes what the words leave, so "needs improvement" stays on one line where it can.
        const int flagWidth = m_painter.fontMetrics().horizontalAdvance(ScoreReportText::needsImprovement());
        const int barWidth =
            std::max(m_area.width() * 15 / 100, m_area.width() - titleWidth - percentWidth - flagWidth - 4 * gap);
        const int flagLeft = titleWidth + gap + barWidth + gap + percentWidth + gap;
        const QString flag = domain.needsImprovement ? ScoreReportText::needsImprovement() : QString();
        const int flagHeight = heightOf(m_area.width() - flagLeft, flag);
        m_painter.setFont(font);
        const int titleHeight = heightOf(titleWidth, domain.title);
        const int lineHeight = m_painter.fontMetrics().height();
        const int barHeight = points(11);
        const int contentHeight = std::max({titleHeight, flagHeight, barHeight});
        ensureRoom(contentHeight + points(6));

        const int left = m_area.left();
        m_painter.setPen(Qt::black);
        drawWrapped(QRect(left, m_y, titleWidth, titleHeight), domain.title);
        // The bar sits on the first line of the title, beside it.
        const QRect bar(left + titleWidth + gap, m_y + (lineHeight - barHeight) / 2, barWidth, barHeight);
        m_painter.setPen(QPen(Qt::black, points(0.75)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(bar);
        m_painter.fillRect(QRect(bar.left(), bar.top(), bar.width() * domain.percent() / 100, bar.height()),
                           QColor(0x55, 0x55, 0x55));
        const int mark = bar.left() + bar.width() * passMark / 100;
        m_painter.setPen(QPen(Qt::black, points(1.5)));
        m_painter.drawLine(mark, bar.top() - points(2), mark, bar.bottom() + points(2));
        m_painter.setPen(Qt::black);
        m_painter.setFont(bold);
        m_painter.drawText(QRect(bar.right() + gap, m_y, percentWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                           ScoreReportText::percent(domain.percent()));
        if (!flag.isEmpty())
            drawWrapped(QRect(left + flagLeft, m_y, m_area.width() - flagLeft, flagHeight), flag);
        m_y += contentHeight + points(6);
    }

    void rule()
    {
        ensureRoom(points(6));
        m_painter.setPen(QPen(Qt::black, points(0.5)));
        m_painter.drawLine(m_area.left(), m_y + points(3), m_area.right(), m_y + points(3));
        m_y += points(6);
    }

private:
    void ensureRoom(int height)
    {
        if (m_y + height <= m_area.bottom() || m_y == m_area.top())
            return;
        m_writer.newPage();
        m_y = m_area.top();
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRect m_area;
    int m_y = 0;
};

} // namespace

void ScoreReportPdf::render(const results::ScoreReport& report, QIODevice* device)
{
    QPdfWriter writer(device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                                  : QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("%1, %2: score report").arg(report.moduleCode, report.candidateName));
    writer.setCreator(QCoreApplication::applicationName());

    QPainter painter(&writer);
    PageFlow page(writer, painter);
    page.text(ScoreReportText::title(), 20, true);
    page.space(6);
    page.text(ScoreReportText::candidate(report), 12);
    page.text(ScoreReportText::module(report), 12);
    page.text(ScoreReportText::date(report), 12);
    page.space(10);
    page.text(QStringLiteral("%1    %2")
                  .arg(ScoreReportText::percent(report.score.percent()), ScoreReportText::outcome(report)),
              26, true);
    page.text(ScoreReportText::passMark(report), 11);
    if (report.timedOut)
        page.text(ScoreReportText::timedOut(), 11);
    if (const QString retake = ScoreReportText::retake(report); !retake.isEmpty())
        page.text(retake, 11, true);
    page.space(10);
    page.rule();
    page.heading(ScoreReportText::domainsHeading(), 14);
    page.text(ScoreReportText::domainsExplanation(report), 9.5);
    page.space(6);
    for (const results::DomainScore& domain : report.reportedDomains())
        page.domain(domain, report.score.passPercent);
    if (auto other = report.otherTopics()) {
        other->title = ScoreReportText::otherTopics();
        page.domain(*other, report.score.passPercent);
    }
    page.space(6);
    page.rule();
    page.heading(ScoreReportText::credentialsHeading(), 14);
    if (report.credentials.isEmpty())
        page.text(ScoreReportText::noCredentials(), 11);
    for (const results::EarnedCredential& credential : report.credentials) {
        const bool isNew = report.newCredentials.contains(credential.code);
        page.text(ScoreReportText::credential(credential, isNew), 11, isNew);
    }
    page.space(14);
    page.text(ScoreReportText::noItemContent(), 9);
    page.text(ScoreReportText::resultId(report), 9);
}

Result<void> ScoreReportPdf::write(const results::ScoreReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoError, tr("Cannot write the score report to %1: %2. Choose another folder.")
                                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    render(report, &file);
    if (!file.commit())
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::StorageFull : ErrorCode::IoError,
                    tr("The score report could not be saved to %1: %2. Free some space or choose another folder; "
                       "the result itself is safe in the station's records.")
                        .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

} // namespace exam::ui
