// KeyedSortProxy sorts as QSortFilterProxyModel does, to the row: numbers,
// booleans, text (case-insensitive, locale-aware), ties, and a model that
// changes under it (edits, inserts, removals, a reset) while it stays sorted.
#include "keyedsortproxy.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace ModeDesk;

namespace {

QList<QStandardItem *> makeRow(QRandomGenerator &random, int n)
{
    auto *number = new QStandardItem(QString::number(n));
    number->setData(qint64(random.bounded(50)) * 1'000'000'007LL, SortRole);  // ties on purpose
    auto *flag = new QStandardItem;
    flag->setData(random.bounded(2) == 1, SortRole);
    auto *text = new QStandardItem;
    static const char *words[] = {"Hall", "hall", "Attic", "zone", "Zone 2", "ä-room", "Büro", ""};
    text->setData(QString::fromUtf8(words[random.bounded(8)]) + QString::number(random.bounded(3)),
                  SortRole);
    return {number, flag, text};
}

// The rows' source order through a proxy.
QList<int> order(const QSortFilterProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

}  // namespace

class TestKeyedSortProxy : public QObject
{
    Q_OBJECT

private slots:
    void sortsAsThePlainProxyDoes()
    {
        QRandomGenerator random(5);
        QStandardItemModel model;
        for (int i = 0; i < 1500; ++i)
            model.appendRow(makeRow(random, i));
        KeyedSortProxy keyed;
        QAbstractItemModelTester tester(&keyed,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel plain;
        for (QSortFilterProxyModel *proxy :
             {static_cast<QSortFilterProxyModel *>(&keyed), &plain}) {
            proxy->setSourceModel(&model);
            proxy->setSortRole(SortRole);
            proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
            proxy->setFilterRole(Qt::DisplayRole);
        }
        const auto same = [&](const char *when) {
            QVERIFY2(order(keyed) == order(plain), when);
        };
        for (int column = 0; column < 3; ++column) {
            for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                keyed.sort(column, direction);
                plain.sort(column, direction);
                same("after a sort");
            }
        }
        keyed.setSortLocaleAware(true);
        plain.setSortLocaleAware(true);
        keyed.sort(2);
        plain.sort(2);
        same("locale-aware");

        // The model changes under a sorted proxy: both keep the same order.
        keyed.sort(0);
        plain.sort(0);
        for (int i = 0; i < 200; ++i) {
            const int row = random.bounded(model.rowCount());
            model.item(row, 0)->setData(qint64(random.bounded(50)) * 1'000'000'007LL, SortRole);
            model.item(row, 2)->setData(QStringLiteral("edited %1").arg(i), SortRole);
        }
        same("after edits");
        for (int i = 0; i < 100; ++i)
            model.insertRow(random.bounded(model.rowCount()), makeRow(random, 10'000 + i));
        model.removeRows(10, 500);
        same("after inserts and removals");
        // A filter text maps the rows anew (ties then fall as a fresh sort
        // orders them): the plain proxy, told to do the same, agrees.
        keyed.setFilterText(QStringLiteral("1"));
        plain.setFilterFixedString(QStringLiteral("1"));
        plain.invalidate();
        same("filtered");
        keyed.setFilterText(QString());
        plain.setFilterFixedString(QString());
        plain.invalidate();
        QCOMPARE(keyed.rowCount(), model.rowCount());
        same("unfiltered again");
        keyed.setSortRole(Qt::DisplayRole);  // another role: its own values
        plain.setSortRole(Qt::DisplayRole);
        same("another role");
        model.clear();
        same("after a reset");
    }

    // A new filter text is one layout change, whatever it hides or shows, and
    // a chosen row that stays on show stays chosen.
    void filterTextIsOneLayoutChange()
    {
        QStandardItemModel model;
        for (int i = 0; i < 4000; ++i) {
            auto *item = new QStandardItem(QStringLiteral("device %1 floor-%2").arg(i).arg(i % 40));
            item->setData(item->text(), FilterRole);
            model.appendRow(item);
        }
        KeyedSortProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterRole(FilterRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(0);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
        proxy.setFilterText(QStringLiteral("FLOOR-7"));  // 1 row in 40, in 100 runs
        QCOMPARE(proxy.rowCount(), 100);
        const QPersistentModelIndex chosen = proxy.index(3, 0);
        const QString chosenText = chosen.data().toString();
        proxy.setFilterText(QStringLiteral("floor-"));  // everything again
        QCOMPARE(proxy.rowCount(), 4000);
        QCOMPARE(layouts.count(), 2);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(removals.count(), 0);
        QVERIFY(chosen.isValid());
        QCOMPARE(chosen.data().toString(), chosenText);
        proxy.setFilterText(QStringLiteral("floor-"));  // the same text: nothing to do
        QCOMPARE(layouts.count(), 2);
        proxy.setFilterKeyColumn(-1);  // any column
        proxy.setFilterText(QStringLiteral("device 39 "));
        QCOMPARE(proxy.rowCount(), 1);
    }
    void naturalCompareOrdersDigitsByValue()
    {
        const auto less = [](const char *a, const char *b) {
            return KeyedSortProxy::naturalCompare(QString::fromUtf8(a), QString::fromUtf8(b),
                                                  Qt::CaseInsensitive) < 0;
        };
        QVERIFY(less("home 2", "home 10"));
        QVERIFY(!less("home 10", "home 2"));
        QVERIFY(less("Home 2", "home 10"));  // case does not decide before the number
        QVERIFY(less("a1", "a01"));          // leading zeros decide last
        QVERIFY(less("a01", "a2"));
        QVERIFY(less("zone", "zone 1"));  // a prefix first
        QVERIFY(less("9", "a"));          // digits before letters, as in code order
        QVERIFY(less("x 99999999999999999999998", "x 99999999999999999999999"));  // no overflow
        QCOMPARE(KeyedSortProxy::naturalCompare(u"Hall 7", u"hall 7", Qt::CaseInsensitive), 0);
        QVERIFY(KeyedSortProxy::naturalCompare(u"Hall 7", u"hall 7", Qt::CaseSensitive) != 0);
        // The keys a whole sort compares order texts exactly as the comparison does.
        QRandomGenerator random(11);
        const QString alphabet = QStringLiteral("a0 1Z9_:/00");
        const auto text = [&] {
            QString t;
            for (int i = random.bounded(7); i > 0; --i)
                t.append(alphabet.at(random.bounded(int(alphabet.size()))));
            return t;
        };
        const auto sign = [](int v) {
            return (v > 0) - (v < 0);
        };
        for (int i = 0; i < 20'000; ++i) {
            const QString a = text();
            const QString b = text();
            QCOMPARE(sign(KeyedSortProxy::naturalKey(a).compare(KeyedSortProxy::naturalKey(b))),
                     sign(KeyedSortProxy::naturalCompare(a, b, Qt::CaseSensitive)));
        }
    }

    // Natural order with tie-break columns: the same rows in any source order
    // come out in one order, both from a whole sort (keys) and after a single
    // row changes (a few comparisons asked of the model).
    void naturalOrderWithTiesIsOneOrder()
    {
        QStringList names;
        for (int i = 0; i < 300; ++i)
            names.append(QStringLiteral("Sensor %1").arg(i));
        const auto fill = [&](QStandardItemModel &model, const QStringList &order) {
            model.clear();
            for (const QString &name : order) {
                auto *nameItem = new QStandardItem(name);
                nameItem->setData(name, SortRole);
                auto *kind = new QStandardItem;
                kind->setData(QStringLiteral("class %1").arg(name.split(u' ').last().toInt() % 3),
                              SortRole);
                model.appendRow({nameItem, kind});
            }
        };
        const auto sortedNames = [](const KeyedSortProxy &proxy) {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out.append(proxy.index(row, 0).data().toString());
            return out;
        };
        QStringList shuffled = names;
        QRandomGenerator random(9);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QStandardItemModel a;
        QStandardItemModel b;
        fill(a, names);
        fill(b, shuffled);
        KeyedSortProxy pa;
        KeyedSortProxy pb;
        QAbstractItemModelTester tester(&pb,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (KeyedSortProxy *proxy : {&pa, &pb}) {
            proxy->setSortRole(SortRole);
            proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
            proxy->setNaturalOrder(true);
            proxy->setTieBreakColumns({0});
        }
        pa.setSourceModel(&a);
        pb.setSourceModel(&b);
        pa.sort(0);
        pb.sort(0);
        QCOMPARE(sortedNames(pb), names);  // "Sensor 2" before "Sensor 10"
        pa.sort(1);
        pb.sort(1);
        const QStringList byClass = sortedNames(pa);
        QCOMPARE(sortedNames(pb), byClass);
        QCOMPARE(byClass.mid(0, 3),
                 (QStringList{QStringLiteral("Sensor 0"), QStringLiteral("Sensor 3"),
                              QStringLiteral("Sensor 6")}));
        QCOMPARE(byClass.at(100), QStringLiteral("Sensor 1"));
        // One row changes class: moved by a few comparisons, still by name within it.
        for (QStandardItemModel *model : {&a, &b}) {
            const QList<QStandardItem *> found = model->findItems(QStringLiteral("Sensor 299"));
            QCOMPARE(found.size(), 1);
            model->item(found.first()->row(), 1)->setData(QStringLiteral("class 0"), SortRole);
        }
        QCOMPARE(sortedNames(pb), sortedNames(pa));
        const QStringList moved = sortedNames(pb);
        QCOMPARE(moved.indexOf(QStringLiteral("Sensor 299")),
                 moved.indexOf(QStringLiteral("Sensor 297")) + 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyedSortProxy)
#include "tst_keyedsortproxy.moc"
