// The version comes from CMake (the project version), a compile definition of the core library.
#include "common/Version.h"

namespace awb {

const char *applicationVersion()
{
    return AWB_VERSION;
}

} // namespace awb
