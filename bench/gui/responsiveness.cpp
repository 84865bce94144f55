// How responsive the window stays while a generated 1,000,000-row file loads and every detector
// trains at once: a 10 ms timer on the GUI thread records its worst lateness in each phase.
// Offscreen (QT_QPA_PLATFORM=offscreen), printing one line per phase. AWB_ONLY=ID[,ID...] trains
// only those detectors, to tell which one a stall comes from.
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>
#include <filesystem>

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

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchBench"));
    const std::string file = (std::filesystem::temp_directory_path() / "awb-responsiveness-1m.csv").string();
    if (!std::filesystem::exists(file))
        awb::writeSyntheticTrafficFile(file, {1000000, 42, 0.1});

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
    std::printf("load 1,000,000 rows: %.2f s, worst event-loop delay %.1f ms\n", phase.elapsed() / 1000.0, probe.takeWorstMs());

    QSignalSpy finished(&window, &MainWindow::trainingFinished);
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
        std::printf("  %s finished %.2f s into the run\n", qPrintable(id), probe.seconds());
    });
    const int expected = static_cast<int>(detectors.size());
    while (finished.count() < expected && phase.elapsed() < 600000)
        finished.wait(1000);
    std::printf("train %d detectors at once (700,000 training rows, autoencoder 3 epochs): %.2f s, worst event-loop "
                "delay %.1f ms\n", expected, phase.elapsed() / 1000.0, probe.takeWorstMs());
    return finished.count() == expected ? 0 : 1;
}
