#include "data/ChunkReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/InputError.h"
#include "data/CsvRecords.h"
#include "data/TextBuffer.h"
#include "data/TextEncoding.h"

namespace awb {
namespace {

gzFile handle(void *gz)
{
    return static_cast<gzFile>(gz);
}

} // namespace

RecordIndex indexChunk(const TextChunk &chunk, char delimiter, const std::string &file)
{
    try {
        return indexRecords(chunk.text, delimiter, file);
    } catch (const InputError &e) {
        throw InputError(e.file(), e.line() > 0 ? e.line() + chunk.firstLine - 1 : 0, e.column(), e.message());
    }
}

ChunkReader::ChunkReader(const std::string &input, std::optional<char> delimiter, std::size_t chunkBytes)
    : name_(input), chunkBytes_(chunkBytes), delimiter_(delimiter.value_or(0))
{
    const bool standardInput = input == "-";
    if (standardInput) {
        name_ = "standard input";
        gz_ = gzdopen(::dup(STDIN_FILENO), "rb");
    } else {
        struct stat info {};
        if (::stat(input.c_str(), &info) != 0)
            throw InputError(input, 0, 0, std::string("Cannot open the file: ") + std::strerror(errno) + ".");
        if (S_ISDIR(info.st_mode))
            throw InputError(input, 0, 0, "This is a folder, not a data file.");
        inputSize_ = static_cast<std::uint64_t>(info.st_size);
        gz_ = gzopen(input.c_str(), "rb");
    }
    if (!gz_)
        throw InputError(name_, 0, 0, std::string("Cannot open the file: ") + std::strerror(errno) + ".");
    gzbuffer(handle(gz_), 1u << 20);
}

ChunkReader::~ChunkReader()
{
    if (gz_)
        gzclose(handle(gz_));
}

std::uint64_t ChunkReader::bytesRead() const
{
    if (inputSize_ == 0)  // standard input: no offset to ask a pipe for
        return textRead_;
    return static_cast<std::uint64_t>(std::max<z_off_t>(0, gzoffset(handle(gz_))));
}

std::size_t ChunkReader::fill(std::string &buffer, std::size_t bytes)
{
    const std::size_t start = buffer.size();
    buffer.resize(start + bytes);
    std::size_t got = 0;
    while (got < bytes) {
        const int n = gzread(handle(gz_), buffer.data() + start + got, static_cast<unsigned>(bytes - got));
        if (n < 0) {
            int code = 0;
            const char *message = gzerror(handle(gz_), &code);
            throw InputError(name_, 0, 0, std::string("Cannot read the file: ") +
                                              (code == Z_ERRNO ? std::strerror(errno) : message) + ".");
        }
        if (n == 0) {
            eof_ = true;
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    textRead_ += got;
    buffer.resize(start + got);
    return got;
}

bool ChunkReader::next(TextChunk &chunk)
{
    chunk.text.swap(carry_);
    carry_.clear();
    std::size_t end = 0;
    for (;;) {
        if (!eof_)
            fill(chunk.text, chunkBytes_);
        if (!started_) {
            started_ = true;
            const std::string_view head(chunk.text);
            if ((head.size() >= 2 && ((head[0] == '\xff' && head[1] == '\xfe') || (head[0] == '\xfe' && head[1] == '\xff'))))
                throw InputError(name_, 1, 0, "The text is UTF-16 (spreadsheets' \"Unicode text\"); streaming reads "
                                              "UTF-8 only. Save it as CSV (UTF-8) or load it as a whole.");
            if (head.substr(0, 3) == "\xef\xbb\xbf")
                chunk.text.erase(0, 3);
            // Old Mac text ends its lines with CR alone: with no LF in the first chunk, every CR
            // becomes one (as TextBuffer does for a whole file).
            crOnly_ = chunk.text.find('\n') == std::string::npos && chunk.text.find('\r') != std::string::npos;
            zeekSeparator_ = zeekSeparator(chunk.text);
            windows1252_ = !isUtf8(encodingSample(chunk.text));  // as TextBuffer tells it
            if (delimiter_ == 0)
                delimiter_ = zeekSeparator_;
        }
        if (crOnly_)
            std::replace(chunk.text.begin(), chunk.text.end(), '\r', '\n');
        if (delimiter_ == 0)
            delimiter_ = detectDialect(chunk.text, name_).delimiter;
        end = eof_ ? chunk.text.size() : completeRecordsEnd(chunk.text, delimiter_);
        if (end > 0 || eof_)
            break;
        if (chunk.text.size() > kMaxRecordBytes)
            throw InputError(name_, nextLine_, 0, "This line is over " + std::to_string(kMaxRecordBytes >> 20) +
                                                      " MB long; a table row never is. Is this really a CSV or TSV file?");
    }
    carry_.assign(chunk.text, end);
    chunk.text.resize(end);
    if (windows1252_) {
        const std::vector<char> utf8 = windows1252ToUtf8(chunk.text);
        chunk.text.assign(utf8.begin(), utf8.end());
    }
    if (zeekSeparator_)
        chunk.text.resize(stripZeekMetadata(chunk.text.data(), chunk.text.size(), zeekSeparator_, zeekHeaderSeen_));
    chunk.firstLine = nextLine_;
    nextLine_ += static_cast<std::uint64_t>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
    return !chunk.text.empty();
}

} // namespace awb
