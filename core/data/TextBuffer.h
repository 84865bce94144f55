// The bytes of one input file, read once: a plain file is memory-mapped (the page cache holds it,
// nothing is copied), a gzip file (detected by its magic bytes, not its name) is inflated into
// memory. A UTF-8 byte-order mark is skipped; UTF-16 text with a byte-order mark (spreadsheets'
// "Unicode text") and text whose first megabyte is not UTF-8 (read as Windows-1252) are converted
// to UTF-8, old Mac line endings (CR alone, no LF anywhere) become LF, and a Zeek log loses its
// metadata lines (stripZeekMetadata), each into memory. The buffer outlives the load as the
// RowSource behind the flagged-rows table.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/Progress.h"

namespace awb {

// A Zeek log's field separator, from its first line ("#separator \x09"); 0 for any other text.
char zeekSeparator(std::string_view text);
// Empties a Zeek log's metadata lines ("#path", "#types", "#close", ...) but keeps their line
// breaks, so that every line keeps its number, and makes the first "#fields" line a plain header
// (`headerSeen` says whether an earlier part of the text had it: logs written one after another
// repeat it). In place; returns the new size.
std::size_t stripZeekMetadata(char *text, std::size_t size, char separator, bool &headerSeen);

class TextBuffer {
public:
    // Reads the whole file; `limit` > 0 stops after that many bytes (previews of big files).
    static std::shared_ptr<const TextBuffer> open(const std::string &file, const ProgressFn &progress = {},
                                                  const CancelFlag *cancel = nullptr, std::size_t limit = 0);
    // Text already in memory (a sample of a file's rows), taken over and shown under the file's name.
    static std::shared_ptr<const TextBuffer> fromText(const std::string &file, std::vector<char> text);
    ~TextBuffer();
    TextBuffer(const TextBuffer &) = delete;
    TextBuffer &operator=(const TextBuffer &) = delete;

    const std::string &fileName() const { return file_; }
    std::string_view text() const { return text_; }
    bool truncated() const { return truncated_; }  // stopped at `limit`
    // The file's first megabyte was not UTF-8: it is read as Windows-1252 (see TextEncoding.h).
    bool readAsWindows1252() const { return windows1252_; }
    // Hands the pages of text()[begin, end) back to the kernel once a pass is done with them: a
    // mapped file's pages stay in the page cache and come back on the next read, so the process
    // never holds the whole file and the finished matrix at once. Does nothing for inflated text.
    void release(std::size_t begin, std::size_t end) const;

private:
    TextBuffer() = default;
    void normalize();  // BOMs, UTF-16, CR-only line endings and Zeek logs, as described above
    void adopt(std::vector<char> text);  // the text, now in memory
    std::string file_;
    std::string_view text_;
    void *mapping_ = nullptr;
    std::size_t mappingSize_ = 0;
    std::vector<char> inflated_;
    bool truncated_ = false;
    bool windows1252_ = false;
};

} // namespace awb
