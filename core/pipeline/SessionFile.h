// A saved workbench session (.awbsession): the data reference (spec, name and the fingerprint of the
// input the results were computed on), every detector's settings as set, the trained detectors with
// their preprocessing and the thresholds on screen (a model file inside), and the front end's view
// state, which the core keeps as an opaque JSON object.
//
// Layout: the tag "AWBSESSN", a format version, the JSON header, the model file (possibly empty),
// then an XXH3 checksum of everything before it. A truncated, altered, foreign or newer-version
// file is an InputError that says which, and nothing is returned from it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/Json.h"
#include "pipeline/ModelFile.h"

namespace awb {

struct SessionHeader {
    RunSpec spec;             // the data and every detector's settings as set in the window
    std::string datasetName;  // as the window shows it
    std::string fingerprint;  // of the input the trained detectors were evaluated on
    Json view = Json::object();
    bool operator==(const SessionHeader &) const = default;
};

struct Session {
    SessionHeader header;
    std::optional<ModelFile> models;  // none when nothing was trained
};

inline constexpr std::uint32_t kSessionVersion = 1;

// `runs` at the thresholds to keep; with no runs, `preprocessor` may be null.
void writeSession(std::ostream &out, const SessionHeader &header, const Preprocessor *preprocessor,
                  const std::vector<DetectorRun> &runs);
Session readSession(std::istream &in, const std::string &fileName);
void saveSession(const std::string &path, const SessionHeader &header, const Preprocessor *preprocessor,
                 const std::vector<DetectorRun> &runs);  // atomically
Session loadSession(const std::string &path);

} // namespace awb
