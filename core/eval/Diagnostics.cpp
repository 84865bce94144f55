// The diagnostics' rules; see Diagnostics.h.
#include "eval/Diagnostics.h"

#include "eval/NumberText.h"

namespace awb {

std::vector<std::string> diagnose(const DiagnosticFacts &f)
{
    std::vector<std::string> warnings;
    const double attackShare = f.trainRows == 0 ? 0.0 : double(f.trainAttacks) / double(f.trainRows);
    const std::string majority = "attacks are " + percentText(attackShare, 0) + " of the training rows and " +
                                 f.detector + " was trained on all rows: train on normal rows";
    if (f.trainRocAuc && *f.trainRocAuc < 0.5) {
        std::string fix = f.trainedOnAllRows && attackShare > 0.5
                              ? majority
                              : f.trainedOnAllRows ? "it was trained on all rows, attacks included: train on normal rows"
                                                   : "its scores do not separate these attacks: try another detector, "
                                                     "or check the feature columns";
        warnings.push_back(f.detector + " ranks attacks below normal traffic on the training rows (ROC-AUC " +
                           fixedText(*f.trainRocAuc, 2) + "); " + fix + ".");
    } else if (f.trainedOnAllRows && attackShare > 0.5) {
        warnings.push_back("It learns attacks as normal: " + majority + ".");
    }
    if (f.checkedRows > 0) {
        const double flagged = double(f.flaggedRows) / double(f.checkedRows);
        const std::string where = f.checkedTestRows ? "test rows" : "training rows";
        const bool weighsRecall = f.thresholdPolicy == "f1" || f.thresholdPolicy.starts_with("recall:") ||
                                  f.thresholdPolicy.starts_with("cost:");
        // Without labels, or with normal ones alone where the alerts are counted, no attack count
        // says how many alerts may be right.
        const bool noAttacks = !f.labelled || f.checkedAttacks == 0;
        const std::string fix =
            noAttacks ? "choose contamination:C or budget:N/M for the share you expect"
            : weighsRecall && flagged > 0.95
                ? "this policy prefers flagging everything when the scores hardly separate attacks (" +
                      percentText(attackShare, 0) + " of the training rows) from normal traffic; bound the false "
                                                    "alarms with fpr:R or budget:N/M, or try another detector or scaling"
                : "choose the threshold by f1, fpr:R or recall:R";
        if (flagged < 0.001)
            warnings.push_back("The threshold (" + f.thresholdPolicy + ") flags almost nothing: " + percentText(flagged, 2) +
                               " of the " + where + "; " + fix + ".");
        else if (flagged > 0.95)
            warnings.push_back("The threshold (" + f.thresholdPolicy + ") flags almost everything: " +
                               percentText(flagged, 1) + " of the " + where + "; " + fix + ".");
        else if (noAttacks && flagged > 0.2 && !f.thresholdPolicy.starts_with("contamination:") &&
                 !f.thresholdPolicy.starts_with("budget:"))  // with labels or a share asked for, that many may be right
            warnings.push_back("The threshold (" + f.thresholdPolicy + ") flags " + percentText(flagged, 1) + " of the " +
                               where + ", more alerts than anyone reads; " + fix + ".");
    }
    return warnings;
}

} // namespace awb
