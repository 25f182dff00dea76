// Small helpers shared by the stores: times are kept as UTC milliseconds
// since the epoch, with 0 meaning "never".
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace ModeDesk::Sandbox {

// A null QString binds as SQL NULL; text columns want '' instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QDateTime timeFromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

}  // namespace ModeDesk::Sandbox
