// A burst of alerts as an operator meets it: one rule over a home of 1,000
// devices fires for all of them, and the Alerts page's tree (the groups
// model over the log's filter, in a QTreeView) shows the rule's one row with
// its 1,000 entries. Measured from the last event handed to the alerts (or
// the clock tick that finds them offline) to the row shown with its count.
// Prints "BENCH <name> <value> <unit>" lines.
#include "alertgroupsmodel.h"
#include "alerts.h"
#include "benchutil.h"
#include "fleet.h"
#include "homesmodel.h"
#include "profilefiles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTreeView>

using namespace ModeDesk;
using ModeDesk::Bench::print;

namespace {

constexpr int Devices = 1'000;
constexpr qint64 HomeId = 1;

// The page's tree, shown: the time includes the view taking the new rows in.
struct AlertsTree {
    AlertLogFilter filter;
    AlertGroupsModel groups;
    QTreeView view;

    explicit AlertsTree(Alerts *alerts) : groups(&filter, alerts->log())
    {
        filter.setSourceModel(alerts->log());
        view.setModel(&groups);
        view.setSortingEnabled(true);
        view.sortByColumn(AlertLogModel::TimeColumn, Qt::DescendingOrder);
        view.resize(1200, 500);
        view.show();
    }

    // The rule's row with every entry in it, laid out.
    bool shows(int entries)
    {
        QApplication::processEvents();
        return groups.rowCount() == 1 && groups.rowCount(groups.index(0, 0)) == entries;
    }
};

AlertRule homeRule(AlertRule::Kind kind)
{
    AlertRule rule;
    rule.name = QStringLiteral("Depot");
    rule.kind = kind;
    rule.scope = AlertRule::Scope::Home;
    rule.homeId = HomeId;
    rule.severity = AlertRule::Severity::High;
    rule.eventType = QStringLiteral("reading");
    rule.field = QStringLiteral("temperature");
    rule.threshold = 30;
    rule.seconds = kind == AlertRule::Kind::Offline ? 60 : 0;
    return rule;
}

// Until the tree shows the burst (or 30 s: then the figure says so).
double msUntilShown(AlertsTree &tree, const QElapsedTimer &clock, int entries = Devices)
{
    while (!tree.shows(entries) && clock.elapsed() < 30'000) {
    }
    return clock.nsecsElapsed() / 1e6;
}

}  // namespace

int main(int argc, char *argv[])
{
    Bench::preferOffscreen();
    QApplication app(argc, argv);
    QTemporaryDir folder;
    HomesModel homes;
    homes.setRecords({Home{HomeId, 0, {}, QStringLiteral("Depot"), {}, false}});
    Fleet fleet(nullptr, &homes);
    QList<FleetDevice> rows;
    for (int i = 1; i <= Devices; ++i) {
        Device device;
        device.id = i;
        device.homeId = HomeId;
        device.deviceClass = QStringLiteral("sensor");
        device.name = QStringLiteral("Sensor %1").arg(i);
        device.lastConnectTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        rows.append({device, QStringLiteral("Depot"), {}});
    }
    fleet.devices()->appendRecords(rows);
    ProfileFiles files;
    files.setFolder(folder.path());

    {
        // Readings over the threshold from every device, in one batch off the wire.
        files.setProfile(QStringLiteral("threshold"));
        Alerts alerts(&fleet, &homes, &files);
        alerts.open();
        alerts.setLinkLive(true);
        alerts.addRule(homeRule(AlertRule::Kind::Threshold));
        AlertsTree tree(&alerts);
        QList<Event> events;
        for (int i = 1; i <= Devices; ++i) {
            Event event;
            event.eventType = QStringLiteral("reading");
            event.eventData = EventData{{QStringLiteral("temperature"), 50}};
            event.timestamp = QDateTime::currentDateTimeUtc();
            event.homeId = HomeId;
            event.originDeviceId = i;
            events.append(event);
        }
        QElapsedTimer clock;
        clock.start();
        alerts.applyEvents(events);
        print("alerts_group_1000", msUntilShown(tree, clock), "ms");
    }
    {
        // Offline a minute: the clock's tick finds all of them at once.
        files.setProfile(QStringLiteral("offline"));
        Alerts alerts(&fleet, &homes, &files);
        alerts.open();
        alerts.setLinkLive(true);
        alerts.addRule(homeRule(AlertRule::Kind::Offline));
        AlertsTree tree(&alerts);
        QElapsedTimer clock;
        clock.start();
        alerts.checkClock(QDateTime::currentDateTimeUtc().addSecs(120));
        print("alerts_group_1000_offline", msUntilShown(tree, clock), "ms");
        // The rule removed: 1,000 recoveries join the row; then cleared.
        clock.restart();
        alerts.removeRule(alerts.rules()->record(0).id);
        print("alerts_group_1000_recovered", msUntilShown(tree, clock, 2 * Devices), "ms");
        clock.restart();
        const int cleared = alerts.clearRecovered();
        QApplication::processEvents();
        if (cleared != 2 * Devices || tree.groups.rowCount() != 0)
            qFatal("clearing the recovered burst left %d rows", tree.groups.rowCount());
        print("alerts_clear_2000", clock.nsecsElapsed() / 1e6, "ms");
    }
    return 0;
}
