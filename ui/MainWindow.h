// The workbench window: composes the dataset summary, one settings panel and one results tab per
// registered detector (tabs follow each other), the live loss curve, and runs loading and training
// as BackgroundTasks through the core Pipeline. It owns no analysis logic and names no detector:
// the registry says which there are, the core does the work, the panels and views show it.
#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "history/Comparison.h"
#include "pipeline/Pipeline.h"
#include "preferences/Preferences.h"

namespace awb {
class RunHistory;
struct Session;
struct SessionHeader;
}
class BackgroundTask;
class ComparisonView;
class HistoryDock;
class DatasetSummaryView;
class DetectorPanel;
class LossCurvePlot;
struct PreparedResult;
class QLabel;
class QMessageBox;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QUndoGroup;
class ResultsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    std::shared_ptr<const awb::Dataset> dataset() const { return dataset_; }
    std::vector<std::string> detectorIds() const;
    ResultsPanel *resultsPanel(const std::string &detectorId) const;
    DetectorPanel *detectorPanel(const std::string &detectorId) const;
    QTabWidget *resultsTabs() const { return tabs_; }
    QTabWidget *settingsTabs() const { return settingsTabs_; }
    HistoryDock *historyDock() const { return historyDock_; }
    QString historyPath() const { return historyPath_; }
    LossCurvePlot *lossCurve() const { return lossCurve_; }
    bool isBusy() const;
    // Results that are neither in the run history nor in a saved session (Quit and opening other
    // data ask before they are discarded).
    bool hasUnsavedResults() const { return unsavedResults_; }
    QString sessionPath() const { return sessionPath_; }
    static QString autosavePath();  // written after each completed training, removed on a normal exit

public slots:
    void openFileDialog();
    // Through the import dialog, set as the file was last opened when it is a recent file.
    void openFile(const QString &file);
    void openPath(const QString &path);  // a session (.awbsession) or a dataset
    void openDemoDataset();
    // `fromImport`: the options came from the import dialog, which opens again with them when the
    // load fails (after the error is read), so that no choice made in it is lost.
    void loadData(const awb::DataSpec &data, bool fromImport = false);
    void train(const std::vector<std::string> &detectorIds);
    void trainAll();
    void cancelAll();
    void sweepDialog();
    void startSweep(const std::string &detectorId, const std::string &grid);
    ComparisonView *compare(const std::vector<awb::ComparedDetector> &detectors);
    ComparisonView *compareCurrentDetectors();
    void reopenRun(std::int64_t runId);
    void preferencesDialog();
    void applyPreferences(const Preferences &preferences);
    void saveSessionDialog();
    void saveSession(const QString &path);
    void openSessionDialog();
    void openSession(const QString &path);
    void offerRestore();  // after a crash: asks whether to open the autosaved state
    // Exports of what the window shows (File menu); the dialogs ask for the path, then call these.
    void exportReportDialog();
    void exportRowsDialog();
    void exportMetricsDialog();
    void exportOnnxDialog();
    void exportModelDialog();
    void exportReport(const QString &path);
    void exportRows(const QString &path);
    void exportMetrics(const QString &path);
    void exportOnnx(const QString &path);
    void exportModel(const QString &path);

signals:
    void datasetLoaded();
    void loadFailed(const QString &message);
    void trainingFinished(const QString &detectorId);
    void trainingCancelled(const QString &detectorId);
    void trainingFailed(const QString &detectorId, const QString &message);
    void runRecorded(std::int64_t runId);
    void sweepFinished(bool cancelled);
    void runReopened(std::int64_t runId);
    void exported(const QString &path);
    void sessionSaved(const QString &path);
    void sessionOpened(const QString &path);
    void sessionFailed(const QString &path, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Everything the window keeps per registered detector.
    struct DetectorSlot {
        const awb::Detector *detector = nullptr;
        DetectorPanel *settings = nullptr;
        ResultsPanel *results = nullptr;
        BackgroundTask *task = nullptr;
        std::vector<awb::ProgressEvent> liveEpochs;  // of the training under way
        awb::DetectorSpec recordedSpec;  // the settings as the last undo step left them
        bool undoing = false;            // an undo or redo is setting them
    };

    // The detectors trained by one Train action: recorded in the history as one run once the last
    // of them has finished (cancelled and failed ones are left out).
    struct TrainingBatch {
        awb::RunSpec spec;
        std::shared_ptr<const awb::Dataset> data;
        std::vector<std::shared_ptr<const awb::DetectorRun>> runs;  // the views' own, not copies
        int pending = 0;
    };

    static QString detectorTitle(const awb::Detector &detector);  // in the interface's language
    void createDocks();
    void createHistoryDock();
    void openHistory(const QString &path);
    void finishInBatch(const std::shared_ptr<TrainingBatch> &batch, std::shared_ptr<const awb::DetectorRun> run);
    void record(const std::shared_ptr<TrainingBatch> &batch);
    void adoptDataset(std::shared_ptr<const awb::Dataset> data, const awb::DataSpec &spec, const QString &name);
    void listRows(const std::vector<std::uint32_t> &testRows, const QString &group, const std::string &fingerprint);
    // The detectors' results as shown: each at the threshold on screen, evaluated there.
    std::vector<awb::DetectorRun> shownRuns() const;
    awb::RunSpec specOf(const std::vector<awb::DetectorRun> &runs) const;
    void startExport(const QString &path, std::function<void(std::ostream &)> write,
                     std::function<QString()> doneMessage = {});
    void createActions();
    DetectorSlot *slot(const std::string &detectorId);
    const DetectorSlot *slot(const std::string &detectorId) const;
    void startTraining(DetectorSlot &slot, bool showWhenDone, const std::shared_ptr<TrainingBatch> &batch);
    void showTrainingHistory(const DetectorSlot &slot);
    void markOutOfDate(DetectorSlot &slot);
    void recordSettings(DetectorSlot &slot);  // a settings edit as a step on the detector's undo stack
    std::vector<BackgroundTask *> tasks() const;
    void trackTask(BackgroundTask *task);
    void updateProgress();
    void updateActions();
    QMessageBox *showError(const QString &title, const QString &message);
    // The import dialog on `file`, set to `options` where given; loads what it is accepted with.
    void importFile(const QString &file, const std::optional<awb::LoadOptions> &options);
    void addRecentFile(const QString &file, const awb::LoadOptions &options);
    void addRecent(const QString &key, const QString &path);
    void rebuildRecentMenu();
    awb::SessionHeader sessionHeader() const;
    std::vector<awb::DetectorRun> trainedRuns() const;  // as trained, on the open dataset: results and models, no scores
    std::function<void()> sessionWriter(const QString &path) const;
    void applySession(const QString &path, const awb::Session &session, const awb::PipelineOutput &out,
                      const std::vector<std::shared_ptr<const PreparedResult>> &prepared);
    void askAboutChangedData(const QString &path, const std::vector<std::string> &changed,
                             std::function<void(bool retrain)> then);
    void autosave();
    void retrainSession(const awb::SessionHeader &header);
    bool confirmDiscard();
    void updateTitle();
    void readSettings();
    QSize windowSizeForScreen() const;  // 1600x1000, or less on a smaller screen
    void writeSettings() const;

    Preferences preferences_;
    std::shared_ptr<const awb::Dataset> dataset_;
    awb::DataSpec dataSpec_;
    QString datasetName_;
    std::vector<DetectorSlot> slots_;
    LossCurvePlot *lossCurve_ = nullptr;
    DatasetSummaryView *summary_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QTabWidget *settingsTabs_ = nullptr;
    BackgroundTask *loadTask_ = nullptr;
    std::vector<BackgroundTask *> otherTasks_;  // recording, exports, sweeps, reopening
    std::vector<BackgroundTask *> keepRunning_; // of those, the ones Cancel does not stop
    BackgroundTask *autosaveTask_ = nullptr;    // apart: no progress shown, never cancelled
    bool autosavePending_ = false;              // a newer state to write once it is done
    bool ownsAutosave_ = false;  // this window wrote, recovered or discarded the autosave: it removes it on Quit
    bool closing_ = false;       // closed normally: no more autosaves
    std::unique_ptr<awb::RunHistory> history_;
    QString historyPath_;
    HistoryDock *historyDock_ = nullptr;
    QUndoGroup *undoGroup_ = nullptr;  // each detector's stack; the current tab's is active
    QMenu *recentMenu_ = nullptr;
    QMenu *recentSessionsMenu_ = nullptr;
    QString sessionPath_;         // the session the window was saved to or opened from
    bool unsavedResults_ = false;
    QAction *trainAction_ = nullptr;
    std::vector<QAction *> trainOneActions_;
    QAction *cancelAction_ = nullptr;
    QLabel *datasetLabel_ = nullptr;
    QLabel *progressLabel_ = nullptr;
    QProgressBar *progressBar_ = nullptr;
    QToolButton *cancelButton_ = nullptr;
};
