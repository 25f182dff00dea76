// The dashboard's smaller parts: the JSON editor's validation, errors in
// plain words, the link status line, profiles without secrets, the secret
// stores (the real OS keychain when the session has one), the local
// sandbox run as a child process, and the chart's dense lines.
#include "chartlinesitem.h"
#include "errortext.h"
#include "jsoneditor.h"
#include "keychainsecretstore.h"
#include "linkstatuswidget.h"
#include "localsandbox.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "statedelegate.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QJsonObject>
#include <QLineSeries>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <cmath>

using namespace ModeDesk;

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    // A line with more points than pixel columns is painted as the band its
    // points cover in each column: every column from its lowest point to its
    // highest, solid, and nothing far outside it; a smooth one has no gaps.
    void denseLinesPaintEachColumnsSpan_data()
    {
        QTest::addColumn<bool>("noisy");
        QTest::newRow("noise") << true;
        QTest::newRow("smooth") << false;
    }

    void denseLinesPaintEachColumnsSpan()
    {
        QFETCH(bool, noisy);
        constexpr int Width = 400, Height = 200, Points = 4000;
        QChart chart;
        auto *series = new QLineSeries;
        chart.addSeries(series);
        series->setColor(QColor(200, 30, 30));
        ChartLinesItem item(&chart);
        item.setPlotArea(QRectF(0, 0, Width, Height));
        item.setRange(QRectF(0, 0, Points, 1));
        ChartLinesItem::Line line;
        line.series = series;
        line.low = 0;
        line.high = 100;
        QRandomGenerator random(7);
        for (int i = 0; i < Points; ++i) {
            const double y = noisy ? 20 + 10 * std::sin(i / 200.0) + random.bounded(60.0)
                                   : 50 + 40 * std::sin(i / 300.0);
            line.points.append(QPointF(i, y));
        }
        const QList<QPointF> points = line.points;
        item.setLines({line});
        QImage image(Width, Height, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            item.paint(&painter, nullptr, nullptr);
        }
        // Each column's points, in pixels: x = i / 10, y = Height - 2 * value.
        std::vector<double> top(Width, Height), bottom(Width, 0);
        for (const QPointF &p : points) {
            const int column = int(p.x() * Width / Points);
            top[column] = qMin(top[column], Height - 2 * p.y());
            bottom[column] = qMax(bottom[column], Height - 2 * p.y());
        }
        for (int x = 1; x < Width - 1; ++x) {
            int first = -1, last = -1, painted = 0;
            for (int y = 0; y < Height; ++y) {
                if (image.pixelColor(x, y) == series->color()) {
                    first = first < 0 ? y : first;
                    last = y;
                    ++painted;
                }
            }
            const QString where = QStringLiteral("column %1: painted %2..%3, points %4..%5")
                                      .arg(x)
                                      .arg(first)
                                      .arg(last)
                                      .arg(top[x])
                                      .arg(bottom[x]);
            QVERIFY2(painted > 0, qPrintable(where));
            QVERIFY2(painted == last - first + 1, qPrintable(where));  // solid
            // Within a pixel and a half: aliased painting rounds to whole pixels.
            QVERIFY2(first <= top[x] + 1.5 && last >= bottom[x] - 1.5, qPrintable(where));
            const double near = qMin(top[x - 1], qMin(top[x], top[x + 1]));
            const double far = qMax(bottom[x - 1], qMax(bottom[x], bottom[x + 1]));
            QVERIFY2(first >= near - 2 && last <= far + 2, qPrintable(where));
        }
    }

    // A cell cut at its column's width shows its whole text as its tooltip (the
    // delegate's, for every table); one that fits shows none; a model's own wins.
    void aCutCellShowsItsWholeTextAsItsTooltip()
    {
        QStandardItemModel model(1, 3);
        const QString whole =
            QStringLiteral("not delivered: The device is not connected <b>now</b>");
        model.setItem(0, 0, new QStandardItem(whole));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("ok")));
        auto *own = new QStandardItem(whole);
        own->setToolTip(QStringLiteral("the model's own"));
        model.setItem(0, 2, own);
        QTableView table;
        table.setItemDelegate(new StateDelegate(&table));
        table.setModel(&model);
        table.horizontalHeader()->resizeSection(0, 80);
        table.horizontalHeader()->resizeSection(1, 80);
        table.horizontalHeader()->resizeSection(2, 80);
        table.resize(400, 200);
        table.show();
        table.activateWindow();  // tooltips are for the active window
        QVERIFY(QTest::qWaitForWindowActive(&table));
        const auto tipAt = [&table](int column) {
            QToolTip::hideText();  // it fades: gone before the next question
            if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
                return QStringLiteral("a tooltip that stays");
            const QRect cell = table.visualRect(table.model()->index(0, column));
            QHelpEvent help(QEvent::ToolTip, cell.center(),
                            table.viewport()->mapToGlobal(cell.center()));
            QApplication::sendEvent(table.viewport(), &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        QVERIFY2(tipAt(0).contains(QStringLiteral("&lt;b&gt;now")), qPrintable(tipAt(0)));
        QVERIFY(tipAt(1).isEmpty());
        QCOMPARE(tipAt(2), QStringLiteral("the model's own"));
    }

    void jsonEditorValidates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << "{\"a\": [1, 2]}" << true << "";
        QTest::newRow("number") << "21.5" << true << "";
        QTest::newRow("string") << "\"away\"" << true << "";
        QTest::newRow("bare word") << "away" << false << "Line 1, column 1";
        QTest::newRow("second line") << "{\n  \"a\": tru\n}" << false << "Line 2, column";
        QTest::newRow("two values") << "1 2" << false << "Line 1";
        QTest::newRow("empty") << "" << false << "a value is required";
        // The cause, not Qt's symptom ("unterminated object"), and where it is.
        QTest::newRow("leading zero")
            << "{\"time\": 06:30}" << false << "Line 1, column 10: “06:30” is not a JSON number";
        QTest::newRow("leading zero alone") << "[1, 007]" << false << "“007” is not a JSON number";
        QTest::newRow("bare word in object")
            << "{\"lights\": on}" << false << "column 12: “on” is not a JSON value";
        QTest::newRow("trailing comma")
            << "{\"setpoint\": 23,}" << false << "column 16: a comma with nothing after it";
        // Where Qt alone finds the mistake: the column of the token it did not expect.
        QTest::newRow("missing colon") << "{\"a\" 1}" << false << "Line 1, column 6:";
        QTest::newRow("missing comma") << "{\"a\": 1 \"b\": 2}" << false << "Line 1, column 9:";
        QTest::newRow("missing comma, next line")
            << "{\"a\": 1\n \"b\": 2}" << false << "Line 2, column 2:";
        QTest::newRow("zero in a string is fine") << "{\"time\": \"06:30\"}" << true << "";
        QTest::newRow("plain zero") << "[0, 0.5, -0.25]" << true << "";
    }

    void jsonEditorValidates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, error);
        QJsonValue value;
        QString problem;
        QCOMPARE(JsonEditor::parse(text, &value, &problem), valid);
        if (!valid)
            QVERIFY2(problem.contains(error), qPrintable(problem));
    }

    // The editor marks the character the message speaks of, and unmarks it when fixed.
    void jsonEditorMarksTheMistake()
    {
        JsonEditor editor;
        editor.setText(QStringLiteral("{\"a\": 1\n \"b\": 2}"));
        QCOMPARE(editor.markedAt(), 9);  // the second line's quote
        QCOMPARE(editor.editor()->extraSelections().size(), 1);
        QCOMPARE(editor.editor()->extraSelections().first().cursor.selectedText(),
                 QStringLiteral("\""));
        editor.setText(QStringLiteral("{\"a\": 1, \"b\": 2}"));
        QCOMPARE(editor.markedAt(), -1);
        QVERIFY(editor.editor()->extraSelections().isEmpty());
    }

    void jsonEditorRoundTripsValues()
    {
        JsonEditor editor;
        QSignalSpy validity(&editor, &JsonEditor::validityChanged);
        editor.setValue(QJsonObject{{QStringLiteral("on"), true}});
        QJsonValue value;
        QVERIFY(editor.value(&value));
        QCOMPARE(value.toObject().value(QStringLiteral("on")).toBool(), true);
        editor.setText(QStringLiteral("{broken"));
        QCOMPARE(validity.count(), 1);
        QVERIFY(!editor.isValid());
        editor.setValue(QJsonValue(42));
        QCOMPARE(editor.text(), QStringLiteral("42"));
        QCOMPARE(validity.count(), 2);
    }

    void errorsInPlainWords()
    {
        ApiError lastOwner;
        lastOwner.httpStatus = 403;
        lastOwner.reason = QStringLiteral("LAST_OWNER");
        QVERIFY(ErrorText::explain(lastOwner).contains(QStringLiteral("only owner")));
        ApiError signedOut;
        signedOut.httpStatus = 401;
        QVERIFY(ErrorText::explain(signedOut).contains(QStringLiteral("Sign in again")));
        ApiError network;
        network.kind = ApiError::Kind::Network;
        network.url = QUrl(QStringLiteral("https://api.example.com/homes"));
        QVERIFY(ErrorText::explain(network).contains(QStringLiteral("api.example.com")));
        ApiError invalid;
        invalid.httpStatus = 403;
        invalid.reason = QStringLiteral("INVALID_INPUT");
        invalid.data = {{QStringLiteral("field"), QStringLiteral("name")},
                        {QStringLiteral("message"), QStringLiteral("must not be empty")}};
        QCOMPARE(ErrorText::explain(invalid),
                 QStringLiteral("The server does not take this name (must not be empty). Correct "
                                "it and try again."));
        invalid.data = {{QStringLiteral("field"), QStringLiteral("timezone")}};
        QVERIFY(ErrorText::explain(invalid).contains(QStringLiteral("time zone")));
    }

    void linkStatusReadsRight()
    {
        LinkStatusWidget widget;
        StreamHealth health;
        health.state = LinkState::Live;
        health.eventsPerSecond = 2.5;
        health.lastEventTime = QDateTime::currentDateTimeUtc();
        widget.setHealth(health);
        QVERIFY(widget.text().contains(QStringLiteral("Live")));
        QVERIFY(widget.text().contains(QStringLiteral("2.5 events/s")));
        health.silent = true;
        widget.setHealth(health);
        QVERIFY(widget.text().contains(QStringLiteral("silent")));
        health.state = LinkState::Reconnecting;
        health.reconnects = 2;
        widget.setHealth(health);
        QVERIFY(widget.text().contains(QStringLiteral("Reconnecting")));
        QVERIFY(widget.text().contains(QStringLiteral("2 reconnect")));
        // Events shed in a flood are said, and why.
        health.state = LinkState::Live;
        health.silent = false;
        health.shedEvents = 1234;
        widget.setHealth(health);
        QVERIFY2(widget.text().contains(QStringLiteral("1234 event")), qPrintable(widget.text()));
        QVERIFY(widget.toolTip().contains(QStringLiteral("dropped")));
    }

    void profilesKeepNoSecrets()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile cloud = ProfileStore::newProfile();
        cloud.projectId = 77;
        cloud.appId = QStringLiteral("ops");
        cloud.login = QStringLiteral("ana@example.com");
        store.save(cloud);
        store.save(ProfileStore::localSandboxProfile());
        store.setCurrentId(cloud.id);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(*store.profile(cloud.id), cloud);
        cloud.name = QStringLiteral("Production");
        store.save(cloud);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(cloud.id)->name, QStringLiteral("Production"));
        store.remove(cloud.id);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.currentId(), ProfileStore::localSandboxProfile().id);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("key"));
    }

    void memorySecretStore()
    {
        MemorySecretStore store;
        QObject context;
        QString error = QStringLiteral("unset");
        store.write(QStringLiteral("a"), QStringLiteral("v1.secret"), &context,
                    [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.isEmpty());
        QString read;
        store.read(QStringLiteral("a"), &context,
                   [&](const QString &s, const QString &) { read = s; });
        QTRY_COMPARE(read, QStringLiteral("v1.secret"));
        QVERIFY(!store.isPersistent());
    }

    void realKeychainOrAnHonestFallback()
    {
        // CI runs this inside dbus-run-session with an unlocked gnome-keyring.
        const QString name = QStringLiteral("test/%1").arg(QCoreApplication::applicationPid());
        KeychainSecretStore store(QStringLiteral("ModeDesk tests"));
        QSignalSpy unavailable(&store, &KeychainSecretStore::keychainUnavailable);
        QObject context;
        bool written = false;
        store.write(name, QStringLiteral("v1.keychain-secret"), &context,
                    [&](const QString &) { written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QString read;
        bool done = false;
        if (unavailable.isEmpty()) {
            // Really in the keychain: a fresh store (another process, in effect) reads it.
            KeychainSecretStore other(QStringLiteral("ModeDesk tests"));
            other.read(name, &context, [&](const QString &s, const QString &) {
                read = s;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            QCOMPARE(read, QStringLiteral("v1.keychain-secret"));
            QVERIFY(store.isPersistent());
            bool removed = false;
            store.remove(name, &context, [&](const QString &e) { removed = e.isEmpty(); });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        } else {
            qWarning("no keychain in this session: %s",
                     qPrintable(unavailable.first().first().toString()));
            QVERIFY(!store.isPersistent());
            store.read(name, &context, [&](const QString &s, const QString &) {
                read = s;
                done = true;
            });
            QTRY_VERIFY(done);
            QCOMPARE(read, QStringLiteral("v1.keychain-secret"));  // kept for the session
        }
    }

    void localSandboxRunsAsAChildProcess()
    {
        QTemporaryDir dir;
        LocalSandbox sandbox;
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start(dir.filePath(QStringLiteral("sb.db")), AccountMode::Email);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const LocalSandboxInfo info = sandbox.info();
        QCOMPARE(info.url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(info.url.port() > 0);
        QVERIFY(!info.adminKey.isEmpty());
        QCOMPARE(info.projectId, 1001);
        QCOMPARE(info.appId, QStringLiteral("modedesk"));
        QCOMPARE(info.demoLogin, QStringLiteral("demo@modedesk.local"));
        QVERIFY(info.deviceClasses.contains(QStringLiteral("thermostat")));
        QVERIFY(!info.demoPassword.isEmpty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sb.db"))));
        sandbox.stop();
        QVERIFY(!sandbox.isReady());
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
