#include "pipeline/StreamScoring.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <future>
#include <thread>

#include "common/Matrix.h"
#include "common/ParallelChunks.h"
#include "data/ChunkReader.h"
#include "data/CsvRecords.h"
#include "data/SchemaInference.h"
#include "pipeline/CsvExport.h"

namespace awb {
namespace {

// What the first chunk tells about the input: its dialect, its column names and which to keep.
struct Layout {
    char delimiter = ',';
    char point = '.';
    bool header = false;
    std::string headerLine;  // the header record, when there is one: copies of it are skipped
    std::vector<std::string> names;
    std::vector<std::size_t> keep;
};

Layout readLayout(std::string_view text, char delimiter, const StreamScoreOptions &options, const std::string &file)
{
    Layout layout;
    layout.delimiter = delimiter;
    const RecordIndex sample =
        indexRecords(text.substr(0, 1u << 20), layout.delimiter, file, kDecimalPointRecords, text.size() > (1u << 20));
    if (sample.size() == 0)
        throw InputError(file, 0, 0, "The file holds only blank lines.");
    layout.point = detectDecimalPoint(text, sample, layout.delimiter);
    layout.header = options.read.header ? *options.read.header : detectHeader(text, sample, layout.delimiter, layout.point);
    std::vector<std::string_view> cells;
    std::string scratch;
    splitRecord(sample.record(text, 0), layout.delimiter, cells, scratch);
    layout.names = columnNames(text, sample, layout.header, layout.delimiter, cells.size());
    if (layout.header)
        layout.headerLine = sample.record(text, 0);
    for (const ColumnRef &ref : options.keep)
        layout.keep.push_back(static_cast<std::size_t>(columnIndex(layout.names, ref, file, "columns to keep")));
    return layout;
}

void appendNumber(std::string &line, float value)
{
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    line.append(buf, result.ptr);
}

void appendNumber(std::string &line, std::uint64_t value)
{
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    line.append(buf, result.ptr);
}

class StreamScorer {
public:
    StreamScorer(const ModelFile &model, const StreamScoreOptions &options, std::ostream &out, const BadRowFn &badRow,
                 const CancelFlag *cancel)
        : model_(model), options_(options), out_(out), badRow_(badRow), cancel_(cancel),
          threads_(options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))),
          fileTag_(csvField(options.fileTag))
    {
        for (const SavedDetector &d : model.detectors)
            summary_.flagged.emplace_back(d.spec.name, 0);
    }

    // Reads the layout from the first chunk.
    void start(std::string_view text, char delimiter, const std::string &file)
    {
        layout_ = readLayout(text, delimiter, options_, file);
        skipHeader_ = layout_->header;
        encoder_.emplace(model_.preprocessor, layout_->names, file);
        for (const SavedDetector &d : model_.detectors)
            if (d.model->featureCount() != encoder_->width())
                throw InputError(file, 0, 0, "The model file is inconsistent: detector \"" + d.spec.name + "\" reads " +
                                                 std::to_string(d.model->featureCount()) + " features, its preprocessing makes " +
                                                 std::to_string(encoder_->width()) + ".");
        if (!options_.writeHeader)
            return;
        std::string header = options_.fileTag.empty() ? "line" : "file,line";
        for (const SavedDetector &d : model_.detectors)
            header += ',' + csvField(d.spec.name + "_score") + ',' + csvField(d.spec.name + "_prediction");
        for (const std::size_t c : layout_->keep)
            header += ',' + csvField(layout_->names[c]);
        out_ << header << '\n';
    }

    void chunk(const TextChunk &chunk, const std::string &file)
    {
        const std::string_view text(chunk.text);
        const RecordIndex records = indexChunk(chunk, layout_->delimiter, file);
        const std::size_t first = skipHeader_ && records.size() > 0 ? 1 : 0;
        skipHeader_ = skipHeader_ && records.size() == 0;
        for (std::size_t begin = first; begin < records.size(); begin += kStreamBatchRows)
            batch(text, records, chunk.firstLine, begin, std::min(records.size(), begin + kStreamBatchRows), file);
    }

    StreamScoreSummary summary() const { return summary_; }

private:
    void batch(std::string_view text, const RecordIndex &records, std::uint64_t firstLine, std::size_t begin,
               std::size_t end, const std::string &file)
    {
        throwIfCancelled(cancel_);
        const std::size_t n = end - begin;
        const auto lineOf = [&](std::size_t r) { return firstLine + records.line[r] - 1; };
        features_.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(encoder_->width()));
        std::vector<RowProblem> problems(n);
        std::vector<EncodeCounts> counts(static_cast<std::size_t>(threads_));
        parallelChunks(n, threads_, [&](int c, std::size_t from, std::size_t to) {
            FieldSplitter splitter;
            for (std::size_t i = from; i < to; ++i) {
                const std::string_view record = records.record(text, begin + i);
                switch (skippedRecord(record, layout_->headerLine, layout_->delimiter)) {
                case SkippedRecord::Empty: problems[i].kind = RowProblem::Kind::Empty; break;
                case SkippedRecord::Header: problems[i].kind = RowProblem::Kind::HeaderCopy; break;
                case SkippedRecord::None:
                    problems[i] = encoder_->encode(record, layout_->delimiter, layout_->point,
                                                   features_.row(static_cast<Eigen::Index>(i)).data(),
                                                   counts[static_cast<std::size_t>(c)], splitter);
                }
            }
        }, 1024);
        std::vector<std::uint32_t> good;
        good.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const RowProblem &p = problems[i];
            if (p.kind == RowProblem::Kind::None) {
                good.push_back(static_cast<std::uint32_t>(i));
                continue;
            }
            if (p.kind == RowProblem::Kind::Empty || p.kind == RowProblem::Kind::HeaderCopy) {
                ++(p.kind == RowProblem::Kind::Empty ? summary_.empty : summary_.headerCopies);
                continue;
            }
            const std::size_t column = p.kind == RowProblem::Kind::Ragged ? std::min(p.fields, encoder_->fields()) + 1 : p.column + 1;
            const InputError error(file, lineOf(begin + i), column, p.message(encoder_->fields(), layout_->names));
            if (!options_.skipBadRows)
                throw error;
            ++summary_.skipped;
            if (badRow_)
                badRow_(error);
        }
        for (std::size_t i = 0; i < good.size(); ++i)
            if (good[i] != i)
                features_.row(static_cast<Eigen::Index>(i)) = features_.row(static_cast<Eigen::Index>(good[i]));
        for (const EncodeCounts &c : counts)
            summary_.counts.add(c);
        summary_.rows += n;
        summary_.scored += good.size();
        write(text, records, firstLine, begin, good);
    }

    void write(std::string_view text, const RecordIndex &records, std::uint64_t firstLine, std::size_t begin,
               const std::vector<std::uint32_t> &good)
    {
        const ConstMatrixRef rows = features_.topRows(static_cast<Eigen::Index>(good.size()));
        std::vector<std::vector<float>> scores;
        for (std::size_t d = 0; d < model_.detectors.size(); ++d) {
            scores.push_back(model_.detectors[d].model->score(rows, threads_, {}, cancel_));
            const double threshold = model_.detectors[d].threshold;
            summary_.flagged[d].second += static_cast<std::uint64_t>(
                std::count_if(scores.back().begin(), scores.back().end(), [threshold](float s) { return s > threshold; }));
        }
        std::vector<std::string> parts(static_cast<std::size_t>(threads_));
        parallelChunks(good.size(), threads_, [&](int c, std::size_t from, std::size_t to) {
            std::string &part = parts[static_cast<std::size_t>(c)];
            std::vector<std::string_view> cells;
            std::string scratch;
            for (std::size_t i = from; i < to; ++i) {
                const std::size_t record = begin + good[i];
                if (!options_.fileTag.empty())
                    part.append(fileTag_).append(",");
                appendNumber(part, firstLine + records.line[record] - 1);
                for (std::size_t d = 0; d < scores.size(); ++d) {
                    part += ',';
                    appendNumber(part, scores[d][i]);
                    part += scores[d][i] > model_.detectors[d].threshold ? ",1" : ",0";
                }
                if (!layout_->keep.empty()) {
                    splitRecord(records.record(text, record), layout_->delimiter, cells, scratch);
                    for (const std::size_t k : layout_->keep)
                        part.append(",").append(csvField(std::string(cells[k])));
                }
                part += '\n';
            }
        }, 1024);
        for (const std::string &part : parts)
            out_.write(part.data(), static_cast<std::streamsize>(part.size()));
        if (!out_)
            throw InputError("", 0, 0, "Writing the scores failed (disk full, or the reader of the output went away).");
    }

    const ModelFile &model_;
    const StreamScoreOptions &options_;
    std::ostream &out_;
    const BadRowFn &badRow_;
    const CancelFlag *cancel_;
    int threads_;
    std::string fileTag_;  // as a CSV field
    std::optional<Layout> layout_;
    std::optional<RowEncoder> encoder_;
    bool skipHeader_ = false;
    Matrix features_;
    StreamScoreSummary summary_;
};

} // namespace

StreamScoreSummary scoreStream(const ModelFile &model, const StreamScoreOptions &options, std::ostream &out,
                               const BadRowFn &badRow, const ProgressFn &progress, const CancelFlag *cancel)
{
    const auto started = std::chrono::steady_clock::now();
    ChunkReader reader(options.input, options.read.delimiter, options.chunkBytes);
    StreamScorer scorer(model, options, out, badRow, cancel);
    TextChunk current, following;
    if (!reader.next(current))
        throw InputError(reader.name(), 0, 0, "The file is empty.");
    scorer.start(current.text, reader.delimiter(), reader.name());
    for (;;) {
        // The next chunk is read and inflated while this one is scored.
        auto next = std::async(std::launch::async, [&] { return reader.next(following); });
        scorer.chunk(current, reader.name());
        const bool more = next.get();
        report(progress, {ProgressEvent::Stage::Reading, reader.bytesRead(), reader.inputSize()});
        if (!more)
            break;
        std::swap(current, following);
    }
    // A header and no rows (an empty partition or hour) scores as no rows: the output is its header.
    StreamScoreSummary summary = scorer.summary();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

} // namespace awb
