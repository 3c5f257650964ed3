#include "demoendpoint.h"

namespace ecs::ui {

DemoEndpoint::~DemoEndpoint() = default;

} // namespace ecs::ui
