// Choosing a threshold by policy, and the figures that explain it.
#include "eval/ThresholdChoice.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "common/InputError.h"
#include "eval/NumberText.h"
#include "eval/ThresholdRules.h"

namespace awb {
namespace {

using Kind = ThresholdPolicy::Kind;
using thresholdrules::Cut;

[[noreturn]] void cannot(const std::string &why)
{
    throw InputError("", 0, 0, why);
}

std::int64_t countOf(std::span<const std::uint8_t> labels, std::uint8_t value)
{
    return std::count(labels.begin(), labels.end(), value);
}

// The first cut (highest threshold) that `better` prefers to every other: ties keep the fewer alerts.
template <typename Score>
const Cut &bestCut(std::span<const Cut> cuts, Score score)
{
    const Cut *best = &cuts.front();
    for (const Cut &c : cuts)
        if (score(c) > score(*best))
            best = &c;
    return *best;
}

// The last cut (lowest threshold, most caught) that stays within `allowed`.
template <typename Allowed>
const Cut &lastCutWithin(std::span<const Cut> cuts, Allowed allowed)
{
    const Cut *last = &cuts.front();
    for (const Cut &c : cuts)
        if (allowed(c))
            last = &c;
    return *last;
}

// The inputs' cuts, sorted here when the caller did not bring them.
class Cuts {
public:
    explicit Cuts(const ThresholdInputs &in)
    {
        if (in.cuts.empty())
            own_ = thresholdrules::cuts(in.trainScores, in.trainLabels);
        view_ = in.cuts.empty() ? std::span<const Cut>(own_) : in.cuts;
        if (view_.empty())  // every score NaN (a diverged model): there is no cut to choose
            cannot("No training row has a score (each is NaN), so the threshold cannot be chosen from them; "
                   "try other settings or another detector.");
    }
    std::span<const Cut> get() const { return view_; }

private:
    std::vector<Cut> own_;
    std::span<const Cut> view_;
};

struct Chosen {
    double threshold;
    std::string how;
};

Chosen labelledChoice(const ThresholdPolicy &p, const ThresholdInputs &in)
{
    if (!in.labelled())
        cannot("The threshold policy " + p.text() + " needs labelled training rows; this data has no label column.");
    const Cuts sorted(in);
    const std::span<const Cut> cuts = sorted.get();
    const std::int64_t attacks = countOf(in.trainLabels, 1), normal = countOf(in.trainLabels, 0);
    switch (p.kind) {
    case Kind::BestF1: {
        if (attacks == 0)
            cannot("The threshold policy f1 needs attacks among the training rows; there are none.");
        const auto f1 = [&](const Cut &c) { return attacks == 0 ? 0.0 : 2.0 * c.tp / double(c.flagged() + attacks); };
        const Cut &c = bestCut(cuts, f1);
        return {c.threshold, "best F1 on the training rows (" + fixedText(f1(c), 3) + ")"};
    }
    case Kind::FalsePositiveRate: {
        if (normal == 0)
            cannot("The threshold policy " + p.text() + " needs normal training rows; every training row is an attack.");
        const Cut &c = lastCutWithin(cuts, [&](const Cut &x) { return x.fp <= std::floor(p.value * normal + 1e-9); });
        return {c.threshold, "flags at most " + percentText(p.value) + " of the normal training rows"};
    }
    case Kind::Recall: {
        if (attacks == 0)
            cannot("The threshold policy " + p.text() + " needs attacks among the training rows; there are none.");
        const auto it = std::find_if(cuts.begin(), cuts.end(),
                                     [&](const Cut &x) { return x.tp >= std::ceil(p.value * attacks - 1e-9); });
        return {it->threshold, "catches at least " + percentText(p.value) + " of the training attacks"};
    }
    case Kind::Cost: {
        const auto cost = [&](const Cut &c) { return p.value * c.fp + p.value2 * double(attacks - c.tp); };
        const Cut &c = bestCut(cuts, [&](const Cut &x) { return -cost(x); });
        const double per10k = 10000.0 * cost(c) / double(in.trainScores.size());
        return {c.threshold, "least expected cost with a false alarm costing " + shortNumber(p.value) +
                                 " and a missed attack " + shortNumber(p.value2) + ": " + fixedText(per10k, 1) +
                                 " per 10,000 flows"};
    }
    default: return {};
    }
}

Chosen unlabelledChoice(const ThresholdPolicy &p, const ThresholdInputs &in)
{
    switch (p.kind) {
    case Kind::Automatic:
        if (!in.automatic)
            cannot("This detector has no automatic threshold; choose another policy.");
        return {*in.automatic, "the detector's own cut-off " + shortNumber(*in.automatic)};
    case Kind::Fixed: return {p.value, "fixed by the user"};
    case Kind::Budget: {
        const Cuts sorted(in);  // flagged counts are the same with or without labels
        const double allowed = std::floor(p.value / p.value2 * double(in.trainScores.size()) + 1e-9);
        const Cut &c = lastCutWithin(sorted.get(), [&](const Cut &x) { return double(x.flagged()) <= allowed; });
        return {c.threshold, "at most " + shortNumber(p.value) + " alerts per " + shortNumber(p.value2) +
                                 " flows on the training rows"};
    }
    case Kind::Percentile:
        return {percentile(in.fittedScores, p.value),
                "the " + shortNumber(p.value) + "th percentile of the scores of the rows it was fitted on"};
    case Kind::Contamination:
        return {percentile(in.fittedScores, 100.0 * (1.0 - p.value)),
                "flags the top " + percentText(p.value) + " of the rows it was fitted on"};
    case Kind::RobustZ:
        return {thresholdrules::robustZ(in.trainScores, p.value),
                "median + " + shortNumber(p.value) + " robust standard deviations of the training scores"};
    case Kind::Otsu: return {thresholdrules::otsu(in.trainScores), "Otsu's split of the training scores"};
    case Kind::Knee: return {thresholdrules::knee(in.trainScores), "the knee of the sorted training scores"};
    default: return {};
    }
}

// "; on the 125,973 training rows: 41.2 alerts per 10,000 flows, FPR 0.9 %, recall 82.0 %, precision 97.1 %"
std::string figures(double threshold, const ThresholdInputs &in)
{
    if (in.trainScores.empty())
        return "";
    std::size_t flagged = 0;
    for (const float s : in.trainScores)
        flagged += s > threshold;
    std::string text = "; on the training rows " + fixedText(alertsPer10k(flagged, in.trainScores.size()), 1) +
                       " alerts per 10,000 flows";
    if (in.labelled()) {  // each figure where its class is there: recall without attacks is no figure
        const OperatingPoint op = operatingPoint(confusionMatrix(in.trainLabels, in.trainScores, threshold));
        const std::int64_t attacks = countOf(in.trainLabels, 1);
        if (attacks < static_cast<std::int64_t>(in.trainLabels.size()))
            text += ", FPR " + percentText(op.falsePositiveRate);
        if (attacks > 0)
            text += ", recall " + percentText(op.recall) + ", precision " + percentText(op.precision);
    }
    return text;
}

} // namespace

ThresholdPolicy resolvedPolicy(const ThresholdPolicy &policy, bool bothClassesLabelled)
{
    if (policy.kind != Kind::Default)
        return policy;
    return bothClassesLabelled ? ThresholdPolicy{Kind::BestF1} : ThresholdPolicy{Kind::Otsu};
}

ThresholdChoice chooseThreshold(const ThresholdPolicy &policy, const ThresholdInputs &inputs)
{
    const bool bothClasses = inputs.labelled() && countOf(inputs.trainLabels, 1) > 0 && countOf(inputs.trainLabels, 0) > 0;
    const ThresholdPolicy applied = resolvedPolicy(policy, bothClasses);
    if (inputs.trainScores.empty())
        cannot("There are no training rows to choose a threshold on.");
    const Chosen chosen = applied.needsLabels() ? labelledChoice(applied, inputs) : unlabelledChoice(applied, inputs);
    std::string reasoning = chosen.how;
    if (policy.kind == Kind::Default)
        reasoning = std::string(bothClasses ? "default for labelled data: " : "default without both classes labelled: ") +
                    reasoning;
    return {applied, chosen.threshold, reasoning + figures(chosen.threshold, inputs)};
}

double percentile(std::span<const float> values, double q)
{
    std::vector<float> sorted;  // NaN (a diverged model's scores) has no rank: left out
    sorted.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(sorted), [](float v) { return !std::isnan(v); });
    if (sorted.empty())
        return 0.0;
    const double position = std::clamp(q, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(position));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(lo), sorted.end());
    const double low = sorted[lo];
    const double high =
        hi == lo ? low : *std::min_element(sorted.begin() + static_cast<std::ptrdiff_t>(lo) + 1, sorted.end());
    return low + (position - static_cast<double>(lo)) * (high - low);
}

double alertsPer10k(std::size_t flagged, std::size_t rows)
{
    return rows == 0 ? 0.0 : 10000.0 * static_cast<double>(flagged) / static_cast<double>(rows);
}

std::vector<ThresholdPolicy> standardPolicies(bool labelled, bool hasAutomatic)
{
    std::vector<ThresholdPolicy> policies;
    if (labelled)
        policies = {{Kind::BestF1}, {Kind::FalsePositiveRate, 0.01}, {Kind::Recall, 0.9}, {Kind::Cost, 1.0, 20.0}};
    if (hasAutomatic)
        policies.push_back({Kind::Automatic});
    const std::vector<ThresholdPolicy> unlabelled = {{Kind::Budget, 50.0, 10000.0}, {Kind::Contamination, 0.05},
                                                     {Kind::Percentile, 99.0},     {Kind::RobustZ, 3.5},
                                                     {Kind::Otsu},                 {Kind::Knee}};
    policies.insert(policies.end(), unlabelled.begin(), unlabelled.end());
    return policies;
}

PolicyComparison comparePolicy(const ThresholdPolicy &policy, const ThresholdInputs &inputs,
                               std::span<const float> testScores, std::span<const std::uint8_t> testLabels)
{
    PolicyComparison row;
    try {
        row.choice = chooseThreshold(policy, inputs);
    } catch (const InputError &e) {
        row.choice.policy = policy;
        row.error = e.message();
        return row;
    }
    const double t = row.choice.threshold;
    const auto flagged = [t](std::span<const float> s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [t](float v) { return v > t; }));
    };
    row.trainAlertsPer10k = alertsPer10k(flagged(inputs.trainScores), inputs.trainScores.size());
    row.testAlertsPer10k = alertsPer10k(flagged(testScores), testScores.size());
    if (inputs.labelled())
        row.train = confusionMatrix(inputs.trainLabels, inputs.trainScores, t);
    if (!testLabels.empty() && !testScores.empty())
        row.test = confusionMatrix(testLabels, testScores, t);
    return row;
}

} // namespace awb
