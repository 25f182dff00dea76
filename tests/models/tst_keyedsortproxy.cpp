// KeyedSortProxy sorts as QSortFilterProxyModel does, to the row: numbers,
// booleans, text (case-insensitive, locale-aware), ties, and a model that
// changes under it (edits, inserts, removals, a reset) while it stays sorted.
#include "keyedsortproxy.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTest>

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
        keyed.setFilterFixedString(QStringLiteral("1"));  // a filter re-sorts what it keeps
        plain.setFilterFixedString(QStringLiteral("1"));
        same("filtered");
        keyed.setFilterFixedString(QString());
        plain.setFilterFixedString(QString());
        QCOMPARE(keyed.rowCount(), model.rowCount());
        same("unfiltered again");
        keyed.setSortRole(Qt::DisplayRole);  // another role: its own values
        plain.setSortRole(Qt::DisplayRole);
        same("another role");
        model.clear();
        same("after a reset");
    }
};

QTEST_GUILESS_MAIN(TestKeyedSortProxy)
#include "tst_keyedsortproxy.moc"
