#pragma once

#include <Qt>

namespace ModeDesk {

// Roles every dashboard model answers besides the display ones.
enum ModelRole {
    IdRole = Qt::UserRole + 1,  // the record's key (qint64 id, or the KV key)
    SortRole,                   // a value that sorts right (times as numbers)
    FilterRole,                 // the text a filter box matches against
    OnlineRole,                 // DevicesModel: bool
    RecentlyChangedRole,        // KvModel: bool, changed live in the last seconds
    StateRole,                  // ItemState of a cell: views pick its colour from the theme
    LampRole,                   // bool: the cell shows a round state lamp before its text
    KindRole,                   // HistoryItemsModel: int(HistoryItem::Kind)
    HomeRole,                   // FleetModel and its groups: the row's home (qint64)
};

// What a cell's colour means; models say which, views/ say how it looks (light or dark).
enum class ItemState { Plain, Good, Bad, Unknown, Changed };

}  // namespace ModeDesk
