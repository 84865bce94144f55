// What a session keeps of one results panel besides its result: the evaluated part, the row filter
// (a confusion-matrix cell or a score range, and the text), the selected rows, the table tab and
// every splitter. A comparison's row set is not kept: it belongs to a comparison window.
#pragma once

#include "common/Json.h"

class ResultsPanel;

awb::Json resultsViewState(const ResultsPanel &panel);
// Applies what it can: a part the result lacks or a row past its end is left out, never an error.
void restoreResultsViewState(ResultsPanel &panel, const awb::Json &state);
