// The application's version, recorded in every run so a result says which build produced it.
#pragma once

namespace awb {

const char *applicationVersion();

} // namespace awb
