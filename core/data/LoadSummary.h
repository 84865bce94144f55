// What a load tells the analyst beyond its matrix: the summary's counts of rows, anomalies and
// features, and its notes (a sentence each) on what the reader decided or skipped.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/EncodingPasses.h"

namespace awb {

// Copies of the header line skipped in `file` (by a pass, `dropped`: they count as dropped rows;
// by a sample, they are left out before it).
std::string headerCopiesNote(const std::string &file, std::uint64_t copies, std::uint64_t firstLine, bool dropped);

// Rows of empty cells alone skipped (`dropped` as for headerCopiesNote).
std::string emptyRowsNote(std::uint64_t rows, bool dropped);

// A file whose text is not UTF-8.
std::string windows1252Note(const std::string &file);

// The first passes' missing and non-finite cells per source column, and notes on the records the
// passes skipped.
CellCounts countCells(const std::vector<FirstPass> &firstPass, const std::vector<SourceFile> &files, std::size_t columns,
                      DatasetSummary &summary);

// The summary's totals of missing and non-finite cells (the second pass's numbers beyond float
// range among them), and a note naming their columns (`names`), most first.
void countMissingCells(const CellCounts &cells, const std::vector<std::string> &names, DatasetSummary &summary);

// The summary's notes on the columns the reader proposed roles for and on log1p, and its counts
// of rows, anomalies and features.
void countInto(DatasetSummary &summary, const Dataset &data, const Schema &schema);

} // namespace awb
