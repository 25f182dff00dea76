// A bulk import in words: each row's outcome with what to do next, and the
// whole import in one sentence. One place for both, so that the table, the
// export and the page's status line say the same thing.
#pragma once

#include "bulkclaimrow.h"

#include <QString>

namespace ModeDesk {

class BulkClaim;

namespace BulkClaimWords {

// homeName: the import's target home, which several outcomes name.
QString outcome(const BulkClaimRow &row, const QString &homeName);
QString summary(const BulkClaim &import);

}  // namespace BulkClaimWords
}  // namespace ModeDesk
