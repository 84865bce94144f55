// A fingerprint of a run's input in three parts, "TRAIN-TEST-OPTIONS": XXH3 over the bytes of the
// training file and of the test file (as stored, gzip or not; zeros when there is none) and over
// the load options without the file paths (a copied or moved file still matches). Two runs with
// the same fingerprint read the same data the same way; the parts say what changed when not.
#pragma once

#include <string>
#include <vector>

#include "common/Progress.h"
#include "pipeline/RunSpec.h"

namespace awb {

// `trainFile` is the file actually read (the demo data's generated file for a demo spec).
// Throws Cancelled when the flag is set.
std::string inputFingerprint(const DataSpec &data, const std::string &trainFile, const CancelFlag *cancel = nullptr);

// What differs between two fingerprints: "the training file's contents", "the test file's
// contents", "the load options"; empty when they are equal.
std::vector<std::string> fingerprintDifferences(const std::string &stored, const std::string &current);

} // namespace awb
