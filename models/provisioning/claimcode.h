// What a claim code looks like, checked before anything is sent: twelve
// characters of the label alphabet (no I, O, 0 or 1, which read alike),
// in three groups of four, dashes optional, any case.
#pragma once

#include <QString>

namespace ModeDesk::ClaimCode {

// "abcd efgh-jklm" -> "ABCD-EFGH-JKLM"; empty when it is not a plausible code.
QString normalized(const QString &text);
// Why the text is not a claim code, in a technician's words; empty when it is one.
QString problem(const QString &text);

}  // namespace ModeDesk::ClaimCode
