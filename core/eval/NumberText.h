// Numbers as the core's English sentences spell them. The front ends format their own.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

namespace awb {

// The shortest spelling that reads back as the same double.
inline std::string shortNumber(double v)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, v).ptr;
    return std::string(text, end);
}

// A share as a percentage with `digits` decimals: 0.0123 -> "1.2 %".
inline std::string percentText(double share, int digits = 1)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*f %%", digits, 100.0 * share);
    return text;
}

// A count with a comma between thousands, as the reports print counts: 20000 -> "20,000".
inline std::string countText(std::uint64_t n)
{
    std::string digits = std::to_string(n), text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += ',';
        text += digits[i];
    }
    return text;
}

// A number with `digits` decimals: 41.25 -> "41.3".
inline std::string fixedText(double v, int digits)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", digits, v);
    return text;
}

} // namespace awb
