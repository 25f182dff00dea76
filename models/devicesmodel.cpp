#include "devicesmodel.h"

#include "modelformat.h"
#include "modelroles.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace ModeDesk {

namespace {
// A round status lamp, drawn once per colour, at 1x, 2x and 3x so it stays
// crisp on high-density screens.
QIcon lamp(bool online)
{
    static const auto draw = [](const QColor &colour) {
        QIcon icon;
        for (const int size : {16, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            const qreal inset = size * 5.0 / 24.0;
            painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
            icon.addPixmap(pixmap);
        }
        return icon;
    };
    static const QIcon on = draw(QColor(0x2e, 0x9d, 0x4f));
    static const QIcon off = draw(QColor(0x9a, 0xa0, 0xa6));
    return online ? on : off;
}
}  // namespace

int DevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Device &d = record(index.row());
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case NameColumn:
                    return d.name.isEmpty() ? tr("(unnamed %1)").arg(d.deviceClass) : d.name;
                case StatusColumn:
                    return d.isConnected ? tr("Online") : tr("Offline");
                case ClassColumn:
                    return d.deviceClass;
                case TagColumn:
                    return d.tag;
                case LastEventColumn:
                    return ModelFormat::ago(d.lastEventTime);
                case LastConnectColumn:
                    return ModelFormat::dateTime(d.lastConnectTime);
                case LastDisconnectColumn:
                    return ModelFormat::dateTime(d.lastDisconnectTime);
            }
            break;
        case Qt::DecorationRole:
            if (column == StatusColumn)
                return lamp(d.isConnected);
            break;
        case Qt::ToolTipRole:
            return tr("Device %1 (%2)").arg(d.id).arg(d.deviceClass);
        case IdRole:
            return d.id;
        case OnlineRole:
            return d.isConnected;
        case SortRole:
            switch (column) {
                case StatusColumn:
                    return d.isConnected ? 1 : 0;
                case LastEventColumn:
                    return d.lastEventTime.isValid() ? d.lastEventTime.toMSecsSinceEpoch() : 0;
                case LastConnectColumn:
                    return d.lastConnectTime.isValid() ? d.lastConnectTime.toMSecsSinceEpoch() : 0;
                case LastDisconnectColumn:
                    return d.lastDisconnectTime.isValid() ? d.lastDisconnectTime.toMSecsSinceEpoch()
                                                          : 0;
                default:
                    return data(index, Qt::DisplayRole);
            }
        case FilterRole:
            return QStringList{d.name, d.deviceClass, d.tag, QString::number(d.id)}.join(
                QLatin1Char(' '));
    }
    return {};
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case ClassColumn:
            return tr("Class");
        case TagColumn:
            return tr("Tag");
        case LastEventColumn:
            return tr("Last event");
        case LastConnectColumn:
            return tr("Last connected");
        case LastDisconnectColumn:
            return tr("Last disconnected");
    }
    return {};
}

void DevicesModel::setConnected(qint64 deviceId, bool connected, const QDateTime &when)
{
    modify(deviceId, [&](Device &d) {
        d.isConnected = connected;
        (connected ? d.lastConnectTime : d.lastDisconnectTime) = when;
    });
}

void DevicesModel::noteEvent(qint64 deviceId, const QDateTime &when)
{
    modify(deviceId, [&](Device &d) { d.lastEventTime = when; });
}

int DevicesModel::onlineCount() const
{
    return int(std::count_if(records().cbegin(), records().cend(),
                             [](const Device &d) { return d.isConnected; }));
}

}  // namespace ModeDesk
