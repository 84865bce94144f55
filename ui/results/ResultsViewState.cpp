#include "ResultsViewState.h"

#include <QSplitter>
#include <QTabWidget>

#include "ResultsPanel.h"

namespace {

std::string encoded(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

QByteArray decoded(const awb::Json &text)
{
    return text.is_string() ? QByteArray::fromBase64(QByteArray::fromStdString(text.get<std::string>())) : QByteArray();
}

template <typename T>
T valueOr(const awb::Json &json, const char *key, T otherwise)
{
    const auto it = json.find(key);
    if (it == json.end())
        return otherwise;
    try {
        return it->get<T>();
    } catch (const awb::Json::exception &) {
        return otherwise;
    }
}

void restoreFilter(ResultSelection &selection, const awb::Json &filter)
{
    if (!filter.is_object())
        return;
    if (const auto cell = valueOr<std::vector<bool>>(filter, "cell", {}); cell.size() == 2)
        selection.setCellFilter({cell[0], cell[1]});
    else if (const auto range = valueOr<std::vector<double>>(filter, "score_range", {}); range.size() == 2)
        selection.setScoreRangeFilter(range[0], range[1]);
    if (const auto text = valueOr<std::string>(filter, "text", {}); !text.empty())
        selection.setTextFilter(QString::fromStdString(text));
}

} // namespace

awb::Json resultsViewState(const ResultsPanel &panel)
{
    const ResultSelection &selection = *panel.selection();
    awb::Json filter = awb::Json::object();
    const RowFilter &f = selection.filter();
    if (f.cell)
        filter["cell"] = {f.cell->actualAnomaly, f.cell->predictedAnomaly};
    if (f.scoreRange)
        filter["score_range"] = {f.scoreRange->first, f.scoreRange->second};
    if (!f.text.isEmpty())
        filter["text"] = f.text.toStdString();
    awb::Json splitters = awb::Json::array();
    for (const QSplitter *splitter : panel.findChildren<QSplitter *>())
        splitters.push_back(encoded(splitter->saveState()));
    awb::Json state{{"part", selection.part() == ResultPart::Train ? "train" : "test"},
                    {"filter", filter},
                    {"selected_rows", selection.selectedRows()},
                    {"splitters", splitters}};
    if (selection.currentRow())
        state["current_row"] = *selection.currentRow();
    if (const auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("tableTabs")))
        state["table_tab"] = tabs->currentIndex();
    return state;
}

void restoreResultsViewState(ResultsPanel &panel, const awb::Json &state)
{
    if (!state.is_object())
        return;
    const QList<QSplitter *> splitters = panel.findChildren<QSplitter *>();
    const awb::Json saved = state.value("splitters", awb::Json::array());
    for (qsizetype i = 0; i < splitters.size() && saved.is_array() && std::size_t(i) < saved.size(); ++i)
        splitters[i]->restoreState(decoded(saved[std::size_t(i)]));
    if (auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("tableTabs")))
        tabs->setCurrentIndex(valueOr<int>(state, "table_tab", 0));

    ResultSelection &selection = *panel.selection();
    if (!selection.hasResult())
        return;
    selection.setPart(valueOr<std::string>(state, "part", "test") == "train" ? ResultPart::Train : ResultPart::Test);
    restoreFilter(selection, state.value("filter", awb::Json::object()));
    std::vector<std::uint32_t> rows;
    for (const std::uint32_t row : valueOr<std::vector<std::uint32_t>>(state, "selected_rows", {}))
        if (row < selection.partRowCount())
            rows.push_back(row);
    std::optional<std::uint32_t> current;
    if (const auto row = valueOr<std::int64_t>(state, "current_row", -1); row >= 0 && std::size_t(row) < selection.partRowCount())
        current = static_cast<std::uint32_t>(row);
    selection.setSelectedRows(std::move(rows), current);
}
