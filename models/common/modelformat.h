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
// "As last seen on <time>; not confirmed by the server yet.": a row shown from the
// last run's state (a home, a device), said the same everywhere.
QString lastKnown(const QDateTime &asOf);
// "The list is as last seen on <time>.": after a list could not be loaded, when the
// one shown is the last run's (the homes, a home's devices).
QString listAsLastSeen(const QDateTime &asOf);
// Compact one-line JSON, cut to maxChars with an ellipsis.
QString oneLineJson(const QJsonValue &value, int maxChars = 200);
QString oneLinePayload(const EventData &data, int maxChars = 200);  // its text as it is
// Indented JSON over several lines, for reading a whole payload.
QString prettyJson(const QJsonValue &value);
// The start of a value's JSON, at most maxChars (an ellipsis says there is more),
// one line or indented; it costs what it shows, however large the value is.
QString previewJson(const QJsonValue &value, int maxChars, bool indented = false);
// A tooltip of text from the server, shown as written: Qt reads a tooltip as
// markup when it looks like some ("<b>x</b>" would turn bold), so such text is
// escaped into markup that shows it literally.
QString plainTip(const QString &text);
// The size of a value as compact JSON (it is written out to count it: once, not per paint).
qint64 jsonBytes(const QJsonValue &value);
// "5.0 MB", "12 KB", "300 bytes": a size for people.
QString byteSize(qint64 bytes);
QString prettyPayload(const EventData &data);

}  // namespace ModeDesk::ModelFormat
