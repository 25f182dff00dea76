// The owner of the home on screen as the dashboard builds it: its devices are
// a view of the fleet's store, which follows the user's homes. For tests of
// HomeController and what hangs off it.
#pragma once

#include "apiclient.h"
#include "awaitcall.h"
#include "fleet.h"
#include "homecontroller.h"
#include "homesmodel.h"

namespace ModeDesk::Testing {

struct ShownHome {
    explicit ShownHome(ApiClient *api) : fleet(api, &homes), controller(api, &fleet) {}

    // The user's homes, read once, for the fleet to follow (it keeps only the devices
    // of homes it lists): false if they did not come.
    bool loadHomes(ApiClient *api, qint64 userId)
    {
        const Outcome<QList<Home>> answer = await(api->getHomes(userId));
        if (!answer.ok())
            return false;
        homes.setRecords(*answer.value);
        return true;
    }

    HomesModel homes;
    Fleet fleet;
    HomeController controller;
};

}  // namespace ModeDesk::Testing
