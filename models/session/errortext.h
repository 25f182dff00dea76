// ApiError in plain words, with what to do about it.
#pragma once

#include "apierror.h"

namespace ModeDesk::ErrorText {

// "The device is not in claim mode. Ask the technician to …"
QString explain(const ApiError &error);

}  // namespace ModeDesk::ErrorText
