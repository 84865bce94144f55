// TextBuffer: mmap for plain files, zlib's gzread for gzip files.
#include "data/TextBuffer.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/InputError.h"
#include "common/MemoryBudget.h"
#include "data/TextEncoding.h"

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

// Old Mac text ends its lines with CR alone: with no LF anywhere, every CR becomes one.
bool crOnly(std::string_view text)
{
    // An LF is usually among the first bytes, so an ordinary file costs no scan of the whole text.
    return text.find('\n') == std::string_view::npos && text.find('\r') != std::string_view::npos;
}

// Doubles the inflated text's room while the memory is there; then grows it to the estimated
// whole (the compression ratio so far, applied to the whole compressed file, plus 5 %), and refuses
// the file when even that does not fit. A reallocation holds the old and the new room at once, so
// the new room alone must fit in what is available.
void grow(std::vector<char> &out, std::size_t more, std::uint64_t compressedRead, std::uint64_t compressedSize,
          const std::string &file)
{
    const std::size_t needed = out.size() + more;
    const std::uint64_t available = availableMemory();
    if (const std::size_t doubled = std::max(out.capacity() * 2, needed); doubled < available) {
        out.reserve(doubled);
        return;
    }
    const double ratio = static_cast<double>(out.size()) / static_cast<double>(std::max<std::uint64_t>(1, compressedRead));
    const auto estimate = std::max<std::uint64_t>(static_cast<std::uint64_t>(1.05 * ratio * static_cast<double>(compressedSize)),
                                                  needed + needed / 8);
    if (estimate >= available) {
        // A sampled row costs its text about three times, and its encoded row up to about three
        // times more (a table of short numbers and one-hot categories).
        const auto lines = static_cast<std::uint64_t>(std::count(out.begin(), out.end(), '\n'));
        throw TooLargeToLoad(file, estimate, "at least its text once inflated, estimated from the first " + byteSize(out.size()),
                             available, lines == 0 ? 0 : 6 * out.size() / lines);
    }
    out.reserve(estimate);
}

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
        out.reserve(std::min<std::uint64_t>(size * 4, availableMemory() / 2));
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
            if (out.size() + static_cast<std::size_t>(n) > out.capacity())
                grow(out, static_cast<std::size_t>(n), static_cast<std::uint64_t>(::gzoffset(gz)), size, file);
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
        ::madvise(mapping, size, MADV_WILLNEED);  // a hint to read ahead: a load reads the whole file
        buffer->mapping_ = mapping;
        buffer->mappingSize_ = size;
        std::size_t visible = size;
        if (limit > 0 && size > limit) {
            visible = limit;
            buffer->truncated_ = true;
        }
        buffer->text_ = std::string_view(static_cast<const char *>(mapping), visible);
    }
    buffer->normalize();
    return buffer;
}

std::shared_ptr<const TextBuffer> TextBuffer::fromText(const std::string &file, std::vector<char> text)
{
    std::shared_ptr<TextBuffer> buffer(new TextBuffer);
    buffer->file_ = file;
    buffer->inflated_ = std::move(text);
    buffer->text_ = std::string_view(buffer->inflated_.data(), buffer->inflated_.size());
    return buffer;
}

void TextBuffer::normalize()
{
    if (text_.substr(0, 3) == "\xEF\xBB\xBF")
        text_.remove_prefix(3);
    if (const char separator = zeekSeparator(text_)) {
        bool headerSeen = false;
        if (!mapping_) {  // inflated already: stripped where it stands, not copied
            const auto offset = static_cast<std::size_t>(text_.data() - inflated_.data());
            const std::size_t size = stripZeekMetadata(inflated_.data() + offset, text_.size(), separator, headerSeen);
            text_ = std::string_view(text_.data(), size);
            return;
        }
        std::vector<char> owned(text_.begin(), text_.end());
        owned.resize(stripZeekMetadata(owned.data(), owned.size(), separator, headerSeen));
        adopt(std::move(owned));
        return;
    }
    const bool utf16 = text_.substr(0, 2) == "\xFF\xFE" || text_.substr(0, 2) == "\xFE\xFF";
    windows1252_ = !utf16 && !isUtf8(encodingSample(text_));
    if (!utf16 && !windows1252_ && !crOnly(text_))
        return;
    std::vector<char> owned = utf16          ? utf16ToUtf8(text_.substr(2), text_[0] == '\xFE')
                              : windows1252_ ? windows1252ToUtf8(text_)
                                             : std::vector<char>(text_.begin(), text_.end());
    if (crOnly(std::string_view(owned.data(), owned.size())))
        std::replace(owned.begin(), owned.end(), '\r', '\n');
    adopt(std::move(owned));
}

void TextBuffer::adopt(std::vector<char> text)
{
    inflated_ = std::move(text);
    if (mapping_) {
        ::munmap(mapping_, mappingSize_);
        mapping_ = nullptr;
    }
    text_ = std::string_view(inflated_.data(), inflated_.size());
}

char zeekSeparator(std::string_view text)
{
    constexpr std::string_view kSeparator = "#separator ";
    if (!text.starts_with(kSeparator))
        return 0;
    const std::string_view value = text.substr(kSeparator.size(), std::min(text.find('\n'), text.size()) - kSeparator.size());
    unsigned code = 0;
    if (value.size() >= 4 && value.starts_with("\\x") &&
        std::from_chars(value.data() + 2, value.data() + 4, code, 16).ptr == value.data() + 4)
        return static_cast<char>(code);
    return value.empty() ? 0 : value.front();
}

std::size_t stripZeekMetadata(char *text, std::size_t size, char separator, bool &headerSeen)
{
    constexpr std::string_view kFields = "#fields";
    std::size_t out = 0;
    for (std::size_t in = 0; in < size;) {
        const void *found = std::memchr(text + in, '\n', size - in);
        const std::size_t end = found ? static_cast<std::size_t>(static_cast<const char *>(found) - text) + 1 : size;
        std::size_t from = in;
        if (text[in] == '#') {
            const std::string_view line(text + in, end - in);
            const bool header = !headerSeen && line.starts_with(kFields) && line.size() > kFields.size() &&
                                line[kFields.size()] == separator;
            headerSeen = headerSeen || header;
            from = header ? in + kFields.size() + 1 : found ? end - 1 : end;
        }
        std::memmove(text + out, text + from, end - from);
        out += end - from;
        in = end;
    }
    return out;
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
