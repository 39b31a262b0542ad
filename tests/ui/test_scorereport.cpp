// The score report on screen and as PDF: what it says, that nothing is clipped at large text, that a
// screen reader can reach every part, and that the PDF reads back with the same words.
#include "kioskwindow.h"
#include "scorebar.h"
#include "scorereportpdf.h"
#include "scorereporttext.h"
#include "scorereportview.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace exam;
using namespace exam::ui;
using exam::test::keepFile;
using exam::test::keepScreenshot;
using exam::test::settle;

namespace {

results::DomainScore domain(const char* id, const char* title, int correct, int total)
{
    results::DomainScore d{QString::fromLatin1(id), QString::fromUtf8(title), correct, total, false, false};
    d.folded = total < results::Scoring::MinItemsPerReportedDomain;
    d.needsImprovement = !d.folded && correct * 100 < 75 * total;
    return d;
}

// A failed CLT attempt by a candidate who holds CLA: weak topics, a folded pair, a retake date.
results::ScoreReport failedReport()
{
    results::ScoreReport report;
    report.resultId = QStringLiteral("0b7f3c2e-5d1a-4c8e-9f6b-2a4d8e1c7b90");
    report.candidateId = QStringLiteral("C-20419");
    report.candidateName = QStringLiteral("María José Fernández-Castellanos");
    report.moduleCode = QStringLiteral("CLT");
    report.moduleTitle = QStringLiteral("Certified Logistics Technician");
    report.program = QStringLiteral("MSSC Certified Logistics Technician");
    report.date = QDate(2026, 3, 2);
    report.score.passPercent = 75;
    report.score.domains = {domain("receiving", "Receiving and put-away of incoming goods", 9, 11),
                            domain("storage", "Storage", 5, 10),
                            domain("orders", "Order processing", 8, 11),
                            domain("packing", "Packing and shipping", 6, 11),
                            domain("inventory", "Inventory control", 10, 12),
                            domain("dispatch", "Dispatch and tracking", 7, 11),
                            domain("measures", "Performance measures", 2, 4),
                            domain("transport", "Transport", 3, 4)};
    for (const results::DomainScore& d : report.score.domains) {
        report.score.correct += d.correct;
        report.score.total += d.total;
    }
    report.score.passed = report.score.correct * 100 >= 75 * report.score.total;
    report.credentials = {{QStringLiteral("CLA"), QStringLiteral("MSSC Certified Logistics Associate"),
                           QDate(2026, 1, 12), std::nullopt}};
    report.retakeFrom = QDate(2026, 3, 17);
    report.retakeRule = QStringLiteral("15 days after a fail");
    return report;
}

results::ScoreReport passedReport()
{
    results::ScoreReport report = failedReport();
    for (results::DomainScore& d : report.score.domains) {
        d.correct = d.total;
        d.needsImprovement = false;
    }
    report.score.correct = report.score.total;
    report.score.passed = true;
    report.retakeFrom.reset();
    report.credentials.append({QStringLiteral("CLT"), QStringLiteral("MSSC Certified Logistics Technician"),
                               QDate(2026, 3, 2), QDate(2031, 3, 2)});
    report.newCredentials = {QStringLiteral("CLT")};
    return report;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root))
            texts.append(label->text());
    return texts;
}

// Every visible label gets the room its text needs: wrapped labels are tall enough at their width,
// the others as wide as their text.
void checkNothingClipped(QWidget* root)
{
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    REQUIRE(labels.size() >= 20);
    for (QLabel* label : labels) {
        INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK(label->isVisibleTo(root)); // nothing on the report is hidden
        CHECK_FALSE(label->text().isEmpty());
        if (label->wordWrap())
            CHECK(label->height() >= label->heightForWidth(label->width()));
        else
            CHECK(label->width() >= label->sizeHint().width());
    }
}

struct ShownReport
{
    KioskWindow window;
    ScoreReportView* view = new ScoreReportView;

    explicit ShownReport(const results::ScoreReport& report, QSize size = {1280, 720})
    {
        window.showScreen(view);
        view->setReport(report);
        window.resize(size);
        window.show();
        settle();
    }
};

} // namespace

TEST_CASE("Score report screen: who, what, when, the result in words, the topics and the retake date", "[ui][report]")
{
    const results::ScoreReport report = failedReport();
    ShownReport shown(report);
    keepScreenshot(shown.window, QStringLiteral("score-report-fail-100"));

    const QStringList texts = visibleTexts(shown.view);
    CHECK(texts.contains(ScoreReportText::candidate(report)));
    CHECK(texts.contains(ScoreReportText::module(report)));
    CHECK(texts.contains(ScoreReportText::date(report)));
    CHECK(texts.contains(QStringLiteral("FAIL")));
    CHECK(texts.contains(ScoreReportText::percent(report.score.percent())));
    CHECK(texts.contains(ScoreReportText::retake(report)));
    CHECK(ScoreReportText::retake(report).contains(ScoreReportText::longDate(QDate(2026, 3, 17))));
    CHECK(texts.contains(ScoreReportText::credential(report.credentials.first(), false)));

    // One bar per reported topic plus "other topics"; "needs improvement" exactly where below the mark.
    const QList<ScoreBar*> bars = shown.view->findChildren<ScoreBar*>();
    REQUIRE(bars.size() == report.reportedDomains().size() + 1);
    QStringList flagged;
    for (const results::DomainScore& d : report.reportedDomains())
        if (d.needsImprovement)
            flagged.append(d.title);
    if (report.otherTopics()->needsImprovement)
        flagged.append(ScoreReportText::otherTopics());
    REQUIRE(flagged
            == (QStringList{QStringLiteral("Storage"), QStringLiteral("Order processing"),
                            QStringLiteral("Packing and shipping"), QStringLiteral("Dispatch and tracking"),
                            ScoreReportText::otherTopics()}));
    CHECK(shown.view->findChildren<QLabel*>(QStringLiteral("needsImprovement")).size() == flagged.size());
    for (ScoreBar* bar : bars) {
        INFO(bar->accessibleName().toStdString());
        CHECK_FALSE(bar->accessibleName().isEmpty());
        CHECK(bar->accessibleDescription().contains(QStringLiteral("%")));
        CHECK(bar->accessibleDescription().contains(QStringLiteral("needs improvement"))
              == flagged.contains(bar->accessibleName()));
        CHECK(bar->passMark() == 75);
    }
    CHECK(bars.last()->accessibleName() == ScoreReportText::otherTopics());
    CHECK(bars.last()->value() == 62); // 5 of 8 in the two small topics together, rounded down
    checkNothingClipped(shown.view);

    // A screen reader starts on the report and hears the result first.
    auto* scroll = shown.view->findChild<QScrollArea*>(QStringLiteral("reportScroll"));
    CHECK(scroll->hasFocus());
    CHECK(scroll->accessibleName().contains(QStringLiteral("FAIL")));
    CHECK(scroll->accessibleDescription().contains(ScoreReportText::retake(report)));

    QSignalSpy done(shown.view, &ScoreReportView::done);
    shown.view->findChild<QPushButton*>(QStringLiteral("reportDone"))->click();
    CHECK(done.size() == 1);
}

TEST_CASE("Score report screen: a pass names the credential it completed and no retake", "[ui][report]")
{
    const results::ScoreReport report = passedReport();
    ShownReport shown(report);
    keepScreenshot(shown.window, QStringLiteral("score-report-pass-100"));
    const QStringList texts = visibleTexts(shown.view);
    CHECK(texts.contains(QStringLiteral("PASS")));
    CHECK(texts.contains(ScoreReportText::credential(report.credentials[1], true)));
    CHECK(ScoreReportText::credential(report.credentials[1], true)
              .contains(ScoreReportText::longDate(QDate(2031, 3, 2))));
    CHECK(shown.view->findChild<QLabel*>(QStringLiteral("reportRetake")) == nullptr);
    CHECK(shown.view->findChildren<QLabel*>(QStringLiteral("needsImprovement")).isEmpty());
}

TEST_CASE("Score report screen: at 200 % text on 1280×720 it reflows and scrolls, nothing clipped", "[ui][report]")
{
    {
        // Shown at 100 %, then the text size changes under it, as the proctor's zoom control does.
        ShownReport shown(failedReport());
        const int titleAt100 = shown.view->findChild<QLabel*>(QStringLiteral("reportTitle"))->font().pointSize();
        const test::AppearanceFor large(200);
        const auto titleSize = [&shown] {
            return shown.view->findChild<QLabel*>(QStringLiteral("reportTitle"))->font().pointSize();
        };
        CHECK(QTest::qWaitFor([&] { return titleSize() == 2 * titleAt100; }, 5'000));
        settle();
        auto* done = shown.view->findChild<QPushButton*>(QStringLiteral("reportDone"));
        CHECK(done->width()
              >= QFontMetrics(done->font()).horizontalAdvance(done->text()) + 2 * QFontMetrics(done->font()).height());
        auto* scroll = shown.view->findChild<QScrollArea*>(QStringLiteral("reportScroll"));
        REQUIRE(scroll);
        // Once laid out, the page is as tall as its wrapped text needs at the viewport's width, and the
        // scroll bar reaches all of it.
        CHECK(QTest::qWaitFor(
            [scroll] {
                const QWidget* page = scroll->widget();
                return page->height() >= page->heightForWidth(scroll->viewport()->width())
                       && scroll->verticalScrollBar()->maximum() == page->height() - scroll->viewport()->height();
            },
            5'000));
        keepScreenshot(shown.window, QStringLiteral("score-report-fail-200"));
        CHECK(scroll->widget()->width() <= scroll->viewport()->width());  // never sideways
        CHECK(scroll->widget()->height() > scroll->viewport()->height()); // it does need to scroll
        checkNothingClipped(shown.view);
        // Scrolled to the end, the last line is in view.
        auto* last = shown.view->findChild<QLabel*>(QStringLiteral("reportResultId"));
        CHECK(QTest::qWaitFor(
            [scroll, last] {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                return last->mapTo(scroll->viewport(), QPoint(0, last->height())).y() <= scroll->viewport()->height();
            },
            5'000));
        keepScreenshot(shown.window, QStringLiteral("score-report-fail-200-end"));
    }
}

TEST_CASE("Score report PDF: the same words on paper, saved whole or not at all", "[ui][report][pdf]")
{
    QTemporaryDir dir;
    const results::ScoreReport report = failedReport();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ScoreReportPdf::write(report, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    keepFile(path, QStringLiteral("score-report-fail.pdf"));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    REQUIRE(pdftotext.exitCode() == 0);
    // As a PDF reader's search and copy see it: no ligature glyphs ("ﬁ", U+FB01, would hide "Certified").
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        CHECK_FALSE(text.contains(QChar(ligature)));
    CHECK(text.contains(QStringLiteral("Certified Logistics Technician")));
    CHECK(text.contains(report.candidateName));
    CHECK(text.contains(report.candidateId));
    CHECK(text.contains(QStringLiteral("FAIL")));
    CHECK(text.contains(ScoreReportText::percent(report.score.percent())));
    for (const results::DomainScore& d : report.reportedDomains())
        CHECK(text.contains(d.title));
    CHECK(text.contains(ScoreReportText::otherTopics()));
    CHECK(text.count(ScoreReportText::needsImprovement()) == 5); // four topics and the folded ones
    CHECK(text.contains(report.credentials.first().title));
    CHECK(text.contains(ScoreReportText::retake(report)));

    SECTION("a folder that cannot be written says so and leaves nothing behind")
    {
        const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        auto refused = ScoreReportPdf::write(report, missing);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::IoError);
        CHECK(refused.error().message.contains(QStringLiteral("no-such-folder")));
        CHECK_FALSE(QFile::exists(missing));
    }
}

TEST_CASE("Score report screen: in a white-on-black scheme the pass mark is drawn in the text colour", "[ui][report]")
{
    ShownReport shown(failedReport());
    const test::AppearanceFor dark(100, ui::ColourScheme::Id::WhiteOnBlack);
    settle();
    keepScreenshot(shown.window, QStringLiteral("score-report-fail-white-on-black"));

    ScoreBar* bar = shown.view->findChildren<ScoreBar*>().first();
    const QImage image = bar->grab().toImage();
    const int tick = bar->width() * 75 / 100;
    bool tickFound = false;
    for (int x = tick - 1; x <= tick + 1; ++x)
        tickFound = tickFound || image.pixelColor(x, image.height() / 2) == QColor(Qt::white);
    CHECK(tickFound);
    for (QLabel* label : shown.view->findChildren<QLabel*>())
        CHECK(label->palette().color(QPalette::WindowText) == QColor(Qt::white));
}

TEST_CASE("Score report PDF: long names wrap inside the page and many topics flow onto more pages", "[ui][report][pdf]")
{
    QTemporaryDir dir;
    results::ScoreReport report = failedReport();
    report.candidateName = QString(150, u'W');
    for (int i = 0; i < 60; ++i)
        report.score.domains.append(domain(
            "extra", QStringLiteral("Topic%1WithAnUnbreakablyLongNameForTestingTheWrap").arg(i).toUtf8().constData(), 5,
            10));
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(ScoreReportPdf::write(report, path));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QString joined = text;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    keepFile(path, QStringLiteral("score-report-long.pdf"));
    CHECK(joined.contains(report.candidateName)); // all 150 letters on the page, over several lines
    CHECK(text.count(u'\f') >= 2);                // more than one page
    for (int i : {0, 29, 59})
        CHECK(joined.contains(QStringLiteral("Topic%1WithAnUnbreakablyLongNameForTestingTheWrap").arg(i)));
}
