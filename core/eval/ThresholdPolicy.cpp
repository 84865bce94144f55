// Parsing and spelling threshold policies.
#include "eval/ThresholdPolicy.h"

#include <charconv>
#include <cmath>

#include "common/InputError.h"
#include "common/Translatable.h"
#include "eval/NumberText.h"

namespace awb {
namespace {

using Kind = ThresholdPolicy::Kind;

[[noreturn]] void badPolicy(std::string_view text, const std::string &why = {})
{
    throw InputError("", 0, 0,
                     "\"" + std::string(text) + "\" is not a threshold policy" + (why.empty() ? "" : " (" + why + ")") +
                         "; use default, auto, fixed:V, f1, fpr:R, recall:R, cost:fp=A,fn=B, budget:N/M, "
                         "contamination:C, percentile:P, mad[:Z], otsu or knee.");
}

std::optional<double> number(std::string_view text)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// "fp=1,fn=20" -> {1, 20}, in either order.
std::optional<std::pair<double, double>> costs(std::string_view text)
{
    const auto comma = text.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    std::optional<double> fp, fn;
    for (const std::string_view part : {text.substr(0, comma), text.substr(comma + 1)}) {
        if (part.starts_with("fp="))
            fp = number(part.substr(3));
        else if (part.starts_with("fn="))
            fn = number(part.substr(3));
    }
    if (!fp || !fn)
        return std::nullopt;
    return std::pair{*fp, *fn};
}

ThresholdPolicy parseWithValue(std::string_view text, std::string_view name, std::string_view argument)
{
    if (name == "cost") {
        const auto c = costs(argument);
        if (!c || c->first < 0.0 || c->second < 0.0 || c->first + c->second <= 0.0)
            badPolicy(text, "give both costs, non-negative, e.g. cost:fp=1,fn=20");
        return {Kind::Cost, c->first, c->second};
    }
    if (name == "budget") {
        const auto slash = argument.find('/');
        const auto alerts = number(argument.substr(0, slash));
        const auto flows = slash == std::string_view::npos ? std::optional<double>(10000.0) : number(argument.substr(slash + 1));
        if (!alerts || !flows || *alerts < 0.0 || *flows <= 0.0 || *alerts > *flows)
            badPolicy(text, "give alerts per flows, e.g. budget:50/10000");
        return {Kind::Budget, *alerts, *flows};
    }
    const auto value = number(argument);
    if (!value)
        badPolicy(text);
    const double v = *value;
    if (name == "fixed")
        return {Kind::Fixed, v};
    if (name == "fpr" && v >= 0.0 && v < 1.0)
        return {Kind::FalsePositiveRate, v};
    if (name == "recall" && v > 0.0 && v <= 1.0)
        return {Kind::Recall, v};
    if (name == "contamination" && v > 0.0 && v <= 0.5)
        return {Kind::Contamination, v};
    if (name == "percentile" && v >= 0.0 && v <= 100.0)
        return {Kind::Percentile, v};
    if (name == "mad" && v > 0.0)
        return {Kind::RobustZ, v};
    badPolicy(text, "the value is out of range");
}

} // namespace

ThresholdPolicy ThresholdPolicy::parse(std::string_view text)
{
    if (text == "default")
        return {Kind::Default};
    if (text == "auto")
        return {Kind::Automatic};
    if (text == "f1")
        return {Kind::BestF1};
    if (text == "mad")
        return {Kind::RobustZ, 3.5};
    if (text == "otsu")
        return {Kind::Otsu};
    if (text == "knee")
        return {Kind::Knee};
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        badPolicy(text);
    return parseWithValue(text, text.substr(0, colon), text.substr(colon + 1));
}

std::string ThresholdPolicy::text() const
{
    switch (kind) {
    case Kind::Default: return "default";
    case Kind::Automatic: return "auto";
    case Kind::Fixed: return "fixed:" + shortNumber(value);
    case Kind::BestF1: return "f1";
    case Kind::FalsePositiveRate: return "fpr:" + shortNumber(value);
    case Kind::Recall: return "recall:" + shortNumber(value);
    case Kind::Cost: return "cost:fp=" + shortNumber(value) + ",fn=" + shortNumber(value2);
    case Kind::Budget: return "budget:" + shortNumber(value) + "/" + shortNumber(value2);
    case Kind::Contamination: return "contamination:" + shortNumber(value);
    case Kind::Percentile: return "percentile:" + shortNumber(value);
    case Kind::RobustZ: return "mad:" + shortNumber(value);
    case Kind::Otsu: return "otsu";
    case Kind::Knee: return "knee";
    }
    return "";
}

bool ThresholdPolicy::needsLabels() const
{
    return kind == Kind::BestF1 || kind == Kind::FalsePositiveRate || kind == Kind::Recall || kind == Kind::Cost;
}

std::string thresholdPolicyHelp()
{
    return QT_TRANSLATE_NOOP("awb", "  default             best F1 on the training rows when labelled, else otsu\n"
                                    "  auto                the detector's own cut-off (Isolation Forest: 0.5, scikit-learn's 'auto')\n"
                                    "  fixed:V             the value V\n"
                                    "  f1                  best F1 on the training rows (labels needed)\n"
                                    "  fpr:R               flag at most the share R of normal training rows, e.g. fpr:0.01\n"
                                    "  recall:R            catch at least the share R of training attacks, e.g. recall:0.9\n"
                                    "  cost:fp=A,fn=B      least expected cost, a false alarm costing A and a missed attack B\n"
                                    "  budget:N/M          at most N alerts per M flows, e.g. budget:50/10000 (or per day: N/flows a day)\n"
                                    "  contamination:C     flag the share C (0-0.5) of the rows the detector was fitted on\n"
                                    "  percentile:P        the P-th percentile (0-100) of the scores of the rows it was fitted on\n"
                                    "  mad[:Z]             median + Z robust standard deviations of the training scores (Z 3.5)\n"
                                    "  otsu                Otsu's split of the training scores into two groups\n"
                                    "  knee                the knee of the sorted training scores");
}

std::string thresholdPolicyAssumption(const ThresholdPolicy &policy)
{
    switch (policy.kind) {
    case Kind::Default:
        return QT_TRANSLATE_NOOP("awb", "Picks best F1 on the training rows when they are labelled, and Otsu's split when not.");
    case Kind::Automatic: return QT_TRANSLATE_NOOP("awb", "Uses the detector's own cut-off, whatever the data.");
    case Kind::Fixed: return QT_TRANSLATE_NOOP("awb", "Uses the value as given.");
    case Kind::BestF1:
        return QT_TRANSLATE_NOOP("awb", "Assumes the training rows mix normal traffic and attacks as the traffic to watch does, and weighs "
               "missed attacks and false alarms alike.");
    case Kind::FalsePositiveRate:
        return QT_TRANSLATE_NOOP("awb", "Flags at most this share of the normal training rows; assumes normal traffic stays like them.");
    case Kind::Recall: return QT_TRANSLATE_NOOP("awb", "Catches at least this share of the training attacks; assumes new attacks score like them.");
    case Kind::Cost:
        return QT_TRANSLATE_NOOP("awb", "Minimises the expected cost on the training rows; assumes their attack share is that of the traffic.");
    case Kind::Budget: return QT_TRANSLATE_NOOP("awb", "Flags at most this many rows per flows on the training rows, whatever they are.");
    case Kind::Contamination: return QT_TRANSLATE_NOOP("awb", "Assumes this share of the rows the detector was fitted on is anomalous.");
    case Kind::Percentile: return QT_TRANSLATE_NOOP("awb", "Flags the rows above this percentile of the rows the detector was fitted on.");
    case Kind::RobustZ:
        return QT_TRANSLATE_NOOP("awb", "Assumes most training scores are normal and spread about their median, so that scores more than Z "
               "robust standard deviations (1.4826 x MAD) above it are anomalous.");
    case Kind::Otsu:
        return QT_TRANSLATE_NOOP("awb", "Assumes the training scores form two groups, normal and anomalous, and splits them where the "
               "variance between the groups is largest.");
    case Kind::Knee:
        return QT_TRANSLATE_NOOP("awb", "Assumes anomalies form a steep tail of the sorted training scores and cuts where the curve bends "
               "most.");
    }
    return "";
}

} // namespace awb
