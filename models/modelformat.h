// How models show times and JSON: one place, so every table agrees.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include "modeobjects.h"

namespace ModeDesk::ModelFormat {

// Local time, "2026-11-25 14:03:07"; "—" when there is none.
QString dateTime(const QDateTime &time);
// Today: "14:03:07"; earlier: "2026-11-25 14:03". For narrow columns.
QString shortDateTime(const QDateTime &time);
// "just now", "5 min ago", "3 h ago", else the date.
QString ago(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
// Compact one-line JSON, cut to maxChars with an ellipsis.
QString oneLineJson(const QJsonValue &value, int maxChars = 200);
QString oneLinePayload(const EventData &data, int maxChars = 200);  // its text as it is
// Indented JSON over several lines, for reading a whole payload.
QString prettyJson(const QJsonValue &value);
QString prettyPayload(const EventData &data);

}  // namespace ModeDesk::ModelFormat
