// The one way the workbench writes files: each into a temporary file in its target's folder,
// flushed to disk, and renamed over the target only when everything was written. A failure
// (folder missing, not writable, disk full, the writer throwing, a cancellation) removes the
// temporary files and leaves the old files unchanged; write errors are InputErrors naming the path.
// AtomicFiles writes several files as one: all are renamed into place by commit(), none if it is
// never reached.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace awb {

class AtomicFiles {
public:
    AtomicFiles() = default;
    AtomicFiles(const AtomicFiles &) = delete;
    AtomicFiles &operator=(const AtomicFiles &) = delete;
    ~AtomicFiles();  // removes what was written but not committed

    void write(const std::string &path, const std::function<void(std::ostream &)> &writer);
    void commit();

private:
    std::vector<std::pair<std::string, std::string>> pending_;  // temporary file, target
};

void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &writer);

} // namespace awb
