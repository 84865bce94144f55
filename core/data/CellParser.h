// What a cell of a numeric column holds: a number, a missing value ("", NaN, NA, N/A, null), a
// non-finite value (inf, Infinity, -Infinity, or beyond float range), or text that is none of
// these (an error in a numeric column). Inline: it runs once per numeric cell.
#pragma once

#include <charconv>
#include <cmath>
#include <string_view>

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

inline CellKind parseCell(std::string_view cell, float &value)
{
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
    for (const std::string_view token : {"na", "n/a", "null", "none"})
        if (equalsIgnoringCase(cell, token))
            return CellKind::Missing;
    return CellKind::Text;
}

} // namespace awb
