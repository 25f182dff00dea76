// The History page and the chart's history, driven as a user would against
// an in-process sandbox: the list, export with progress, deleting a range
// and a series (confirmed), a series sent to the Chart where its history
// band meets its live points with no gap and no overlap, wheel zoom, a home
// without a TSDB module, and the chart's own fixes (a series added later
// starts with the log, on/off fields as steps, one value axis per series).
#include "chartlinesitem.h"
#include "dashboardfixture.h"
#include "historycatalog.h"
#include "historypage.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QProgressBar>
#include <QValueAxis>
#include <QWheelEvent>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestHistory : public DashboardTestBase
{
    Q_OBJECT

    qint64 m_home = 0;
    TestDevice m_device;

    void load(const QString &series, qint64 fromMs, qint64 toMs, int intervalSeconds = 60)
    {
        const HttpResult result = m_sandbox->http().post(
            QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(m_home),
            {{QStringLiteral("seriesId"), series},
             {QStringLiteral("generate"),
              QJsonObject{{QStringLiteral("begin"),
                           Json::formatTime(QDateTime::fromMSecsSinceEpoch(fromMs).toUTC())},
                          {QStringLiteral("end"),
                           Json::formatTime(QDateTime::fromMSecsSinceEpoch(toMs).toUTC())},
                          {QStringLiteral("intervalSeconds"), intervalSeconds}}}},
            m_sandbox->adminKey());
        QCOMPARE(result.status, 200);
    }

    void sendPoint(const QString &series, qint64 ms, double value)
    {
        const HttpResult sent = m_sandbox->http().put(
            QStringLiteral("/devices/%1/event").arg(m_device.id),
            {{QStringLiteral("eventType"), QStringLiteral("realtimeData")},
             {QStringLiteral("eventData"),
              QJsonObject{{QStringLiteral("timeSeriesData"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("seriesId"), series},
                               {QStringLiteral("timestamp"),
                                Json::formatTime(QDateTime::fromMSecsSinceEpoch(ms).toUTC())},
                               {QStringLiteral("value"), value}}}}}}},
            m_device.apiKey);
        QCOMPARE(sent.status, 204);
    }

    HistoryPage *openHistory()
    {
        MainWindow *window = m_dashboard->window();
        window->showPage(PageRegistry::indexOf(QStringLiteral("history")));
        return window->historyPage();
    }

    void select(HistoryPage *page, const QString &id)
    {
        const int source = m_dashboard->session()->history()->items()->rowOf(
            HistoryItem::keyOf(HistoryItem::Kind::Series, id));
        QVERIFY(source >= 0);
        const QModelIndex at = page->proxy()->mapFromSource(
            m_dashboard->session()->history()->items()->index(source, 0));
        page->table()->selectionModel()->setCurrentIndex(
            at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    void signInWithHome()
    {
        const TestUser user = signedInUser();
        m_home = m_sandbox->createHome(user, QStringLiteral("Lab"));
        m_device = m_sandbox->addDeviceToHome(m_home, user, QStringLiteral("sensor"));
        m_dashboard->session()->reloadHomes();
        QTRY_VERIFY(m_dashboard->session()->homes()->rowOf(m_home) >= 0);
        m_dashboard->session()->showHome(m_home);
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Live);
    }

private slots:
    void cleanup() { resetDashboard(); }

    void thePageListsExportsAndDeletes()
    {
        startSandbox(AccountMode::Email);
        signInWithHome();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        load(QStringLiteral("lab-temperature"), now - 2 * 86'400'000LL, now);
        load(QStringLiteral("lab-humidity"), now - 3'600'000LL, now);
        HistoryCatalog *history = m_dashboard->session()->history();
        QAbstractItemModelTester tester(history->items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        history->refresh();
        HistoryPage *page = openHistory();
        QTRY_COMPARE(history->items()->rowCount(), 2);
        QVERIFY(page->table()->isVisible());
        QVERIFY(!page->notice()->isVisible());
        QVERIFY(!page->exportButton()->isEnabled());  // nothing picked yet

        // Export the last 24 hours of one series to a CSV the user names.
        select(page, QStringLiteral("lab-temperature"));
        QVERIFY(page->exportButton()->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.csv"));
        answerNextModal([path](QWidget *w) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            QVERIFY(dialog);
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QTest::mouseClick(page->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(page->status()->text().startsWith(QStringLiteral("Exported")));
        QVERIFY(!page->exportProgress()->isVisible());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qsizetype lines = file.readAll().count('\n');
        QVERIFY2(lines >= 24 * 60 - 2 && lines <= 24 * 60 + 2, qPrintable(QString::number(lines)));

        // Delete the range's points, confirmed: the last point moves back.
        const QDateTime cut = QDateTime::currentDateTimeUtc().addSecs(-12 * 3600);
        page->setRange(cut, QDateTime::currentDateTimeUtc().addSecs(3600));
        clickYes();
        QTest::mouseClick(page->deleteRangeButton(), Qt::LeftButton);
        const QString key =
            HistoryItem::keyOf(HistoryItem::Kind::Series, QStringLiteral("lab-temperature"));
        QTRY_VERIFY(history->items()->record(history->items()->rowOf(key)).last.isValid() &&
                    history->items()->record(history->items()->rowOf(key)).last < cut);

        // Delete the series, confirmed: gone from the list and the server.
        select(page, QStringLiteral("lab-humidity"));
        clickYes();
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE(history->items()->rowCount(), 1);
        QTRY_VERIFY(page->status()->text().startsWith(QStringLiteral("Deleted")));
    }

    void aSeriesOnTheChartMeetsItsLivePoints()
    {
        startSandbox(AccountMode::Email);
        signInWithHome();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 begin = now - 2 * 86'400'000LL;
        load(QStringLiteral("lab-temperature"), begin, now, 10);
        const qint64 lastStored = begin + (now - begin - 1) / 10'000 * 10'000;
        QVERIFY(await(m_dashboard->session()->api()->createCollection(
                          m_home, QStringLiteral("tsdb"), QStringLiteral("lab-air")))
                    .ok());
        m_dashboard->session()->history()->refresh();
        HistoryPage *page = openHistory();
        QTRY_COMPARE(m_dashboard->session()->history()->items()->rowCount(), 2);
        // The chart offers series only: a collection has no one line to draw.
        auto *offered = m_dashboard->window()->chartPage()->findChild<QComboBox *>();
        for (QComboBox *combo : m_dashboard->window()->chartPage()->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("History series"))
                offered = combo;
        }
        QCOMPARE(offered->count(), 1);
        QCOMPARE(offered->itemText(0), QStringLiteral("lab-temperature"));
        QVERIFY(!m_dashboard->window()->chartPage()->addHistorySeries(QStringLiteral("lab-air")));
        select(page, QStringLiteral("lab-temperature"));
        QTest::mouseClick(page->chartButton(), Qt::LeftButton);
        MainWindow *window = m_dashboard->window();
        ChartPage *chart = window->chartPage();
        QCOMPARE(window->tabs()->currentWidget(), chart);
        int index = -1;
        for (int i = 0; i < chart->data()->seriesCount(); ++i) {
            if (chart->data()->spec(i).historySeriesId == QLatin1String("lab-temperature"))
                index = i;
        }
        QVERIFY(index >= 0);
        LiveChartView *view = chart->chartView();
        // The band comes once its chunks are in.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                view->redraw();
                return view->lines()->lines().at(index).historyBuckets() > 0;
            }(),
            10000);
        const auto [from, to] = view->shownRange();
        QVERIFY(to - from >= 86'400'000LL - 1000);  // a day at least for a history series

        // A live point just after the last stored one: the band stops where
        // the live points start.
        sendPoint(QStringLiteral("lab-temperature"), lastStored + 1, 30);
        QTRY_VERIFY(chart->data()->firstPointMs(index) > 0);
        view->redraw();
        const ChartLinesItem::Line &line = view->lines()->lines().at(index);
        QCOMPARE(line.points.size(), 1);
        QCOMPARE(qint64(line.historyEnd()),
                 chart->data()->firstPointMs(index));  // no gap, no overlap

        // The wheel zooms out around the pointer; the view holds there.
        QWidget *viewport = view->findChild<QChartView *>()->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120 * 5),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QVERIFY(view->isHeld());
        QVERIFY(view->shownRange().second - view->shownRange().first > to - from);
        QCOMPARE(view->chart()->axes(Qt::Vertical).size(), chart->data()->seriesCount());
        // Days across: the time axis names them.
        const auto *time =
            qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(time->format(), QStringLiteral("MMM d HH:mm"));

        // A stretch without points is drawn as nothing: the band breaks there.
        load(QStringLiteral("lab-gap"), now - 2 * 86'400'000LL, now - 36 * 3'600'000LL);
        load(QStringLiteral("lab-gap"), now - 86'400'000LL, now);
        m_dashboard->session()->history()->refresh();
        QTRY_VERIFY(m_dashboard->session()->history()->items()->contains(
            HistoryItem::keyOf(HistoryItem::Kind::Series, QStringLiteral("lab-gap"))));
        QVERIFY(chart->addHistorySeries(QStringLiteral("lab-gap")));
        const int gappy = chart->data()->seriesCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                view->redraw();
                return view->lines()->lines().at(gappy).history.size() >= 2;
            }(),
            10000);
        QTest::qWait(100);  // the axes lay their labels out on the next pass
        if (!qEnvironmentVariableIsEmpty("MODEDESK_SHOTS"))
            window->grab().save(qEnvironmentVariable("MODEDESK_SHOTS") +
                                QStringLiteral("/history-chart.png"));
    }

    // "Last 24 hours" shown again later is the 24 hours before then, not before the
    // page was first opened (the fields read 02:02 at 02:05).
    void aRelativeRangeFollowsNow()
    {
        startSandbox(AccountMode::Email);
        signedInUser();
        HistoryPage *page = openHistory();
        page->setRange(QDateTime::currentDateTimeUtc().addDays(-3),
                       QDateTime::currentDateTimeUtc().addDays(-2));  // stale fields
        auto *window = page->findChild<QComboBox *>();
        for (QComboBox *box : page->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Time range"))
                window = box;
        }
        {
            const QSignalBlocker quiet(window);  // as if chosen long ago
            window->setCurrentIndex(1);
        }
        m_dashboard->window()->showPage(0);
        openHistory();
        const qint64 late = QDateTime::currentDateTimeUtc().secsTo(page->rangeTo());
        QVERIFY2(late >= 0 && late <= 60, qPrintable(QString::number(late)));
        QCOMPARE(page->rangeFrom().secsTo(page->rangeTo()), 24 * 3600);
    }

    void aHomeWithoutTheModuleSaysSoInPlainWords()
    {
        startSandbox(AccountMode::Email);
        signInWithHome();
        QCOMPARE(m_sandbox->http()
                     .del(QStringLiteral("/sandbox/homes/%1/smartModules/tsdb").arg(m_home),
                          m_sandbox->adminKey())
                     .status,
                 204);
        m_dashboard->session()->home()->refresh();
        HistoryPage *page = openHistory();
        QTRY_COMPARE(m_dashboard->session()->history()->status(), HistoryCatalog::Status::NoModule);
        QTRY_VERIFY(page->notice()->isVisible());
        QVERIFY(page->notice()->text().contains(QStringLiteral("no time-series (TSDB) module")));
        QVERIFY(!page->table()->isVisible());
        ChartPage *chart = m_dashboard->window()->chartPage();
        QVERIFY(chart->historyNote()->text().contains(QStringLiteral("live data only")));
    }

    void theChartsOwnFixes()
    {
        startSandbox(AccountMode::Email);
        signInWithHome();
        for (int n = 0; n < 3; ++n) {
            m_sandbox->http().put(QStringLiteral("/devices/%1/event").arg(m_device.id),
                                  {{QStringLiteral("eventType"), QStringLiteral("climate")},
                                   {QStringLiteral("eventData"),
                                    QJsonObject{{QStringLiteral("temperature"), 18 + n},
                                                {QStringLiteral("humidity"), 50 + n},
                                                {QStringLiteral("heating"), n % 2 == 0}}}},
                                  m_device.apiKey);
        }
        QTRY_COMPARE(m_dashboard->session()->eventLog()->rowCount(), 3);
        ChartPage *chart = m_dashboard->window()->chartPage();
        ChartData *data = chart->data();
        while (data->seriesCount() > 0)
            data->removeSeries(0);
        // A series added now starts with the events already in the log.
        QVERIFY(chart->addSeries(QStringLiteral("climate"), QStringLiteral("humidity"), 0));
        QCOMPARE(data->pointCount(data->seriesCount() - 1), 3);
        // An on/off field is drawn as steps.
        QVERIFY(chart->addSeries(QStringLiteral("climate"), QStringLiteral("heating"), 0));
        QVERIFY(data->spec(data->seriesCount() - 1).stepped);
        QVERIFY(!data->spec(0).stepped);
        // Each series its own value axis, so 18 degrees beside 50 % is no flat line.
        QVERIFY(chart->addSeries(QStringLiteral("climate"), QStringLiteral("temperature"), 0));
        chart->chartView()->redraw();
        const QList<QAbstractAxis *> axes = chart->chartView()->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 3);
        // On/off: ticks at 0 and 1 exactly, the steps between them.
        const auto *heating = qobject_cast<QValueAxis *>(axes.at(1));
        QCOMPARE(heating->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(heating->tickInterval(), 1.0);
        QVERIFY(heating->min() < 0 && heating->max() > 1);
        const auto *humidity = qobject_cast<QValueAxis *>(axes.at(0));
        const auto *temperature = qobject_cast<QValueAxis *>(axes.at(2));
        QVERIFY(humidity->min() > 45 && humidity->max() < 56);
        QVERIFY(temperature->min() > 15 && temperature->max() < 22);
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
