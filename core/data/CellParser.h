// What a cell of a numeric column holds: a number, a missing value ("", NaN, NA, N/A, null, none,
// -, ?), a non-finite value (inf, Infinity, -Infinity, or beyond float range), or text that is none
// of these (an error in a numeric column). Inline: it runs once per numeric cell. `point` is the
// file's decimal point: '.', or ',' for a file written where numbers read "0,25" (see
// detectDecimalPoint). Thousands grouped by a spreadsheet ("1,218") are numbers too, and so are
// numbers with a unit ("12%", "57.3 M"; see parseWithUnit).
#pragma once

#include <bit>
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <string_view>

#include <arpa/inet.h>

namespace awb {

enum class CellKind { Number, Missing, NonFinite, Text };

inline std::string_view trimSpaces(std::string_view cell)
{
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t'))
        cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t'))
        cell.remove_suffix(1);
    return cell;
}

inline bool equalsIgnoringCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if ((a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] + 32) : a[i]) != lowerB[i])
            return false;
    return true;
}

// Plain decimals ("-12.345", "0", "1500") are most cells of a flow table: up to 15 digits make an
// integer mantissa that a double holds exactly, and one division by an exact power of ten gives
// the correctly rounded double, then the float. Anything else (exponents, long mantissas, inf,
// nan, spaces) falls through to std::from_chars.
//
// The division is slow and sits in every cell's dependency chain, so the mantissa is first
// multiplied by the power's inverse instead. That product is within two units in the last place
// of the exact quotient, so it rounds to the same float unless a float rounding boundary (a
// midpoint between two floats: the double's low 29 mantissa bits near 1 << 28) lies within a few
// units of it; only then does the division decide. The result is the same float either way.
//
// parseDecimalPrefix parses the plain decimal at the start of [p, end) and returns where it
// stops (so a scan can parse a cell on the way to its delimiter), or nullptr when there is none.
inline const char *parseDecimalPrefix(const char *p, const char *end, float &value, char point)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    static constexpr double kInverses[] = {1e0,  1e-1,  1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,
                                           1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15};
    const bool negative = p != end && *p == '-';
    p += negative;
    std::uint64_t mantissa = 0;
    int digits = 0, decimals = 0;
    for (; p != end && static_cast<unsigned>(*p - '0') < 10; ++p, ++digits)
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    if (p != end && *p == point) {
        ++p;
        for (; p != end && static_cast<unsigned>(*p - '0') < 10; ++p, ++digits, ++decimals)
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    }
    if (digits == 0 || digits > 15)
        return nullptr;
    double magnitude = static_cast<double>(mantissa);
    if (decimals > 0) {
        const double product = magnitude * kInverses[decimals];
        constexpr std::uint64_t kLow = (std::uint64_t{1} << 29) - 1, kMidpoint = std::uint64_t{1} << 28, kMargin = 8;
        const std::uint64_t low = std::bit_cast<std::uint64_t>(product) & kLow;
        magnitude = low + kMargin - kMidpoint <= 2 * kMargin ? magnitude / kPowers[decimals] : product;
    }
    value = static_cast<float>(negative ? -magnitude : magnitude);
    return p;
}

inline bool parsePlainDecimal(std::string_view cell, float &value, char point)
{
    const char *end = cell.data() + cell.size();
    const char *stop = parseDecimalPrefix(cell.data(), end, value, point);
    return stop != nullptr && stop == end;
}

// An address of `family` (AF_INET: "10.0.4.204", four parts of 0 to 255 joined by points;
// AF_INET6: "fe80::1a2b"), as inet_pton reads it.
inline bool isIpAddress(std::string_view cell, int family)
{
    char text[INET6_ADDRSTRLEN + 1];
    if (cell.empty() || cell.size() >= sizeof text)
        return false;
    cell.copy(text, cell.size());
    text[cell.size()] = '\0';
    unsigned char address[sizeof(in6_addr)];
    return ::inet_pton(family, text, address) == 1;
}

// A number with its thousands grouped as a spreadsheet writes it ("1,218", "-12,345,678.5"; in a
// file with decimal commas "12.345.678" and "1.218,5"), rewritten into `out` as a plain decimal
// with a point ("1218", "12345678.5"). Returns its length, or 0 for any other cell: the groups must
// be of three digits after a first one of one to three that does not start with 0. Four parts
// joined by points, each up to 255, are an IPv4 address ("192.168.100.200"), not a number.
inline std::size_t ungroupThousands(std::string_view cell, char point, char (&out)[64])
{
    const char group = point == '.' ? ',' : '.';
    const auto digit = [&](std::size_t i) { return i < cell.size() && static_cast<unsigned>(cell[i] - '0') < 10; };
    cell = trimSpaces(cell);
    if (cell.size() >= sizeof out)
        return 0;
    std::size_t i = 0, n = 0;
    if (!cell.empty() && (cell[0] == '-' || cell[0] == '+'))
        out[n++] = cell[i++];
    const std::size_t lead = i;
    while (digit(i) && i - lead < 4)
        out[n++] = cell[i++];
    if (i == lead || i - lead > 3 || cell[lead] == '0')
        return 0;
    std::size_t groups = 0;
    for (; i < cell.size() && cell[i] == group && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4); i += 4, ++groups)
        for (std::size_t k = 1; k <= 3; ++k)
            out[n++] = cell[i + k];
    if (groups == 0)
        return 0;
    const bool decimals = i < cell.size();
    if (decimals) {
        if (cell[i] != point || !digit(i + 1))
            return 0;
        out[n++] = '.';
        for (++i; digit(i); ++i)
            out[n++] = cell[i];
    }
    if (group == '.' && !decimals && groups == 3 && isIpAddress(cell, AF_INET))
        return 0;
    return i == cell.size() ? n : 0;
}

// A number with a unit as exporters write some counters: a share "12%", nfdump's bytes "57.3 M",
// "1.5 KB". K, M and G are decimal (1,000, 1,000,000, 1,000,000,000); the number is read as the
// file writes numbers. Without a B after it, a multiplier needs a space before it, and a B alone
// too ("5G" or "12B" is more likely a name than a size). `cell` is trimmed.
inline bool parseWithUnit(std::string_view cell, float &value, char point)
{
    std::size_t end = cell.size();
    double scale = 1.0;
    if (cell.ends_with('%')) {
        --end;
    } else {
        const bool bytes = cell.ends_with('B');
        end -= bytes;
        const char prefix = end > 0 ? cell[end - 1] : '\0';
        scale = prefix == 'K' || prefix == 'k' ? 1e3 : prefix == 'M' ? 1e6 : prefix == 'G' ? 1e9 : 1.0;
        end -= scale != 1.0;
        if ((!bytes && scale == 1.0) || end == 0 || ((!bytes || scale == 1.0) && cell[end - 1] != ' '))
            return false;
    }
    const std::string_view number = trimSpaces(cell.substr(0, end));
    float plain = 0;
    char ungrouped[64];
    const std::size_t length = ungroupThousands(number, point, ungrouped);
    if (length > 0 ? parsePlainDecimal(std::string_view(ungrouped, length), plain, '.') : parsePlainDecimal(number, plain, point)) {
        value = static_cast<float>(static_cast<double>(plain) * scale);
        return true;
    }
    return false;
}

inline CellKind parseCell(std::string_view cell, float &value, char point = '.')
{
    if (parsePlainDecimal(cell, value, point))
        return CellKind::Number;
    // Before the readers below: with decimal commas, they would take "76.543" for 76.543.
    char plain[64];
    if (const std::size_t length = ungroupThousands(cell, point, plain)) {
        const char *stop = plain + length;
        const char *sign = plain + (plain[0] == '+');
        if (parseDecimalPrefix(sign, stop, value, '.') == stop)
            return CellKind::Number;
    }
    // Other forms with a decimal comma ("1,5e3", " 0,25"): read as written with a point.
    if (point != '.' && cell.size() <= 64 && cell.find(point) != std::string_view::npos &&
        cell.find('.') == std::string_view::npos) {
        char copy[64];
        std::replace_copy(cell.begin(), cell.end(), copy, point, '.');
        return parseCell(std::string_view(copy, cell.size()), value);
    }
    const char *first = cell.data();
    const char *last = first + cell.size();
    auto result = std::from_chars(first, last, value);
    if (result.ptr == last && result.ec == std::errc())
        return std::isnan(value) ? CellKind::Missing : std::isinf(value) ? CellKind::NonFinite : CellKind::Number;
    cell = trimSpaces(cell);
    if (cell.empty())
        return CellKind::Missing;
    if (cell.front() == '+')
        cell.remove_prefix(1);
    first = cell.data();
    last = first + cell.size();
    result = std::from_chars(first, last, value);
    if (result.ptr == last) {
        if (result.ec == std::errc::result_out_of_range)
            return CellKind::NonFinite;
        if (result.ec == std::errc())
            return std::isnan(value) ? CellKind::Missing : std::isinf(value) ? CellKind::NonFinite : CellKind::Number;
    }
    for (const std::string_view token : {"na", "n/a", "null", "none", "-", "?"})  // "-": Zeek's unset field; "?": UCI's
        if (equalsIgnoringCase(cell, token))
            return CellKind::Missing;
    return parseWithUnit(cell, value, point) ? CellKind::Number : CellKind::Text;
}

} // namespace awb
