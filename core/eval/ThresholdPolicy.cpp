// Parsing, spelling and applying threshold policies.
#include "eval/ThresholdPolicy.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <vector>

#include "common/InputError.h"

namespace awb {
namespace {

[[noreturn]] void badPolicy(std::string_view text)
{
    throw InputError("", 0, 0,
                     "\"" + std::string(text) +
                         "\" is not a threshold policy; use auto, fixed:VALUE, percentile:P (0-100) or contamination:C "
                         "(0-0.5).");
}

// The shortest spelling that reads back as the same double.
std::string shortNumber(double v)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, v).ptr;
    return std::string(text, end);
}

} // namespace

ThresholdPolicy ThresholdPolicy::parse(std::string_view text)
{
    if (text == "auto")
        return {Kind::Automatic, 0.0};
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        badPolicy(text);
    const std::string_view name = text.substr(0, colon), number = text.substr(colon + 1);
    double value = 0.0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error != std::errc() || end != number.data() + number.size() || number.empty() || !std::isfinite(value))
        badPolicy(text);
    if (name == "fixed")
        return {Kind::Fixed, value};
    if (name == "percentile" && value >= 0.0 && value <= 100.0)
        return {Kind::Percentile, value};
    if (name == "contamination" && value > 0.0 && value <= 0.5)
        return {Kind::Contamination, value};
    badPolicy(text);
}

std::string ThresholdPolicy::text() const
{
    switch (kind) {
    case Kind::Automatic: return "auto";
    case Kind::Fixed: return "fixed:" + shortNumber(value);
    case Kind::Percentile: return "percentile:" + shortNumber(value);
    case Kind::Contamination: return "contamination:" + shortNumber(value);
    }
    return "";
}

double percentile(std::span<const float> values, double q)
{
    if (values.empty())
        return 0.0;
    std::vector<float> sorted(values.begin(), values.end());
    const double position = std::clamp(q, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(position));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(lo), sorted.end());
    const double low = sorted[lo];
    const double high = hi == lo ? low : *std::min_element(sorted.begin() + static_cast<std::ptrdiff_t>(lo) + 1, sorted.end());
    return low + (position - static_cast<double>(lo)) * (high - low);
}

ThresholdChoice chooseThreshold(const ThresholdPolicy &policy, std::span<const float> fittedScores,
                                std::optional<double> automatic)
{
    switch (policy.kind) {
    case ThresholdPolicy::Kind::Automatic:
        if (!automatic)
            throw InputError("", 0, 0, "This detector has no automatic threshold; choose fixed, percentile or contamination.");
        return {*automatic, "the detector's own cut-off " + shortNumber(*automatic)};
    case ThresholdPolicy::Kind::Fixed:
        return {policy.value, "fixed by the user"};
    case ThresholdPolicy::Kind::Percentile:
        return {percentile(fittedScores, policy.value),
                "the " + shortNumber(policy.value) + "th percentile of the scores of the rows it was fitted on"};
    case ThresholdPolicy::Kind::Contamination:
        return {percentile(fittedScores, 100.0 * (1.0 - policy.value)),
                "flags the top " + shortNumber(100.0 * policy.value) + " % of the rows it was fitted on"};
    }
    return {};
}

} // namespace awb
