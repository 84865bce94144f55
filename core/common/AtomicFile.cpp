// Temporary file beside the target (same file system, so rename() is atomic), then rename.
#include "common/AtomicFile.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "common/InputError.h"

namespace awb {

void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &write)
{
    const std::filesystem::path target(path);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string hidden = ".";
    hidden.append(target.filename().string()).append(".XXXXXX");
    std::string pattern = (folder / hidden).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw InputError(path, 0, 0, std::string("Cannot write the file: ") + std::strerror(errno) + ".");
    ::close(fd);
    const std::string temporary(name.data());
    const auto fail = [&](const std::string &why) {
        std::remove(temporary.c_str());
        throw InputError(path, 0, 0, "Cannot write the file: " + why);
    };
    try {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        write(out);
        out.flush();
        if (!out)
            fail("writing failed (is the disk full?).");
        out.close();
        if (!out)
            fail("writing failed (is the disk full?).");
    } catch (const InputError &) {
        throw;
    } catch (...) {
        std::remove(temporary.c_str());
        throw;
    }
    std::error_code error;
    std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                                std::filesystem::perms::group_read | std::filesystem::perms::others_read,
                                 error);
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        fail(std::string(std::strerror(errno)) + ".");
}

} // namespace awb
