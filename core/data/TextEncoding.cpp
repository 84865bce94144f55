// UTF-8 checking, and UTF-16 and Windows-1252 into UTF-8.
#include "data/TextEncoding.h"

#include <cstdint>
#include <cstring>

namespace awb {
namespace {

void appendUtf8(std::vector<char> &out, std::uint32_t code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

// The length of the UTF-8 sequence at text[i] (its lead byte not ASCII), 0 when it is none:
// overlong forms, surrogates and code points past U+10FFFF are none either.
std::size_t sequenceAt(const unsigned char *p, std::size_t i, std::size_t n)
{
    const unsigned char lead = p[i];
    const std::size_t length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0)
        return 0;
    for (std::size_t k = 1; k < length; ++k)
        if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
            return 0;
    const unsigned char second = p[i + 1];
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second >= 0x90))
        return 0;
    return length;
}

} // namespace

bool isUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 64 <= n) {
            std::uint64_t any = 0;
            for (std::size_t k = 0; k < 64; k += 8) {
                std::uint64_t word;
                std::memcpy(&word, p + i + k, 8);
                any |= word;
            }
            if ((any & 0x8080808080808080ull) == 0) {
                i += 64;
                continue;
            }
        }
        for (const std::size_t stop = i + 64; i < n && i < stop;) {
            if (p[i] < 0x80) {
                ++i;
                continue;
            }
            const std::size_t length = sequenceAt(p, i, n);
            if (length == 0)
                return false;
            i += length;
        }
    }
    return true;
}

std::string_view encodingSample(std::string_view text)
{
    constexpr std::size_t kSampleBytes = 1u << 20;
    if (text.size() <= kSampleBytes)
        return text;
    const std::size_t lineEnd = text.rfind('\n', kSampleBytes);
    return text.substr(0, lineEnd == std::string_view::npos ? kSampleBytes : lineEnd + 1);
}

std::vector<char> utf16ToUtf8(std::string_view text, bool bigEndian)
{
    std::vector<char> out;
    out.reserve(text.size() / 2 + 16);
    const auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(text[i]), b = static_cast<unsigned char>(text[i + 1]);
        return static_cast<std::uint32_t>(bigEndian ? (a << 8 | b) : (b << 8 | a));
    };
    for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
        std::uint32_t code = unit(i);
        if (code >= 0xD800 && code < 0xDC00 && i + 3 < text.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) < 0xE000) {
            code = 0x10000 + ((code - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (code >= 0xD800 && code < 0xE000) {
            code = 0xFFFD;
        }
        appendUtf8(out, code);
    }
    return out;
}

std::vector<char> windows1252ToUtf8(std::string_view text)
{
    // 0x80..0x9F; 0xFFFD where the code page defines nothing.
    static constexpr std::uint16_t kHigh[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::vector<char> out;
    out.reserve(text.size() + text.size() / 16 + 16);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            out.push_back(c);
        else
            appendUtf8(out, byte < 0xA0 ? kHigh[byte - 0x80] : byte);
    }
    return out;
}

} // namespace awb
