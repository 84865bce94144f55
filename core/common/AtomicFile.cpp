// Temporary files beside their targets (same file system, so rename() is atomic), fsync, rename.
#include "common/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "common/InputError.h"

namespace awb {
namespace {

[[noreturn]] void cannotWrite(const std::string &path, const std::string &why)
{
    throw InputError(path, 0, 0, "Cannot write the file: " + why);
}

std::string temporaryBeside(const std::string &path)
{
    const std::filesystem::path target(path);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string hidden = ".";
    hidden.append(target.filename().string()).append(".XXXXXX");
    std::string name = (folder / hidden).string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        cannotWrite(path, std::string(std::strerror(errno)) + ".");
    ::fchmod(fd, 0644);
    ::close(fd);
    return name;
}

// What to do with a target path: replace the file (at `path`, or at the file a link points to), or
// write into it in place.
struct Target {
    std::string path;
    bool inPlace = false;
};

Target targetOf(const std::string &path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return {path, false};  // not there yet (or a dangling link, which the rename replaces)
    if (S_ISDIR(st.st_mode))
        cannotWrite(path, "it is a folder.");
    // /dev/stdout may lead to a regular file the shell opened: that file is written, not replaced.
    const bool descriptor = path == "/dev/stdout" || path == "/dev/stderr" || path.starts_with("/dev/fd/") ||
                            (path.starts_with("/proc/") && path.find("/fd/") != std::string::npos);
    if (!S_ISREG(st.st_mode) || descriptor)
        return {path, true};
    std::error_code error;
    const std::string resolved = std::filesystem::canonical(path, error).string();
    return {error ? path : resolved, false};
}

// Opening a pipe for writing waits for a reader: here it waits in steps, so that a cancellation
// (Ctrl+C) still ends the wait. Returns a descriptor open for writing, to hold until the stream is
// open too (closed at once, it would tell the reader the writing is over).
int awaitReader(const std::string &path, const CancelFlag *cancel)
{
    for (;;) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            return fd;
        if (errno != ENXIO)
            cannotWrite(path, std::string(std::strerror(errno)) + ".");
        throwIfCancelled(cancel);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

// Writes straight into a device or pipe: what the reader at its other end receives. Appended, so
// that a file behind /dev/stdout keeps what the process (or the shell's >>) wrote before.
void writeInPlace(const std::string &path, const std::function<void(std::ostream &)> &writer, const CancelFlag *cancel)
{
    struct stat st{};
    const int held = ::stat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode) ? awaitReader(path, cancel) : -1;
    std::fflush(nullptr);
    std::cout.flush();
    std::ofstream out(path, std::ios::binary | std::ios::app);
    if (held >= 0)
        ::close(held);
    if (!out)
        cannotWrite(path, std::string(std::strerror(errno)) + ".");
    writeNamed(path, out, writer);
    out.flush();
    if (!out)
        cannotWrite(path, "writing failed (is the disk full, or did the reader go away?).");
}

// Written data reaches the disk before the rename makes it the file's content.
bool synced(const std::string &file)
{
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

AtomicFiles::~AtomicFiles()
{
    for (const auto &[temporary, target] : pending_)
        std::remove(temporary.c_str());
}

void AtomicFiles::write(const std::string &requested, const std::function<void(std::ostream &)> &writer)
{
    const Target target = targetOf(requested);
    if (target.inPlace)
        return writeInPlace(target.path, writer, cancel_);
    const std::string &path = target.path;
    const std::string temporary = temporaryBeside(path);
    try {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        writeNamed(path, out, writer);
        out.close();
        if (!out || !synced(temporary))
            cannotWrite(path, "writing failed (is the disk full?).");
    } catch (...) {
        std::remove(temporary.c_str());
        throw;
    }
    pending_.emplace_back(temporary, path);
}

void AtomicFiles::commit()
{
    for (auto it = pending_.begin(); it != pending_.end(); it = pending_.erase(it))
        if (std::rename(it->first.c_str(), it->second.c_str()) != 0)
            cannotWrite(it->second, std::string(std::strerror(errno)) + ".");
}

void writeNamed(const std::string &name, std::ostream &out, const std::function<void(std::ostream &)> &writer)
{
    try {
        writer(out);
    } catch (const InputError &e) {
        if (!e.file().empty())
            throw;
        throw InputError(name, e.line(), e.column(), e.message());
    }
}

void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &writer)
{
    AtomicFiles file;
    file.write(path, writer);
    file.commit();
}

} // namespace awb
