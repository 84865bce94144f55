// Reading, typing, splitting and encoding one or two files into a Dataset.
//
// Memory: the file is memory-mapped, and the encoded float32 matrix is allocated once, at its
// final size. To know that size before any number is parsed, the first pass over the records
// reads only the label, the categorical cells and whether numeric cells are missing; the split,
// the training categories and so the one-hot width follow. The second pass parses numeric cells
// straight into their final row and column. Both passes split the records across threads.
#include "data/DatasetLoader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <thread>
#include <unordered_map>

#include "common/InputError.h"
#include "common/MemoryBudget.h"
#include "common/Random.h"
#include "data/CellParser.h"
#include "data/ColumnScreening.h"
#include "data/CsvRecords.h"
#include "data/EncodingPasses.h"
#include "data/LoadSummary.h"
#include "data/RowEncoder.h"
#include "data/RowSample.h"
#include "data/SchemaInference.h"
#include "data/TextBuffer.h"
#include "eval/NumberText.h"

namespace awb {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// What a load and its preview both check: some records, and data rows after the header (as `read`
// says, else detected; a text cut short may have more). Returns whether the first record is a header.
bool checkedHeader(std::string_view text, const RecordIndex &records, const ReadOptions &read, char delimiter,
                   char point, const std::string &file, bool cutShort)
{
    if (records.size() == 0)
        throw InputError(file, 0, 0, "The file holds only blank lines.");
    const bool header = read.header ? *read.header : detectHeader(text, records, delimiter, point);
    if (records.size() == (header ? 1u : 0u) && !cutShort)
        throw InputError(file, records.line[0], 0, "The file has a header line but no data rows.");
    return header;
}

SourceFile openSource(const std::string &file, const ReadOptions &read, std::optional<char> knownDelimiter,
                      const ProgressFn &progress, const CancelFlag *cancel)
{
    SourceFile source;
    source.name = file;
    source.buffer = TextBuffer::open(file, progress, cancel);
    const std::string_view text = source.buffer->text();
    if (text.empty())
        throw InputError(file, 0, 0, "The file is empty.");
    source.delimiter = read.delimiter ? *read.delimiter : knownDelimiter ? *knownDelimiter : detectDialect(text, file).delimiter;
    source.records = indexRecords(text, source.delimiter, file, 0, false, progress, cancel, source.buffer.get());
    source.decimalPoint = detectDecimalPoint(text, source.records, source.delimiter);
    source.hasHeader = checkedHeader(text, source.records, read, source.delimiter, source.decimalPoint, file, false);
    source.firstData = source.hasHeader ? 1 : 0;
    if (source.rows() > kMaxDatasetRows)
        throw InputError(file, 0, 0, "The file has " + countText(source.rows()) + " data rows, more than the " +
                                         countText(kMaxDatasetRows) + " a dataset holds: train on a sample of its rows "
                                         "(anomaly-cli --sample N) and score the whole file in a stream (anomaly-cli score).");
    return source;
}

// One encoding pass's progress as a share of all of them (the first pass over each file, then the
// second pass): `before` of `all` row visits were done before it, so the figure never goes back.
ProgressFn encodingShare(const ProgressFn &progress, std::uint64_t before, std::uint64_t all)
{
    if (!progress)
        return {};
    return [&progress, before, all](const ProgressEvent &event) {
        ProgressEvent shared = event;
        if (event.stage == ProgressEvent::Stage::Encoding) {
            shared.done = before + event.done;
            shared.total = all;
        }
        progress(shared);
    };
}

std::uint64_t dataRows(const std::vector<SourceFile> &files)
{
    std::uint64_t rows = 0;
    for (const SourceFile &file : files)
        rows += file.rows();
    return rows;
}

// The first pass over each file, its progress the first half of the encoding passes'.
std::vector<FirstPass> runFirstPasses(const std::vector<SourceFile> &files, const EncodingPlan &plan,
                                      Dictionaries &dictionaries, int threads, const ProgressFn &progress,
                                      const CancelFlag *cancel)
{
    const std::uint64_t allRows = dataRows(files);
    std::uint64_t passed = 0;
    std::vector<FirstPass> passes;
    for (const SourceFile &file : files) {
        passes.push_back(runFirstPass(file, plan, dictionaries, threads, encodingShare(progress, passed, 2 * allRows), cancel));
        passed += file.rows();
    }
    return passes;
}

// The training file as a uniform sample of its data rows (see RowSample.h), with the rows' own
// line numbers; a note says so, and `sampledRows` counts them when the file has more.
SourceFile openSample(const LoadOptions &options, const ProgressFn &progress, const CancelFlag *cancel,
                      std::vector<std::string> &notes, std::uint64_t &sampledRows)
{
    RowSample sample = sampleRows(options.trainFile, options.sampleRows, options.seed, options.read, progress, cancel);
    SourceFile source;
    source.name = options.trainFile;
    source.buffer = TextBuffer::fromText(options.trainFile, std::move(sample.text));
    if (sample.readAsWindows1252)
        notes.push_back(windows1252Note(options.trainFile));
    if (sample.headerCopies > 0)
        notes.push_back(headerCopiesNote(options.trainFile, sample.headerCopies, sample.firstHeaderCopyLine, false));
    if (sample.emptyRows > 0)
        notes.push_back(emptyRowsNote(sample.emptyRows, false));
    source.delimiter = sample.delimiter;
    source.decimalPoint = sample.decimalPoint;
    source.records = indexRecords(source.buffer->text(), source.delimiter, source.name);
    if (source.records.size() == sample.lines.size())
        source.sampledLines = std::move(sample.lines);
    source.hasHeader = sample.hasHeader;
    source.firstData = source.hasHeader ? 1 : 0;
    if (source.rows() == 0)
        throw InputError(source.name, 0, 0, "The file has no data rows to sample.");
    if (sample.sampledRows < sample.fileRows) {
        sampledRows = sample.sampledRows;
        notes.push_back("The rows are a uniform random sample of " + countText(sample.sampledRows) + " of the file's " +
                        countText(sample.fileRows) + " data rows (read in one pass, seed " +
                        std::to_string(options.seed) + "); " +
                        (options.testFile.empty() ? "the split and every figure are of the sample."
                                                  : "training is on the sample, and the test file is read whole."));
    } else {
        notes.push_back("The file has " + countText(sample.fileRows) + " data rows, no more than the sample of " +
                        countText(options.sampleRows) + " asked for: every row is used.");
    }
    return source;
}

std::size_t fieldCount(std::string_view text, const RecordIndex &records, char delimiter)
{
    std::vector<std::string_view> cells;
    std::string scratch;
    splitRecord(records.record(text, 0), delimiter, cells, scratch);
    return cells.size();
}

std::size_t fieldCount(const SourceFile &source)
{
    return fieldCount(source.buffer->text(), source.records, source.delimiter);
}

// Which label values mean normal: the user's, else detected ones; an error when neither works.
std::vector<std::string> normalValuesFor(const std::vector<std::string> &labelValues, const LoadOptions &options,
                                         const std::string &labelName, const std::string &file, bool &detected)
{
    std::string listed;
    for (std::size_t i = 0; i < labelValues.size() && i < 12; ++i)
        listed += (i ? ", " : "") + labelValues[i];
    if (labelValues.size() > 12)
        listed += ", ...";
    detected = options.normalValues.empty();
    if (!detected) {
        for (const auto &wanted : options.normalValues)
            if (std::find(labelValues.begin(), labelValues.end(), wanted) == labelValues.end())
                throw InputError(file, 0, 0,
                                 "The normal value \"" + wanted + "\" does not occur in the label column \"" + labelName +
                                     "\" (its values: " + listed + ").");
        return options.normalValues;
    }
    std::vector<std::string> normals = detectNormalValues(labelValues);
    if (normals.empty())
        throw InputError(file, 0, 0,
                         "Which value of the label column \"" + labelName + "\" means normal traffic? Its values are " +
                             listed + "; name the normal value(s): Normal values in the import dialog, --normal on "
                                      "the command line.");
    return normals;
}

// The schema of a file read with a fitted model (`placed` in it): the model's columns where they
// were found, the label as inferred, every other column ignored.
Schema schemaFor(const Preprocessor &placed, const Schema &inferred, const std::string &file)
{
    Schema schema = inferred;
    // What the reader proposed gives way to what the model reads: the label and an attack type
    // stay, every other column is ignored unless the model claims it, and no note of the reader's
    // stays on a column whose role changes.
    for (auto &column : schema.columns) {
        if (column.role == ColumnRole::Label || column.role == ColumnRole::AttackType)
            continue;
        if (column.role != ColumnRole::Ignored)
            column.proposedBecause.clear();
        column.role = ColumnRole::Ignored;
    }
    const auto claim = [&](int source, const std::string &name, ColumnRole role) {
        ColumnInfo &column = schema.columns[static_cast<std::size_t>(source)];
        if (column.role == ColumnRole::Label)
            throw InputError(file, 0, 0,
                             "Column \"" + column.name + "\" is the label here, but the model reads it as its feature \"" +
                                 name + "\": choose another label column.");
        if (column.role != role)
            column.proposedBecause.clear();
        column.role = role;
    };
    for (const auto &n : placed.numeric)
        claim(n.sourceColumn, n.name, ColumnRole::NumericFeature);
    for (const auto &c : placed.categorical)
        claim(c.sourceColumn, c.name, ColumnRole::CategoricalFeature);
    return schema;
}

// Stratified split of the kept training rows: per class, a seeded shuffle moves a fraction to test.
void splitRows(const std::vector<std::uint32_t> &kept, const std::vector<std::uint8_t> &isAnomaly, double fraction,
               std::uint64_t seed, std::vector<std::uint32_t> &train, std::vector<std::uint32_t> &test)
{
    std::vector<std::uint32_t> byClass[2];
    for (const std::uint32_t row : kept)
        byClass[isAnomaly.empty() ? 0 : isAnomaly[row]].push_back(row);
    Random rng(seed);
    std::vector<std::uint8_t> toTest(kept.empty() ? 0 : kept.back() + std::size_t{1}, 0);
    for (auto &rows : byClass) {
        for (std::size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[rng.below(i)]);
        const auto testCount = static_cast<std::size_t>(std::llround(fraction * static_cast<double>(rows.size())));
        for (std::size_t i = 0; i < testCount; ++i)
            toTest[rows[i]] = 1;
    }
    // Both parts in file order: `kept` is, so one pass places each row (no sort).
    const auto testCount = static_cast<std::size_t>(std::count(toTest.begin(), toTest.end(), 1));
    test.reserve(testCount);
    train.reserve(kept.size() - testCount);
    for (const std::uint32_t row : kept)
        (toTest[row] ? test : train).push_back(row);
}

// With an attack-type column, its values replace the label's as the per-row type (read back from the
// rows, which costs one split per row, only when such a column is chosen). An empty cell (UNSW-NB15
// leaves attack_cat empty on normal rows) is the type "(empty)", so that it reads as one.
void keepAttackTypes(Dataset &data, const Schema &schema, const std::vector<SourceFile> &files)
{
    const auto found = std::find_if(schema.columns.begin(), schema.columns.end(),
                                    [](const ColumnInfo &c) { return c.role == ColumnRole::AttackType; });
    if (found == schema.columns.end() || !data.labelled())
        return;
    const auto column = static_cast<std::size_t>(found - schema.columns.begin());
    std::unordered_map<std::string, std::uint32_t> codes;
    std::vector<std::string_view> cells;
    std::string scratch;
    data.labelValues.clear();
    for (std::size_t row = 0; row < data.labelCode.size(); ++row) {
        const SourceFile &file = files[data.sourceFile[row]];
        splitRecord(file.records.record(file.buffer->text(), file.firstData + data.sourceRow[row]), file.delimiter, cells,
                    scratch);
        const std::string_view cell = column < cells.size() ? trimSpaces(cells[column]) : std::string_view();
        const std::string value = cell.empty() ? "(empty)" : std::string(cell);
        const auto [it, added] = codes.try_emplace(value, static_cast<std::uint32_t>(data.labelValues.size()));
        if (added)
            data.labelValues.push_back(value);
        data.labelCode[row] = it->second;
    }
}

// The training file's schema: inferred from the first records, with the user's roles, screened
// for identifiers and leakage.
Schema readSchema(const SourceFile &train, std::size_t columns, const LoadOptions &options)
{
    const std::string_view text = train.buffer->text();
    const auto names = columnNames(text, train.records, train.hasHeader, train.delimiter, columns);
    std::vector<std::vector<std::string>> sampleValues;
    const CellSample sample = readCellSample(text, train.records, train.firstData, train.delimiter, train.decimalPoint, columns);
    Schema schema = inferSchema(sample, names, sampleValues);
    applyRoleOptions(schema, options, train.name, sampleValues);
    screenColumns(schema, sample, options);
    return schema;
}

// Which label values are normal (into the summary), and so which rows of each file are anomalies.
std::vector<std::vector<std::uint8_t>> anomalyRows(const Schema &schema, const Dictionaries &dictionaries,
                                                   const std::vector<FirstPass> &firstPass, const LoadOptions &options,
                                                   const std::string &file, DatasetSummary &summary)
{
    std::vector<std::vector<std::uint8_t>> rowIsAnomaly(firstPass.size());
    if (schema.labelColumn < 0)
        return rowIsAnomaly;
    summary.labelName = schema.columns[static_cast<std::size_t>(schema.labelColumn)].name;
    const auto &labelValues = dictionaries.labelValues();
    summary.normalValues = normalValuesFor(labelValues, options, summary.labelName, file, summary.normalValueDetected);
    std::vector<std::uint8_t> codeIsAnomaly(labelValues.size(), 1);
    for (std::size_t code = 0; code < labelValues.size(); ++code)
        if (std::find(summary.normalValues.begin(), summary.normalValues.end(), labelValues[code]) != summary.normalValues.end())
            codeIsAnomaly[code] = 0;
    for (std::size_t f = 0; f < firstPass.size(); ++f) {
        rowIsAnomaly[f].resize(firstPass[f].labelCode.size());
        for (std::size_t r = 0; r < rowIsAnomaly[f].size(); ++r)
            rowIsAnomaly[f][r] = firstPass[f].dropRow[r] == FirstPass::kSkippedRow ? 0 : codeIsAnomaly[firstPass[f].labelCode[r]];
    }
    return rowIsAnomaly;
}

// The training and test rows: those with missing cells dropped when asked, then the training
// file split or the test file taken. Refuses a training part with no normal row.
void placeRows(const std::vector<FirstPass> &firstPass, const std::vector<std::vector<std::uint8_t>> &rowIsAnomaly,
               bool labelled, const LoadOptions &options, const std::string &file, DatasetSummary &summary,
               std::vector<std::uint32_t> &trainRows, std::vector<std::uint32_t> &testRows)
{
    std::vector<std::vector<std::uint32_t>> kept(firstPass.size());
    for (std::size_t f = 0; f < firstPass.size(); ++f) {
        kept[f].reserve(firstPass[f].dropRow.size());
        for (std::uint32_t r = 0; r < firstPass[f].dropRow.size(); ++r) {
            if (firstPass[f].dropRow[r])
                ++summary.droppedRows;
            else
                kept[f].push_back(r);
        }
    }
    if (firstPass.size() > 1) {
        trainRows = std::move(kept[0]);
        testRows = std::move(kept[1]);
    } else {
        splitRows(kept[0], rowIsAnomaly[0], options.testFraction, options.seed, trainRows, testRows);
    }
    if (trainRows.empty())
        throw InputError(file, 0, 0, "No training rows are left (every row had a missing cell and was dropped).");
    if (!labelled)
        return;
    std::size_t anomalies = 0;
    for (const std::uint32_t r : trainRows)
        anomalies += rowIsAnomaly[0][r];
    if (anomalies == trainRows.size())
        throw InputError(file, 0, 0,
                         "Every training row is an anomaly by the label column \"" + summary.labelName +
                             "\", so there is no normal traffic to learn. Check the label column and the normal value.");
    if (anomalies == 0)
        summary.notes.push_back("Every training row is normal by the label column \"" + summary.labelName +
                                "\": the rows are used as normal-only training data, and nothing can be evaluated "
                                "where the labels have one class only.");
}

// Each matrix row's file, row in that file, label and label code, training rows first.
void recordSources(Dataset &data, const std::vector<std::uint32_t> &trainRows, const std::vector<std::uint32_t> &testRows,
                   const std::vector<std::vector<std::uint8_t>> &rowIsAnomaly, const std::vector<FirstPass> &firstPass,
                   bool labelled)
{
    const std::size_t placed = trainRows.size() + testRows.size();
    data.sourceRow.reserve(placed);
    data.sourceFile.reserve(placed);
    if (labelled) {
        data.isAnomaly.reserve(placed);
        data.labelCode.reserve(placed);
    }
    for (const auto part : {0, 1}) {
        const auto &rows = part == 0 ? trainRows : testRows;
        const std::size_t file = part == 1 && firstPass.size() > 1 ? 1 : 0;
        for (const std::uint32_t r : rows) {
            data.sourceRow.push_back(r);
            data.sourceFile.push_back(static_cast<std::uint8_t>(file));
            if (labelled) {
                data.isAnomaly.push_back(rowIsAnomaly[file][r]);
                data.labelCode.push_back(firstPass[file].labelCode[r]);
            }
        }
    }
}

// Refuses a matrix of `rows` x `width` floats that the memory left cannot hold, with the size of
// a sample that fits: a sampled row costs its encoded row and its text about three times (read,
// kept, indexed).
void refuseIfTooLarge(const SourceFile &train, std::size_t rows, std::size_t width)
{
    const std::uint64_t matrixBytes = std::uint64_t{rows} * width * sizeof(float);
    const std::uint64_t available = availableMemory();
    if (matrixBytes < available)
        return;
    const std::uint64_t recordBytes = train.buffer->text().size() / std::max<std::size_t>(1, train.rows());
    throw TooLargeToLoad(train.name, matrixBytes,
                         "its " + countText(rows) + " rows of " + std::to_string(width) + " encoded features", available,
                         width * sizeof(float) + 3 * recordBytes);
}

// The training file (or its sample) and the test file, if any, with the same columns; the summary
// gets the files' names and format and the sample's note.
std::vector<SourceFile> openFiles(const LoadOptions &options, const ProgressFn &progress, const CancelFlag *cancel,
                                  DatasetSummary &summary)
{
    std::vector<SourceFile> files;
    files.push_back(options.sampleRows > 0 ? openSample(options, progress, cancel, summary.notes, summary.sampledRows)
                                           : openSource(options.trainFile, options.read, std::nullopt, progress, cancel));
    if (!options.testFile.empty())
        files.push_back(openSource(options.testFile, options.read, files[0].delimiter, progress, cancel));
    const std::size_t columns = fieldCount(files[0]);
    if (files.size() > 1 && fieldCount(files[1]) != columns)
        throw InputError(files[1].name, files[1].records.line[0], 0,
                         "The test file has " + std::to_string(fieldCount(files[1])) + " columns; the training file has " +
                             std::to_string(columns) + ".");
    for (const SourceFile &file : files)
        if (file.buffer->readAsWindows1252())
            summary.notes.push_back(windows1252Note(file.name));
    summary.trainFile = options.trainFile;
    summary.testFile = options.testFile;
    summary.delimiter = files[0].delimiter;
    summary.decimalPoint = files[0].decimalPoint;
    summary.hasHeader = files[0].hasHeader;
    return files;
}

} // namespace

FilePreview previewFile(const std::string &file, const LoadOptions &options, std::size_t maxRows)
{
    constexpr std::size_t kSampleRows = 2000;
    const auto buffer = TextBuffer::open(file, {}, nullptr, 8u << 20);
    const std::string_view text = buffer->text();
    if (text.empty())
        throw InputError(file, 0, 0, "The file is empty.");
    FilePreview preview;
    preview.delimiter = options.read.delimiter ? *options.read.delimiter : detectDialect(text, file).delimiter;
    const RecordIndex records = indexRecords(text, preview.delimiter, file, 0, buffer->truncated());
    preview.decimalPoint = detectDecimalPoint(text, records, preview.delimiter);
    preview.hasHeader = checkedHeader(text, records, options.read, preview.delimiter, preview.decimalPoint, file,
                                      buffer->truncated());
    const std::size_t firstData = preview.hasHeader ? 1 : 0;
    const auto names = columnNames(text, records, preview.hasHeader, preview.delimiter,
                                   fieldCount(text, records, preview.delimiter));
    std::vector<std::vector<std::string>> sampleValues;
    const CellSample sample = readCellSample(text, records, firstData, preview.delimiter, preview.decimalPoint, names.size(), kSampleRows);
    preview.schema = inferSchema(sample, names, sampleValues);
    applyRoleOptions(preview.schema, options, file, sampleValues);
    screenColumns(preview.schema, sample, options);
    std::vector<std::string_view> cells;
    std::string scratch;
    preview.scannedRows = records.size() - firstData;
    preview.wholeFile = !buffer->truncated();
    preview.readAsWindows1252 = buffer->readAsWindows1252();
    const std::size_t shown = std::min(maxRows, preview.scannedRows);
    for (std::size_t i = 0; i < shown; ++i) {
        const std::size_t row = i * preview.scannedRows / shown;
        splitRecord(records.record(text, firstData + row), preview.delimiter, cells, scratch);
        preview.rows.emplace_back(cells.begin(), cells.end());
        preview.lineNumbers.push_back(records.line[firstData + row]);
    }
    if (preview.schema.labelColumn >= 0) {
        const std::string_view header = preview.hasHeader ? records.record(text, 0) : std::string_view();
        std::map<std::string, std::size_t, std::less<>> mix;
        const auto label = static_cast<std::size_t>(preview.schema.labelColumn);
        for (std::size_t r = firstData; r < records.size(); ++r) {
            if (skippedRecord(records.record(text, r), header, preview.delimiter) != SkippedRecord::None)
                continue;  // skipped by the load
            splitRecord(records.record(text, r), preview.delimiter, cells, scratch);
            if (label < cells.size())
                ++mix[std::string(trimSpaces(cells[label]))];
        }
        preview.labelMix.assign(mix.begin(), mix.end());
        std::stable_sort(preview.labelMix.begin(), preview.labelMix.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
    }
    if (preview.schema.labelColumn >= 0) {
        preview.labelValues = sampleValues[static_cast<std::size_t>(preview.schema.labelColumn)];
        preview.detectedNormalValues = detectNormalValues(preview.labelValues);
    }
    return preview;
}

Dataset loadDataset(const LoadOptions &options, const ProgressFn &progress, const CancelFlag *cancel,
                    const Preprocessor *fitted)
{
    const auto loadStart = Clock::now();
    DatasetSummary summary;
    std::vector<SourceFile> files = openFiles(options, progress, cancel, summary);
    const SourceFile &train = files[0];
    Schema schema = readSchema(train, fieldCount(train), options);
    // A fitted model's columns are found by name (see placedIn), and encoded in the model's order.
    std::optional<Preprocessor> placed;
    if (fitted) {
        placed = placedIn(*fitted, schema.names(), train.name);
        schema = schemaFor(*placed, schema, train.name);
    }

    EncodingPlan plan(schema, options.missing, placed ? &*placed : nullptr);
    if (plan.numeric.empty() && plan.categorical.empty())
        throw InputError(train.name, 0, 0,
                         "No column is left to learn from: every column is the label or ignored. Make at least one "
                         "column a numeric or categorical feature.");
    const int threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    Dictionaries dictionaries(plan);
    const std::uint64_t allRows = dataRows(files);
    const std::vector<FirstPass> firstPass = runFirstPasses(files, plan, dictionaries, threads, progress, cancel);

    CellCounts cells = countCells(firstPass, files, plan.columns, summary);
    const bool labelled = schema.labelColumn >= 0;
    const auto rowIsAnomaly = anomalyRows(schema, dictionaries, firstPass, options, train.name, summary);
    std::vector<std::uint32_t> trainRows, testRows;
    placeRows(firstPass, rowIsAnomaly, labelled, options, train.name, summary, trainRows, testRows);

    // Encoding: categories fitted on the training rows; numbers parsed into the final matrix;
    // imputation and scaling fitted on the training rows and applied to all.
    Dataset data;
    data.schema = schema;
    data.preprocessor = placed ? *placed : fitCategories(plan, dictionaries, firstPass[0], trainRows, options);
    refuseIfTooLarge(train, trainRows.size() + testRows.size(), data.preprocessor.encodedWidth());
    const RowPlacement placement{trainRows, testRows, files.size() > 1};
    TrainingNumbers training;
    data.features = runSecondPass(files, plan, data.preprocessor, dictionaries, firstPass, placement, threads, summary,
                                  cells, training, encodingShare(progress, allRows, 2 * allRows), cancel);
    countMissingCells(cells, schema.names(), summary);
    data.trainRows = trainRows.size();
    summary.loadSeconds = secondsSince(loadStart);
    const auto encodeStart = Clock::now();
    if (!fitted)
        fitNumeric(data.features, data.trainRows, training, data.preprocessor, threads);
    applyNumeric(data.features, data.preprocessor, summary, threads);

    recordSources(data, trainRows, testRows, rowIsAnomaly, firstPass, labelled);
    if (labelled)
        data.labelValues = dictionaries.labelValues();
    keepAttackTypes(data, schema, files);
    countInto(summary, data, schema);
    summary.preprocessSeconds = secondsSince(encodeStart);
    for (SourceFile &file : files)
        data.sources.push_back(std::make_shared<TextRowSource>(std::move(file)));
    data.summary = summary;
    return data;
}

} // namespace awb
