// Hand-built results for the results-views tests: a Dataset whose original rows are generated on
// demand by a RowSource (so a million rows cost no file), scores drawn from two overlapping
// distributions (so every confusion-matrix cell is populated), and a hand-made detector whose
// per-feature explanation is fixed, for the per-row explanation.
#pragma once

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "pipeline/Pipeline.h"

namespace resultstest {

inline const char *serviceOf(std::size_t row)
{
    static const char *services[] = {"http", "dns", "ssh", "smtp"};
    return services[row % 4];
}

// One row in five is an attack, spread so that both parts get some.
inline bool isAttack(std::size_t row)
{
    return (row * 2654435761u) % 5 == 0;
}

// The label value of row r as the dataset keeps it (the attack type).
inline const char *typeOf(std::size_t r)
{
    return isAttack(r) ? (r % 2 ? "dos" : "probe") : "normal";
}

class GeneratedRowSource : public awb::RowSource {
public:
    explicit GeneratedRowSource(std::size_t rows) : rows_(rows) {}
    const std::string &fileName() const override { return name_; }
    std::size_t rowCount() const override { return rows_; }
    std::vector<std::string> cells(std::size_t row) const override
    {
        return {"10." + std::to_string(row / 65536 % 256) + "." + std::to_string(row / 256 % 256) + "." +
                    std::to_string(row % 256),
                serviceOf(row), std::to_string(row * 7919 % 100000), std::to_string(row % 60),
                isAttack(row) ? "attack" : "normal"};
    }
    std::uint64_t lineNumber(std::size_t row) const override { return row + 2; }  // after the header

private:
    std::string name_ = "generated.csv";
    std::size_t rows_;
};

// Explains every row the same way: src_bytes 3, duration 0, and the service column's one-hot parts
// 1 (http) and 0.5 (ssh), which the explanation must sum into one "service" contribution of 1.5.
class HandMadeDetector : public awb::TrainedDetector {
public:
    std::size_t featureCount() const override { return 6; }
    std::vector<float> score(awb::ConstMatrixRef rows, int, const awb::ProgressFn &, const awb::CancelFlag *) const override
    {
        return std::vector<float>(static_cast<std::size_t>(rows.rows()), 0.0f);
    }
    std::vector<double> explain(const float *) const override { return {3.0, 0.0, 1.0, 0.0, 0.5, 0.0}; }
    void save(std::ostream &) const override {}
};

struct Result {
    std::shared_ptr<awb::Dataset> data;
    std::shared_ptr<awb::DetectorRun> run;
};

// `train` + `test` rows; normal scores ~ N(0.35, 0.07), attack scores ~ N(0.6, 0.1); threshold 0.5.
inline Result makeResult(std::size_t train, std::size_t test, std::uint64_t seed = 7)
{
    auto data = std::make_shared<awb::Dataset>();
    const std::size_t n = train + test;
    for (const char *name : {"src_ip", "service", "src_bytes", "duration", "label"})
        data->schema.columns.push_back({name, awb::ColumnRole::NumericFeature, true, false, 0, {}, false});
    data->schema.columns[0].role = awb::ColumnRole::Ignored;
    data->schema.columns[1].role = awb::ColumnRole::CategoricalFeature;
    data->schema.columns[4].role = awb::ColumnRole::Label;
    data->schema.labelColumn = 4;
    data->preprocessor.numeric = {{2, "src_bytes", 0, 0, 1e-5f, false}, {3, "duration", 0, 0, 1.0f / 60, false}};
    data->preprocessor.categorical = {{1, "service", {"http", "dns", "ssh", "smtp"}}};

    data->features.resize(static_cast<Eigen::Index>(n), 6);
    data->isAnomaly.resize(n);
    data->labelCode.resize(n);
    data->labelValues = {"normal", "dos", "probe"};
    data->sourceRow.resize(n);
    data->sourceFile.assign(n, 0);
    data->trainRows = train;
    for (std::size_t r = 0; r < n; ++r) {
        const auto i = static_cast<Eigen::Index>(r);
        data->features.row(i).setZero();
        data->features(i, 0) = static_cast<float>(r * 7919 % 100000) * 1e-5f;
        data->features(i, 1) = static_cast<float>(r % 60) / 60.0f;
        data->features(i, 2 + static_cast<Eigen::Index>(r % 4)) = 1.0f;
        data->isAnomaly[r] = isAttack(r);
        data->labelCode[r] = isAttack(r) ? (r % 2 ? 1 : 2) : 0;  // as typeOf(r)
        data->sourceRow[r] = static_cast<std::uint32_t>(r);
    }
    data->sources.push_back(std::make_shared<GeneratedRowSource>(n));

    auto run = std::make_shared<awb::DetectorRun>();
    run->result.spec = awb::defaultDetectorSpec("iforest");
    run->result.threshold = 0.5;
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal(0.35f, 0.07f), attack(0.6f, 0.1f);
    for (std::size_t r = 0; r < n; ++r) {
        const float s = std::clamp(data->isAnomaly[r] ? attack(rng) : normal(rng), 0.01f, 1.0f);
        (r < train ? run->trainScores : run->testScores).push_back(s);
    }
    run->model = std::make_shared<HandMadeDetector>();
    return {data, run};
}

} // namespace resultstest
