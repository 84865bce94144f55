#include "common/Version.h"

namespace awb {

const char *applicationVersion()
{
    return AWB_VERSION;
}

} // namespace awb
