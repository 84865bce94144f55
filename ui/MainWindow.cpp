// MainWindow: docks, actions, settings and the wiring between tasks and views.
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include "dialogs/ImportDialog.h"
#include "panels/AutoencoderPanel.h"
#include "panels/IsolationForestPanel.h"
#include "results/ResultsPanel.h"
#include "views/DatasetSummaryView.h"
#include "views/LossCurvePlot.h"
#include "workers/BackgroundTask.h"

namespace {

constexpr int kMaxRecentFiles = 8;

QString modelTitle(awb::ModelKind kind)
{
    return kind == awb::ModelKind::IsolationForest ? MainWindow::tr("Isolation Forest") : MainWindow::tr("Autoencoder");
}

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Anomaly Workbench"));
    setObjectName("mainWindow");
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    tabs_ = new QTabWidget;
    tabs_->setObjectName("resultsTabs");
    for (const auto kind : {awb::ModelKind::IsolationForest, awb::ModelKind::Autoencoder}) {
        auto *panel = new ResultsPanel;
        panel->setObjectName(kind == awb::ModelKind::IsolationForest ? "isolationForestResults" : "autoencoderResults");
        panels_[index(kind)] = panel;
        tabs_->addTab(panel, modelTitle(kind));
    }
    setCentralWidget(tabs_);

    createDocks();
    createActions();

    datasetLabel_ = new QLabel(tr("No dataset"));
    datasetLabel_->setObjectName("datasetLabel");
    progressLabel_ = new QLabel;
    progressLabel_->setObjectName("progressLabel");
    progressBar_ = new QProgressBar;
    progressBar_->setObjectName("progressBar");
    progressBar_->setRange(0, 1000);
    progressBar_->setMaximumWidth(220);
    cancelButton_ = new QToolButton;
    cancelButton_->setObjectName("cancelButton");
    cancelButton_->setDefaultAction(cancelAction_);
    statusBar()->addWidget(datasetLabel_);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(progressBar_);
    statusBar()->addPermanentWidget(cancelButton_);

    readSettings();
    updateProgress();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    summary_ = new DatasetSummaryView;
    auto *datasetDock = dock(tr("Dataset"), "datasetDock", scrollable(summary_), Qt::LeftDockWidgetArea);
    ifPanel_ = new IsolationForestPanel;
    auto *ifDock = dock(tr("Isolation Forest"), "isolationForestDock", scrollable(ifPanel_), Qt::LeftDockWidgetArea);
    aePanel_ = new AutoencoderPanel;
    auto *aeDock = dock(tr("Autoencoder"), "autoencoderDock", scrollable(aePanel_), Qt::LeftDockWidgetArea);
    lossCurve_ = new LossCurvePlot;
    auto *lossDock = dock(tr("Training loss"), "lossDock", lossCurve_, Qt::LeftDockWidgetArea);
    tabifyDockWidget(ifDock, aeDock);
    ifDock->raise();
    resizeDocks({datasetDock, ifDock, lossDock}, {220, 420, 200}, Qt::Vertical);
    resizeDocks({datasetDock}, {430}, Qt::Horizontal);

    connect(ifPanel_, &IsolationForestPanel::trainRequested, this, [this] { train({awb::ModelKind::IsolationForest}); });
    connect(aePanel_, &AutoencoderPanel::trainRequested, this, [this] { train({awb::ModelKind::Autoencoder}); });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dataset..."), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a CSV or TSV file, optionally gzipped"));
    QAction *demo = file->addAction(tr("Open &Demo Dataset"), this, &MainWindow::openDemoDataset);
    demo->setToolTip(tr("Load the built-in generated network-flow dataset (20,000 labelled flows)"));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    trainAction_ = run->addAction(tr("&Train Both Models"), this, &MainWindow::trainAll);
    trainAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    trainAction_->setToolTip(tr("Train the Isolation Forest and the Autoencoder at the same time (Ctrl+R)"));
    run->addAction(tr("Train &Isolation Forest"), this, [this] { train({awb::ModelKind::IsolationForest}); });
    run->addAction(tr("Train &Autoencoder"), this, [this] { train({awb::ModelKind::Autoencoder}); });
    cancelAction_ = run->addAction(tr("&Cancel"), this, &MainWindow::cancelAll);
    cancelAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction_->setToolTip(tr("Stop loading or training (Esc)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolBar");
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(open);
    toolbar->addAction(demo);
    toolbar->addSeparator();
    toolbar->addAction(trainAction_);
    toolbar->addAction(cancelAction_);
}

bool MainWindow::isBusy() const
{
    return (loadTask_ && loadTask_->isRunning()) || (trainTasks_[0] && trainTasks_[0]->isRunning()) ||
           (trainTasks_[1] && trainTasks_[1]->isRunning());
}

void MainWindow::openFileDialog()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Dataset"), settings.value("lastDirectory").toString(),
                                                      tr("Data files (*.csv *.tsv *.txt *.gz);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void MainWindow::openFile(const QString &file)
{
    ImportDialog dialog(file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue("lastDirectory", QFileInfo(file).absolutePath());
    addRecentFile(file);
    loadDataset(dialog.options());
}

void MainWindow::openDemoDataset()
{
    awb::PipelineConfig config;
    config.useDemo = true;
    datasetName_ = tr("demo dataset");
    startLoad(tr("Loading the demo dataset"), [config](const awb::ProgressFn &progress, const awb::CancelFlag *cancel) {
        return awb::prepareData(config, progress, cancel);
    });
}

void MainWindow::loadDataset(const awb::LoadOptions &options)
{
    datasetName_ = QFileInfo(QString::fromStdString(options.trainFile)).fileName();
    startLoad(tr("Loading %1").arg(datasetName_), [options](const awb::ProgressFn &progress, const awb::CancelFlag *cancel) {
        return awb::loadDataset(options, progress, cancel);
    });
}

void MainWindow::startLoad(const QString &title,
                           std::function<awb::Dataset(const awb::ProgressFn &, const awb::CancelFlag *)> load)
{
    if (loadTask_ && loadTask_->isRunning())
        return;
    auto result = std::make_shared<std::shared_ptr<awb::Dataset>>();
    auto *task = new BackgroundTask(title, [load, result](const awb::ProgressFn &progress, const awb::CancelFlag *cancel) {
        *result = std::make_shared<awb::Dataset>(load(progress, cancel));
    }, this);
    loadTask_ = task;
    connect(task, &BackgroundTask::succeeded, this, [this, result] {
        cancelAll();  // results of the previous dataset are no longer comparable
        dataset_ = std::move(*result);
        summary_->showSummary(dataset_->summary);
        for (ResultsPanel *panel : panels_)
            panel->clear();
        lossCurve_->clearCurves();
        const auto &s = dataset_->summary;
        datasetLabel_->setText(tr("%1: %2 train + %3 test rows, %4 features")
                                   .arg(datasetName_, QLocale().toString(qulonglong(s.trainRows)),
                                        QLocale().toString(qulonglong(s.testRows)))
                                   .arg(s.numericFeatures + s.categoricalFeatures));
        emit datasetLoaded();
    });
    connect(task, &BackgroundTask::failed, this, [this](const QString &message) {
        showError(tr("The dataset could not be loaded"), message);
        emit loadFailed(message);
    });
    trackTask(task);
}

void MainWindow::trainAll()
{
    train({awb::ModelKind::IsolationForest, awb::ModelKind::Autoencoder});
}

void MainWindow::train(const std::vector<awb::ModelKind> &kinds)
{
    if (!dataset_) {
        showError(tr("Nothing to train on"), tr("Open a dataset first (File > Open Dataset, or the demo dataset)."));
        return;
    }
    if (!aePanel_->layersValid()) {
        showError(tr("Invalid autoencoder layers"), tr("Enter the encoder layer widths as whole numbers, e.g. 32, 16, 8."));
        return;
    }
    awb::PipelineConfig config;
    config.isolationForest = ifPanel_->params();
    config.autoencoder = aePanel_->params();
    for (const awb::ModelKind kind : kinds) {
        BackgroundTask *&slot = trainTasks_[index(kind)];
        if (slot && slot->isRunning())
            continue;
        if (kind == awb::ModelKind::Autoencoder)
            lossCurve_->clearCurves();
        auto run = std::make_shared<awb::ModelRun>();
        auto prepared = std::make_shared<std::shared_ptr<const PreparedResult>>();
        const auto data = dataset_;
        auto *task = new BackgroundTask(modelTitle(kind), [data, kind, config, run, prepared](
                                                              const awb::ProgressFn &progress, const awb::CancelFlag *cancel) {
            *run = awb::trainModel(*data, kind, config, progress, cancel);
            if (!run->history.cancelled)
                *prepared = prepareResult(*data, *run);  // the sorting the views need, off the GUI thread
        }, this);
        slot = task;
        connect(task, &BackgroundTask::epochsFinished, lossCurve_, &LossCurvePlot::addEpochs);
        connect(task, &BackgroundTask::succeeded, this, [this, kind, run, data, prepared] {
            panels_[index(kind)]->setResult(data, run, *prepared);
            tabs_->setCurrentWidget(panels_[index(kind)]);
            emit trainingFinished(kind);
        });
        connect(task, &BackgroundTask::cancelled, this, [this, kind] {
            statusBar()->showMessage(tr("%1: training cancelled; the previous results are unchanged.").arg(modelTitle(kind)), 5000);
            emit trainingCancelled(kind);
        });
        connect(task, &BackgroundTask::failed, this, [this, kind](const QString &message) {
            showError(tr("%1 training failed").arg(modelTitle(kind)), message);
            emit trainingFailed(kind, message);
        });
        trackTask(task);
    }
}

void MainWindow::cancelAll()
{
    for (BackgroundTask *task : {loadTask_, trainTasks_[0], trainTasks_[1]})
        if (task && task->isRunning())
            task->cancel();
}

void MainWindow::trackTask(BackgroundTask *task)
{
    connect(task, &BackgroundTask::progressed, this, &MainWindow::updateProgress);
    for (auto signal : {&BackgroundTask::succeeded, &BackgroundTask::cancelled})
        connect(task, signal, this, [this, task] {
            updateProgress();
            updateActions();
            task->deleteLater();
        });
    connect(task, &BackgroundTask::failed, this, [this, task] {
        updateProgress();
        updateActions();
        task->deleteLater();
    });
    connect(task, &QObject::destroyed, this, [this, task] {
        if (loadTask_ == task)
            loadTask_ = nullptr;
        for (BackgroundTask *&slot : trainTasks_)
            if (slot == task)
                slot = nullptr;
    });
    task->start();
    updateProgress();
    updateActions();
}

void MainWindow::updateProgress()
{
    QStringList texts;
    double fraction = 0.0;
    int running = 0;
    for (BackgroundTask *task : {loadTask_, trainTasks_[0], trainTasks_[1]}) {
        if (!task || !task->isRunning())
            continue;
        texts << task->progressText();
        fraction += task->fraction();
        ++running;
    }
    progressBar_->setVisible(running > 0);
    cancelButton_->setVisible(running > 0);
    progressLabel_->setText(texts.join(QStringLiteral("  |  ")));
    progressBar_->setValue(running ? static_cast<int>(1000.0 * fraction / running) : 0);
}

void MainWindow::updateActions()
{
    trainAction_->setEnabled(dataset_ != nullptr);
    cancelAction_->setEnabled(isBusy());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Non-blocking, so background work and tests keep running while the message is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName("errorMessage");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::addRecentFile(const QString &file)
{
    QSettings settings;
    QStringList files = settings.value("recentFiles").toStringList();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue("recentFiles", files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = QSettings().value("recentFiles").toStringList();
    for (const QString &file : files)
        recentMenu_->addAction(QFileInfo(file).fileName(), this, [this, file] { openFile(file); })->setToolTip(file);
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        resize(1600, 1000);
    restoreState(settings.value("window/state").toByteArray());
    ifPanel_->restoreSettings(settings);
    aePanel_->restoreSettings(settings);
    rebuildRecentMenu();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    ifPanel_->saveSettings(settings);
    aePanel_->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelAll();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = event->mimeData()->urls().front().toLocalFile();
    event->acceptProposedAction();
    QMetaObject::invokeMethod(this, [this, file] { openFile(file); }, Qt::QueuedConnection);
}
