// Grid parsing, expansion and the one-load sweep loop.
#include "pipeline/Sweep.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cmath>

#include "common/InputError.h"
#include "models/DetectorRegistry.h"

namespace awb {
namespace {

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        std::string part(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        const auto first = part.find_first_not_of(' '), last = part.find_last_not_of(' ');
        if (first != std::string::npos)
            parts.push_back(part.substr(first, last - first + 1));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

// Sets one axis value on a run spec's detector, with the same rules as --set.
void apply(RunSpec &spec, const SweepAxis &axis, const std::string &value)
{
    for (DetectorSpec &d : spec.detectors) {
        if (d.name != axis.detector)
            continue;
        if (axis.key == "threshold")
            d.threshold = ThresholdPolicy::parse(value);
        else if (axis.key == "train_on")
            d.trainOn = trainOnFromString(value);
        else
            d.params = detectorRegistry().get(d.detector).schema().set(d.params, axis.key, value);
        return;
    }
}

// "FROM:TO:STEP" as its values (at most 1000), anything else as itself.
std::vector<std::string> expandRange(const std::string &value)
{
    const std::vector<std::string> parts = split(value, ':');
    if (parts.size() != 3)
        return {value};
    double from = 0, to = 0, step = 0;
    for (const auto &[text, out] : {std::pair{&parts[0], &from}, std::pair{&parts[1], &to}, std::pair{&parts[2], &step}}) {
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), *out);
        if (error != std::errc() || end != text->data() + text->size())
            throw InputError("", 0, 0, "\"" + value + "\" is not a range FROM:TO:STEP of numbers.");
    }
    if (!(step > 0) || to < from || (to - from) / step >= 1000)
        throw InputError("", 0, 0, "The range \"" + value + "\" needs a positive step and at most 1000 values.");
    const bool whole = parts[0].find_first_of(".eE") == std::string::npos && parts[2].find_first_of(".eE") == std::string::npos;
    std::vector<std::string> values;
    const auto count = static_cast<long long>(std::floor((to - from) / step + 1e-9));
    for (long long i = 0; i <= count; ++i) {
        const double v = from + static_cast<double>(i) * step;
        if (whole) {
            values.push_back(std::to_string(static_cast<long long>(std::llround(v))));
        } else {
            // As many decimals as the step has: 0.1:0.3:0.1 gives 0.3, not 0.30000000000000004.
            const auto point = parts[2].find('.');
            const int decimals = point == std::string::npos ? 6 : static_cast<int>(parts[2].size() - point - 1);
            char text[48];
            std::snprintf(text, sizeof text, "%.*f", decimals, v);
            values.emplace_back(text);
        }
    }
    return values;
}

} // namespace

std::vector<SweepAxis> parseSweepGrid(std::string_view text)
{
    std::vector<SweepAxis> axes;
    for (const std::string &part : split(text, ';')) {
        const auto dot = part.find('.'), equals = part.find('=');
        if (dot == std::string::npos || equals == std::string::npos || dot == 0 || equals < dot + 2)
            throw InputError("", 0, 0, "A sweep axis is DETECTOR.KEY=V1,V2,..., not \"" + part + "\".");
        SweepAxis axis{part.substr(0, dot), part.substr(dot + 1, equals - dot - 1), {}};
        for (const std::string &value : split(part.substr(equals + 1), ','))
            for (std::string &v : expandRange(value))
                axis.values.push_back(std::move(v));
        if (axis.values.empty())
            throw InputError("", 0, 0, "The sweep axis \"" + part + "\" has no values.");
        for (const SweepAxis &other : axes)
            if (other.detector == axis.detector && other.key == axis.key)
                throw InputError("", 0, 0, "The sweep names " + axis.detector + "." + axis.key + " twice.");
        axes.push_back(std::move(axis));
    }
    if (axes.empty() || axes.size() > 3)
        throw InputError("", 0, 0, "A sweep has 1 to 3 axes, separated by ';'.");
    std::size_t runs = 1;
    for (const SweepAxis &axis : axes)
        runs *= axis.values.size();  // at most 1000^3: no overflow
    if (runs > kMaxSweepRuns)
        throw InputError("", 0, 0, "The sweep has " + std::to_string(runs) + " runs; at most " + std::to_string(kMaxSweepRuns) +
                                       " are allowed in one sweep.");
    return axes;
}

std::vector<SweepPoint> expandSweep(const RunSpec &base, const std::vector<SweepAxis> &axes)
{
    RunSpec swept = base;
    swept.detectors.clear();
    for (const SweepAxis &axis : axes) {
        bool known = false;
        for (const DetectorSpec &d : swept.detectors)
            known |= d.name == axis.detector;
        if (known)
            continue;
        const DetectorSpec *given = nullptr;
        for (const DetectorSpec &d : base.detectors)
            if (d.name == axis.detector)
                given = &d;
        swept.detectors.push_back(given ? *given : defaultDetectorSpec(axis.detector));
    }
    std::vector<SweepPoint> points{{{}, swept}};
    for (const SweepAxis &axis : axes) {
        std::vector<SweepPoint> next;
        for (const SweepPoint &point : points)
            for (const std::string &value : axis.values) {
                SweepPoint p = point;
                apply(p.spec, axis, value);  // validates the value: an error names the axis
                p.settings.push_back(axis.detector + "." + axis.key + "=" + value);
                next.push_back(std::move(p));
            }
        points = std::move(next);
    }
    return points;
}

void runSweep(const std::vector<SweepPoint> &points, const SweepObserver &observer, const CancelFlag *cancel)
{
    if (points.empty())
        return;
    const Pipeline loader(points.front().spec);
    if (observer.pipeline.stepStarted)
        observer.pipeline.stepStarted({PipelineStep::Kind::Load, {}});
    auto data = std::make_shared<const Dataset>(loader.load(observer.pipeline.progress, cancel));
    if (observer.loaded)
        observer.loaded(*data);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto start = std::chrono::steady_clock::now();
        const Pipeline pipeline(points[i].spec);
        PipelineOutput out;
        out.data = data;
        out.spec = pipeline.spec();
        for (const DetectorSpec &d : pipeline.spec().detectors)
            out.detectors.push_back(pipeline.train(*data, d, observer.pipeline, cancel));
        out.result = pipeline.resultOf(*data, out.detectors,
                                       std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (observer.pointFinished)
            observer.pointFinished(i, points[i], out);
    }
}

} // namespace awb
