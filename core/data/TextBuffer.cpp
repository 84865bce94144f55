// TextBuffer: mmap for plain files, zlib's gzread for gzip files.
#include "data/TextBuffer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/InputError.h"

namespace awb {
namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    int get() const { return fd_; }
    int release()
    {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

std::string systemError() { return std::strerror(errno); }

} // namespace

std::shared_ptr<const TextBuffer> TextBuffer::open(const std::string &file, const ProgressFn &progress,
                                                   const CancelFlag *cancel, std::size_t limit)
{
    std::shared_ptr<TextBuffer> buffer(new TextBuffer);
    buffer->file_ = file;
    FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        throw InputError(file, 0, 0, "Cannot open the file: " + systemError() + ".");
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        throw InputError(file, 0, 0, "Cannot read the file: " + systemError() + ".");
    if (S_ISDIR(info.st_mode))
        throw InputError(file, 0, 0, "This is a folder, not a data file.");
    const auto size = static_cast<std::size_t>(info.st_size);

    unsigned char magic[2] = {0, 0};
    const bool gzip = ::pread(fd.get(), magic, 2, 0) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    if (gzip) {
        gzFile gz = ::gzdopen(fd.release(), "rb");
        if (!gz)
            throw InputError(file, 0, 0, "Cannot open the gzip stream.");
        ::gzbuffer(gz, 1 << 17);
        std::vector<char> &out = buffer->inflated_;
        out.reserve(size * 4);
        char chunk[1 << 16];
        for (;;) {
            if (isCancelled(cancel)) {
                ::gzclose(gz);
                throw Cancelled();
            }
            const int n = ::gzread(gz, chunk, sizeof chunk);
            if (n < 0) {
                int code = 0;
                const std::string why = ::gzerror(gz, &code);
                ::gzclose(gz);
                throw InputError(file, 0, 0, "The gzip data is damaged (" + why + ").");
            }
            if (n == 0)
                break;
            out.insert(out.end(), chunk, chunk + n);
            report(progress, {ProgressEvent::Stage::Reading, static_cast<std::uint64_t>(::gzoffset(gz)), size});
            if (limit > 0 && out.size() >= limit) {
                buffer->truncated_ = true;
                break;
            }
        }
        ::gzclose(gz);
        buffer->text_ = std::string_view(out.data(), out.size());
    } else if (size > 0) {
        void *mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
        if (mapping == MAP_FAILED)
            throw InputError(file, 0, 0, "Cannot map the file into memory: " + systemError() + ".");
        ::madvise(mapping, size, MADV_SEQUENTIAL | MADV_WILLNEED);
        buffer->mapping_ = mapping;
        buffer->mappingSize_ = size;
        std::size_t visible = size;
        if (limit > 0 && size > limit) {
            visible = limit;
            buffer->truncated_ = true;
        }
        buffer->text_ = std::string_view(static_cast<const char *>(mapping), visible);
    }
    if (buffer->text_.substr(0, 3) == "\xEF\xBB\xBF")
        buffer->text_.remove_prefix(3);
    return buffer;
}

void TextBuffer::release(std::size_t begin, std::size_t end) const
{
    if (!mapping_ || end <= begin)
        return;
    const auto base = reinterpret_cast<std::uintptr_t>(mapping_);
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const std::uintptr_t textStart = reinterpret_cast<std::uintptr_t>(text_.data());
    std::uintptr_t from = (textStart + begin + page - 1) / page * page;
    const std::uintptr_t to = (textStart + end) / page * page;
    from = std::max(from, base);
    if (to > from)
        ::madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTNEED);
}

TextBuffer::~TextBuffer()
{
    if (mapping_)
        ::munmap(mapping_, mappingSize_);
}

} // namespace awb
