// Text encodings other than UTF-8, as files written elsewhere arrive: spreadsheets' "Unicode text"
// (UTF-16 with a byte-order mark) and Windows' Western European code page (Windows-1252, which
// older Excel and many Windows tools write), each turned into UTF-8, the one encoding the reader
// and every output work in.
#pragma once

#include <string_view>
#include <vector>

namespace awb {

// Whether `text` is UTF-8 (ASCII, the usual case, is checked eight bytes at a time).
bool isUtf8(std::string_view text);

// What a text's encoding is told from, alike for a whole file and a stream: its first megabyte,
// up to the last line break in it (so that no character is cut), or all of a shorter text. Checking
// a whole mapped file would read every page of it at once, before the passes that read and hand
// them back in turn.
std::string_view encodingSample(std::string_view text);

// UTF-16 text after its byte-order mark, as UTF-8. An unpaired surrogate becomes U+FFFD; an odd
// last byte (a truncated preview) is dropped.
std::vector<char> utf16ToUtf8(std::string_view text, bool bigEndian);

// Windows-1252 text as UTF-8: "Dur\xE9e" as "Durée", CICIDS2017's "Web Attack \x96 Brute Force" with
// its en dash. The five bytes the code page leaves undefined become U+FFFD.
std::vector<char> windows1252ToUtf8(std::string_view text);

} // namespace awb
