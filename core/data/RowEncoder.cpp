#include "data/RowEncoder.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/InputError.h"
#include "data/CellParser.h"
#include "data/CsvRecords.h"
#include "data/SchemaInference.h"

namespace awb {

namespace {

bool generic(const std::string &name)
{
    return name.rfind("column_", 0) == 0;
}

} // namespace

int trainedColumnIn(int source, const std::string &trainedName, const std::vector<std::string> &names,
                    const std::string &file)
{
    const bool exists = source >= 0 && source < static_cast<int>(names.size());
    if (exists && (names[static_cast<std::size_t>(source)] == trainedName || generic(trainedName)))
        return source;
    // Names are unique (columnNames numbers a repeated one).
    if (const auto found = std::find(names.begin(), names.end(), trainedName); found != names.end())
        return static_cast<int>(found - names.begin());
    if (exists && generic(names[static_cast<std::size_t>(source)]))
        return source;  // no header: the place in the training file
    throw InputError(file, 0, 0, "The file does not have the column \"" + trainedName + "\" that the model was trained on.");
}

Preprocessor placedIn(const Preprocessor &model, const std::vector<std::string> &names, const std::string &file)
{
    Preprocessor placed = model;
    // A model saved before files' repeated names were numbered holds them as the header had them:
    // numbered here the same way, in the order of their places, they are found as they are named now.
    std::vector<std::pair<int, std::string *>> byPlace;
    for (NumericEncoding &n : placed.numeric)
        byPlace.emplace_back(n.sourceColumn, &n.name);
    for (CategoricalEncoding &c : placed.categorical)
        byPlace.emplace_back(c.sourceColumn, &c.name);
    std::sort(byPlace.begin(), byPlace.end());
    std::vector<std::string> trained;
    for (const auto &[source, name] : byPlace)
        trained.push_back(*name);
    numberRepeatedNames(trained);
    for (std::size_t i = 0; i < byPlace.size(); ++i)
        *byPlace[i].second = trained[i];
    std::vector<std::string> readAs(names.size());
    const auto place = [&](int &source, const std::string &trainedName) {
        source = trainedColumnIn(source, trainedName, names, file);
        std::string &reader = readAs[static_cast<std::size_t>(source)];
        if (!reader.empty())
            throw InputError(file, 0, 0, "The model's columns \"" + reader + "\" and \"" + trainedName +
                                             "\" would both be read from column \"" + names[static_cast<std::size_t>(source)] +
                                             "\": give the file the training data's columns, in their order.");
        reader = trainedName;
    };
    for (NumericEncoding &n : placed.numeric)
        place(n.sourceColumn, n.name);
    for (CategoricalEncoding &c : placed.categorical)
        place(c.sourceColumn, c.name);
    return placed;
}

std::string RowProblem::message(std::size_t expectedFields, const std::vector<std::string> &names) const
{
    switch (kind) {
    case Kind::Ragged:
        return raggedRecordMessage(fields, expectedFields);
    case Kind::NotANumber:
        return "\"" + cell + "\" is not a number, but column \"" + names[column] + "\" is numeric.";
    case Kind::None:
    case Kind::Empty:
    case Kind::HeaderCopy: break;
    }
    return {};
}

RowEncoder::RowEncoder(const Preprocessor &preprocessor, const std::vector<std::string> &names, const std::string &file)
    : fields_(names.size()), width_(preprocessor.encodedWidth()),
      numericCount_(preprocessor.numeric.size()), numericOf_(names.size(), -1), categoricalOf_(names.size(), -1)
{
    const Preprocessor placed = placedIn(preprocessor, names, file);
    for (std::size_t j = 0; j < placed.numeric.size(); ++j) {
        const NumericEncoding &n = placed.numeric[j];
        numericOf_[static_cast<std::size_t>(n.sourceColumn)] = static_cast<std::int32_t>(j);
        numeric_.push_back({j, n.median, n.offset, n.scale, n.log1p});
    }
    std::size_t block = numericCount_;
    for (std::size_t k = 0; k < placed.categorical.size(); ++k) {
        const CategoricalEncoding &c = placed.categorical[k];
        categoricalOf_[static_cast<std::size_t>(c.sourceColumn)] = static_cast<std::int32_t>(k);
        auto &positions = categories_.emplace_back();
        for (std::size_t i = 0; i < c.categories.size(); ++i)
            positions.emplace(c.categories[i], static_cast<std::uint32_t>(block + i));
        block += c.categories.size();
    }
}

RowProblem RowEncoder::encode(std::string_view record, char delimiter, char point, float *out, EncodeCounts &counts,
                              FieldSplitter &splitter) const
{
    RowProblem problem;
    std::fill(out, out + width_, 0.0f);
    std::uint64_t unseen = 0;
    std::string key;
    const std::size_t got = splitter.forEach(record, delimiter, [&](std::size_t column, std::string_view cell) {
        if (column >= fields_ || problem.kind != RowProblem::Kind::None)
            return;
        if (const std::int32_t j = numericOf_[column]; j >= 0) {
            const Numeric &n = numeric_[static_cast<std::size_t>(j)];
            float value = 0;
            switch (parseCell(cell, value, point)) {
            case CellKind::Number: out[j] = n.log1p ? std::log1p(std::max(value, 0.0f)) : value; break;
            case CellKind::Missing:
            case CellKind::NonFinite: out[j] = std::numeric_limits<float>::quiet_NaN(); break;
            case CellKind::Text:
                problem.kind = RowProblem::Kind::NotANumber;
                problem.column = column;
                problem.cell = std::string(trimSpaces(cell).substr(0, 40));
            }
        } else if (const std::int32_t k = categoricalOf_[column]; k >= 0) {
            key.assign(trimSpaces(cell));
            const auto &positions = categories_[static_cast<std::size_t>(k)];
            if (const auto found = positions.find(key); found != positions.end())
                out[found->second] = 1.0f;
            else
                ++unseen;
        }
    });
    if (got != fields_)
        return {RowProblem::Kind::Ragged, got, 0, {}};
    if (problem.kind != RowProblem::Kind::None)
        return problem;
    // The loader's order: log1p (above), then the median for a missing cell, then scaling.
    for (const Numeric &n : numeric_) {
        float &v = out[n.slot];
        if (std::isnan(v)) {
            v = n.median;
            ++counts.imputedCells;
        }
        v = (v - n.offset) * n.scale;
    }
    counts.unseenCategoryCells += unseen;
    return problem;
}

} // namespace awb
