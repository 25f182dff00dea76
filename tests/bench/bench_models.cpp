// Fills the fleet's store of devices with a home of 100,000 devices, shown
// through the home's view (DevicesModel), and KvModel with 100,000 pairs from
// JSON (decode + model fill, as a fetch would), then filters both through
// QSortFilterProxyModel, and merges a fresh copy incrementally. Prints times
// and resident memory as "BENCH <name> <value> <unit>".
#include "benchutil.h"
#include "devicelistreader.h"
#include "devicesmodel.h"
#include "fleet.h"
#include "homesmodel.h"
#include "jsoncodec.h"
#include "keyedsortproxy.h"
#include "kvmodel.h"
#include "modelroles.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSortFilterProxyModel>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace ModeDesk;
using ModeDesk::Bench::print;

namespace {

constexpr int Count = 100'000;

// Heap bytes in use (glibc: small blocks and mmapped large ones); what a
// model holds once temporaries are freed. 0 elsewhere: then not printed.
double heapMiB()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

QByteArray devicesJson()
{
    QJsonArray array;
    const char *classes[] = {"thermostat", "sprinkler", "sensor", "camera", "gateway"};
    for (int i = 1; i <= Count; ++i) {
        array.append(QJsonObject{
            {QStringLiteral("id"), i},
            {QStringLiteral("projectId"), 1001},
            {QStringLiteral("homeId"), 1},
            {QStringLiteral("deviceClass"), QLatin1String(classes[i % 5])},
            {QStringLiteral("name"), QStringLiteral("Device %1").arg(i)},
            {QStringLiteral("tag"), QStringLiteral("floor-%1").arg(i % 40)},
            {QStringLiteral("isConnected"), i % 3 != 0},
            {QStringLiteral("claimTime"), QStringLiteral("2026-11-20T10:00:00.000Z")},
            {QStringLiteral("lastConnectTime"), QStringLiteral("2026-11-25T09:12:44.120Z")},
            {QStringLiteral("lastEventTime"), QStringLiteral("2026-11-25T10:02:11.517Z")}});
    }
    return Json::serialize(array);
}

QByteArray pairsJson()
{
    QJsonArray array;
    for (int i = 0; i < Count; ++i) {
        array.append(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("zone-%1-schedule").arg(i)},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("on"), QStringLiteral("06:30")},
                                                  {QStringLiteral("off"), QStringLiteral("22:00")},
                                                  {QStringLiteral("level"), i % 100}}},
            {QStringLiteral("modificationTime"), QStringLiteral("2026-11-25T10:02:11.517Z")}});
    }
    return Json::serialize(array);
}

template <typename T>
QList<T> decode(const QByteArray &json)
{
    return *Json::decodeList<T>(*Json::parse(json).value).value;
}

// The store's rows for a home's devices, as the fleet files an answer.
QList<FleetDevice> inHome(QList<Device> devices)
{
    QList<FleetDevice> rows;
    rows.reserve(devices.size());
    for (Device &d : devices)
        rows.append({std::move(d), QStringLiteral("Bench home"), {}});
    return rows;
}

}  // namespace

int main(int argc, char *argv[])
{
    Bench::preferOffscreen();
    QGuiApplication app(argc, argv);
    const QByteArray devices = devicesJson();
    const QByteArray pairs = pairsJson();
    QElapsedTimer clock;

    {
        const double before = heapMiB();
        HomesModel homes;
        Fleet fleet(nullptr, &homes);
        FleetModel *store = fleet.devices();
        DevicesModel model(store);  // the home's devices: a view of the store
        model.setHome(1);
        clock.start();
        Json::Decoded<QList<Device>> read = Json::readDeviceList(devices);  // as a fetch reads it
        const qint64 readNs = clock.nsecsElapsed();
        store->appendRecords(inHome(std::move(*read.value)));
        if (model.rowCount() != Count)
            qFatal("the home's view does not show the store's devices");
        const qint64 fillNs = clock.nsecsElapsed();
        print("devices_fill_100k", fillNs / 1e6, "ms");
        print("devices_fill_100k_read", readNs / 1e6, "ms");
        print("devices_fill_100k_model", (fillNs - readNs) / 1e6, "ms");
        if (before > 0) {
            print("devices_memory_100k", heapMiB() - before, "MiB");
            print("devices_memory_per_row", (heapMiB() - before) * 1024 * 1024 / Count, "bytes");
        }
        {
            // The codec's way, for comparison: QJsonDocument, then a Device per object.
            clock.restart();
            const auto parsed = Json::parse(devices);
            const qint64 parseNs = clock.nsecsElapsed();
            const QList<Device> decoded = *Json::decodeList<Device>(*parsed.value).value;
            print("devices_read_100k_codec", clock.nsecsElapsed() / 1e6, "ms");
            print("devices_read_100k_codec_parse", parseNs / 1e6, "ms");
            if (decoded != model.records())
                qFatal("the quick reader and the codec read the devices differently");
        }

        KeyedSortProxy proxy;  // as the Devices page sorts and filters
        proxy.setSourceModel(&model);
        proxy.setFilterRole(FilterRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.setNaturalOrder(true);
        clock.restart();
        proxy.setFilterText(QStringLiteral("floor-7 "));  // a tag on 1 in 40
        const int matches = proxy.rowCount();             // filtering is lazy: this does the work
        print("devices_filter_100k", clock.elapsed(), "ms");
        print("devices_filter_matches", matches, "rows");
        clock.restart();
        proxy.setSortRole(SortRole);
        proxy.setFilterText(QString());
        proxy.rowCount();
        const qint64 unfilterMs = clock.elapsed();
        proxy.sort(DevicesModel::StatusColumn);
        proxy.rowCount();
        // As before: the filter cleared, then the sort.
        print("devices_sort_100k", clock.elapsed(), "ms");
        print("devices_unfilter_100k", unfilterMs, "ms");
        {
            QSortFilterProxyModel plain;  // the same sort, asking the model at each comparison
            plain.setSourceModel(&model);
            plain.setSortRole(SortRole);
            clock.restart();
            plain.sort(DevicesModel::StatusColumn);
            plain.rowCount();
            print("devices_sort_100k_plain_proxy", clock.elapsed(), "ms");
        }
        clock.restart();
        proxy.sort(DevicesModel::NameColumn);
        proxy.rowCount();
        print("devices_sort_100k_by_name", clock.elapsed(), "ms");

        // The clock's tick (relative times), through the home's view and the page's proxy.
        clock.restart();
        fleet.tick();
        print("devices_tick_100k", clock.nsecsElapsed() / 1e6, "ms");

        clock.restart();
        store->setRecords(inHome(decode<Device>(devices)));  // a refresh: everything the same
        print("devices_refresh_merge_100k", clock.elapsed(), "ms");
    }
    {
        const double before = heapMiB();
        KvModel model;
        clock.start();
        model.resetRecords(decode<KeyValuePair>(pairs));
        print("kv_fill_100k", clock.elapsed(), "ms");
        if (before > 0) {
            print("kv_memory_100k", heapMiB() - before, "MiB");
            print("kv_memory_per_row", (heapMiB() - before) * 1024 * 1024 / Count, "bytes");
        }
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(FilterRole);
        clock.restart();
        proxy.setFilterFixedString(QStringLiteral("zone-4242-"));
        const int matches = proxy.rowCount();
        print("kv_filter_100k", clock.elapsed(), "ms");
        print("kv_filter_matches", matches, "rows");
    }
    return 0;
}
