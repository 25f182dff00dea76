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
};

}  // namespace ModeDesk
