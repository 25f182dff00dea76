// The Fleet page's owner at scale: a sandbox (on its own thread, as the
// dashboard's local sandbox runs) holds 1,000 homes with 100 devices each;
// Fleet loads them all (GET /homes, then GET /devices per home, a few in
// flight) into its model, shown sorted in a table as on the Fleet page.
// Then the page's filters: text, online state, class, home. Prints
//   fleet_load_100k   ms from the homes list to the last device shown
//   fleet_filter_100k ms, the slowest of the filter changes
// and each filter change on its own line.
#include "apiclient.h"
#include "benchutil.h"
#include "fleet.h"
#include "fleetsandbox.h"
#include "homesmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>

using namespace ModeDesk;
using namespace ModeDesk::Testing;
using ModeDesk::Bench::print;

namespace {

constexpr int Homes = 1'000;
constexpr int DevicesPerHome = 100;

double timeFilter(FleetFilter *filter, const std::function<void()> &change, const char *name)
{
    QElapsedTimer timer;
    timer.start();
    change();
    const int rows = filter->rowCount();  // the proxy maps the rows when first asked
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();  // the view's layout change, painted offscreen
    print(name, ms, "ms");
    std::printf("# %s: %d rows\n", name, rows);
    return ms;
}

}  // namespace

int main(int argc, char **argv)
{
    Bench::preferOffscreen();
    QApplication app(argc, argv);
    Bench::ThreadedServer<Bench::FleetSandbox> server(Homes, DevicesPerHome);
    if (server.port() == 0) {
        std::fprintf(stderr, "the sandbox did not start or could not make the fleet\n");
        return 1;
    }
    // The user's key is read on this thread once the server thread made it.
    const auto *sandbox = server.server();
    print("fleet_setup_100k", sandbox->setupMs, "ms", 0);

    ApiClient api;
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    api.setKey(sandbox->user.key);
    HomesModel homes;
    Fleet fleet(&api, &homes);
    FleetFilter filter;
    filter.setSourceModel(fleet.devices());
    QTableView table;  // as the Fleet page shows it: sorted by home, on screen
    table.setModel(&filter);
    table.setSortingEnabled(true);
    table.sortByColumn(FleetModel::HomeColumn, Qt::AscendingOrder);
    table.resize(1200, 700);
    table.show();

    auto *list = api.getHomes(sandbox->user.id);
    QSignalSpy listed(list, &ApiCallBase::finished);
    if (!listed.wait(30'000) || list->result().size() != Homes) {
        std::fprintf(stderr, "GET /homes failed\n");
        return 1;
    }
    QSignalSpy finished(&fleet, &Fleet::loadFinished);
    QElapsedTimer timer;
    timer.start();
    homes.setRecords(list->result());
    while (finished.isEmpty() && timer.elapsed() < 60'000)
        finished.wait(1'000);
    const double loadMs = double(timer.elapsed());
    if (fleet.devices()->rowCount() != Homes * DevicesPerHome || fleet.homesFailed() != 0) {
        std::fprintf(stderr, "loaded %d devices, %d homes failed: %s\n",
                     fleet.devices()->rowCount(), fleet.homesFailed(),
                     qPrintable(fleet.lastError()));
        return 1;
    }
    QCoreApplication::processEvents();
    print("fleet_load_100k", loadMs, "ms", 0);
    // The live link up, as on the Fleet page once Live: who is offline is known (without
    // it "Offline" keeps nobody, the easy case).
    fleet.setLinkLive(true);
    QCoreApplication::processEvents();

    double slowest = 0;
    const auto measure = [&](const std::function<void()> &change, const char *name) {
        slowest = std::max(slowest, timeFilter(&filter, change, name));
    };
    measure([&] { filter.setText(QStringLiteral("sensor-7")); }, "fleet_filter_text");
    measure([&] { filter.setText(QStringLiteral("sensor-77")); }, "fleet_filter_text_narrower");
    measure([&] { filter.setText(QString()); }, "fleet_filter_cleared");
    measure([&] { filter.setOnline(FleetFilter::Online::Offline); }, "fleet_filter_offline");
    measure([&] { filter.setDeviceClass(QStringLiteral("thermostat")); }, "fleet_filter_class");
    measure([&] { filter.setHome(homes.record(Homes / 2).id); }, "fleet_filter_home");
    measure([&] { filter.clearCriteria(); }, "fleet_filter_all_again");
    print("fleet_filter_100k", slowest, "ms");
    timeFilter(
        &filter, [&] { table.sortByColumn(FleetModel::NameColumn, Qt::DescendingOrder); },
        "fleet_sort_name_100k");
    return 0;
}
