// The workbench window: composes the dataset summary, the hyperparameter panels, the live loss
// curve and one ResultsPanel per model, and runs loading and training as BackgroundTasks. It owns
// no analysis logic: the core does the work, the panels and views show it.
#pragma once

#include <QMainWindow>

#include <array>
#include <memory>

#include "pipeline/Pipeline.h"

class AutoencoderPanel;
class BackgroundTask;
class DatasetSummaryView;
class IsolationForestPanel;
class LossCurvePlot;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class ResultsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    std::shared_ptr<const awb::Dataset> dataset() const { return dataset_; }
    ResultsPanel *resultsPanel(awb::ModelKind kind) const { return panels_[index(kind)]; }
    IsolationForestPanel *isolationForestPanel() const { return ifPanel_; }
    AutoencoderPanel *autoencoderPanel() const { return aePanel_; }
    LossCurvePlot *lossCurve() const { return lossCurve_; }
    bool isBusy() const;

public slots:
    void openFileDialog();
    void openFile(const QString &file);  // through the import dialog
    void openDemoDataset();
    void loadDataset(const awb::LoadOptions &options);
    void train(const std::vector<awb::ModelKind> &kinds);
    void trainAll();
    void cancelAll();

signals:
    void datasetLoaded();
    void loadFailed(const QString &message);
    void trainingFinished(awb::ModelKind kind);
    void trainingCancelled(awb::ModelKind kind);
    void trainingFailed(awb::ModelKind kind, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static std::size_t index(awb::ModelKind kind) { return kind == awb::ModelKind::IsolationForest ? 0 : 1; }
    void createDocks();
    void createActions();
    void startLoad(const QString &title, std::function<awb::Dataset(const awb::ProgressFn &, const awb::CancelFlag *)> load);
    void trackTask(BackgroundTask *task);
    void updateProgress();
    void updateActions();
    void showError(const QString &title, const QString &message);
    void addRecentFile(const QString &file);
    void rebuildRecentMenu();
    void readSettings();
    void writeSettings() const;

    std::shared_ptr<const awb::Dataset> dataset_;
    QString datasetName_;
    IsolationForestPanel *ifPanel_ = nullptr;
    AutoencoderPanel *aePanel_ = nullptr;
    LossCurvePlot *lossCurve_ = nullptr;
    DatasetSummaryView *summary_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    std::array<ResultsPanel *, 2> panels_{};
    BackgroundTask *loadTask_ = nullptr;
    std::array<BackgroundTask *, 2> trainTasks_{};
    QMenu *recentMenu_ = nullptr;
    QAction *trainAction_ = nullptr;
    QAction *cancelAction_ = nullptr;
    QLabel *datasetLabel_ = nullptr;
    QLabel *progressLabel_ = nullptr;
    QProgressBar *progressBar_ = nullptr;
    QToolButton *cancelButton_ = nullptr;
};
