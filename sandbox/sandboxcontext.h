#pragma once

#include "sandboxclock.h"
#include "sandboxoptions.h"

namespace ModeDesk::Sandbox {

class AttemptLimiter;
class DeviceStore;
class EventHub;
class HomeStore;
class ProjectStore;
class SandboxDatabase;
class TsdbStore;
class UserStore;

// What the route handlers work with; owned by SandboxServer.
struct SandboxContext {
    const SandboxOptions &options;
    const SandboxDatabase &db;
    const ProjectStore &project;
    const UserStore &users;
    const HomeStore &homes;
    const DeviceStore &devices;
    const TsdbStore &tsdb;
    EventHub &hub;
    AttemptLimiter &limiter;
    const SandboxClock &clock;  // the stores' time: expiries and stamps
};

}  // namespace ModeDesk::Sandbox
