// The one way the workbench writes a file: into a temporary file in the target folder, renamed
// over the target only once everything was written and flushed. An error (folder missing, not
// writable, disk full) leaves no partial file and the old file unchanged, and is an InputError
// naming the path.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace awb {

void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &write);

} // namespace awb
