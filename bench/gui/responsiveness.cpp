// How responsive the window stays while a generated file (1,000,000 rows, or the count given as
// the first argument) loads and every detector trains at once: a 10 ms timer on the GUI thread
// records its worst lateness in each phase (load, training, recording the run and saving the
// state). Offscreen (QT_QPA_PLATFORM=offscreen), printing one line per phase, then the peak memory
// of the whole run against the encoded matrix plus the file. AWB_ONLY=ID[,ID...]
// trains only those detectors, to tell which one a stall comes from.
#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>
#include <filesystem>

#include <sys/resource.h>
#include <unistd.h>

#include "MainWindow.h"
#include "data/SyntheticTraffic.h"
#include "panels/DetectorPanel.h"
#include "panels/ParamEditor.h"

namespace {

// Tracks the largest gap between consecutive ticks of a 10 ms timer.
class LatencyProbe : public QObject {
public:
    LatencyProbe()
    {
        timer_.setInterval(10);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.nsecsElapsed();
            if (now - last_ > 100'000'000)
                std::printf("  a %.0f ms stall, ending %.2f s into the run\n", (now - last_) / 1e6, now / 1e9);
            worst_ = std::max(worst_, now - last_);
            last_ = now;
        });
        clock_.start();
        timer_.start();
    }
    double seconds() const { return clock_.nsecsElapsed() / 1e9; }
    double takeWorstMs()
    {
        const double worst = worst_ / 1e6;
        worst_ = 0;
        return worst;
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, worst_ = 0;
};

// The process's resident memory now, from /proc/self/statm.
double residentMb()
{
    std::FILE *statm = std::fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (statm) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchBench"));
    const std::size_t rows = argc > 1 ? std::stoull(argv[1]) : 1000000;
    const QString count = QLocale(QLocale::English).toString(qulonglong(rows));
    const std::string file =
        (std::filesystem::temp_directory_path() / ("awb-responsiveness-" + std::to_string(rows) + ".csv")).string();
    if (!std::filesystem::exists(file))
        awb::writeSyntheticTrafficFile(file, {rows, 42, 0.1});

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QSettings().clear();
    window.detectorPanel("autoencoder")->editor("epochs")->setValue(std::int64_t{3});
    LatencyProbe probe;
    QElapsedTimer phase;

    QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
    probe.takeWorstMs();
    phase.start();
    awb::DataSpec data;
    data.load.trainFile = file;
    window.loadData(data);
    if (!loaded.wait(300000))
        return 1;
    std::printf("load %s rows: %.2f s, worst event-loop delay %.1f ms, RSS %.0f MB\n", qPrintable(count),
                phase.elapsed() / 1000.0, probe.takeWorstMs(), residentMb());

    QSignalSpy finished(&window, &MainWindow::trainingFinished);
    QSignalSpy recorded(&window, &MainWindow::runRecorded);
    phase.restart();
    const QString only = qEnvironmentVariable("AWB_ONLY");
    std::vector<std::string> detectors = window.detectorIds();
    if (!only.isEmpty()) {
        detectors.clear();
        for (const QString &id : only.split(','))
            detectors.push_back(id.toStdString());
    }
    window.train(detectors);
    QObject::connect(&window, &MainWindow::trainingFinished, [&](const QString &id) {
        std::printf("  %s finished %.2f s into the run, RSS %.0f MB\n", qPrintable(id), probe.seconds(), residentMb());
    });
    const int expected = static_cast<int>(detectors.size());
    while (finished.count() < expected && phase.elapsed() < 600000)
        finished.wait(1000);
    const auto dataset = window.dataset();
    std::printf("train %d detectors at once (%s training rows, autoencoder 3 epochs): %.2f s, worst event-loop "
                "delay %.1f ms\n", expected, qPrintable(QLocale(QLocale::English).toString(qulonglong(dataset->trainRows))),
                phase.elapsed() / 1000.0, probe.takeWorstMs());
    // What follows a finished batch: the run is recorded in the history and the state saved for
    // recovery (both write every model); then ten seconds more for the save to end.
    phase.restart();
    if (recorded.count() == 0)
        recorded.wait(120000);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("record the run (%s) and save the state: %.2f s, worst event-loop delay %.1f ms, RSS %.0f MB\n",
                recorded.count() ? "recorded" : "NOT recorded", phase.elapsed() / 1000.0, probe.takeWorstMs(), residentMb());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peak = static_cast<double>(usage.ru_maxrss) / 1024.0;
    const double matrix = static_cast<double>(dataset->features.size()) * sizeof(float) / (1 << 20);
    const double fileMb = static_cast<double>(std::filesystem::file_size(file)) / (1 << 20);
    std::printf("peak RSS %.0f MB; encoded matrix %.0f MB + file %.0f MB = %.0f MB; peak / (matrix + file) = %.2f\n", peak,
                matrix, fileMb, matrix + fileMb, peak / (matrix + fileMb));
    return finished.count() == expected ? 0 : 1;
}
