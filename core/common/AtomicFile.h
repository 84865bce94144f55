// The one way the workbench writes files: each into a temporary file in its target's folder,
// flushed to disk, and renamed over the target only when everything was written. A failure
// (folder missing, not writable, disk full, the writer throwing, a cancellation) removes the
// temporary files and leaves the old files unchanged; write errors are InputErrors naming the path
// (the writer's own InputErrors too, when they name no file).
// AtomicFiles writes several files as one: all are renamed into place by commit(), none if it is
// never reached.
//
// A target that is not a regular file (a device such as /dev/null, a named pipe) or that names a
// descriptor (/dev/stdout, /dev/fd/N) is written in place at once, appended: replacing it would
// turn it into a plain file (for every program, when the path is /dev/null and the user is root).
// A symbolic link to a regular file has the file it points to replaced, and stays a link. A folder
// is refused by name.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "common/Progress.h"

namespace awb {

class AtomicFiles {
public:
    // `cancel` ends the wait for a pipe's reader (Cancelled).
    explicit AtomicFiles(const CancelFlag *cancel = nullptr) : cancel_(cancel) {}
    AtomicFiles(const AtomicFiles &) = delete;
    AtomicFiles &operator=(const AtomicFiles &) = delete;
    ~AtomicFiles();  // removes what was written but not committed

    void write(const std::string &path, const std::function<void(std::ostream &)> &writer);
    void commit();

private:
    std::vector<std::pair<std::string, std::string>> pending_;  // temporary file, target
    const CancelFlag *cancel_;
};

void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &writer);

// Runs `writer` on `out` (a stream such as standard output, written as it goes); an InputError of
// the writer's that names no file is told with `name`, as AtomicFiles tells it with the path.
void writeNamed(const std::string &name, std::ostream &out, const std::function<void(std::ostream &)> &writer);

} // namespace awb
