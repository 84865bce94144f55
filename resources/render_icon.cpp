// Build-time tool: renders the SVG icon to the PNG sizes the hicolor icon theme wants, for the package.
// usage: awb_render_icon ICON.svg OUT_DIR SIZE... writes OUT_DIR/SIZExSIZE.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);  // loads the SVG image-format plugin
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: awb_render_icon ICON.svg OUT_DIR SIZE...\n", stderr);
        return 2;
    }
    QDir().mkpath(args[2]);
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args[i].toInt();
        QImageReader reader(args[1]);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        const QString out = QStringLiteral("%1/%2x%2.png").arg(args[2]).arg(size);
        if (image.isNull() || !image.save(out)) {
            std::fprintf(stderr, "awb_render_icon: %s: %s\n", qPrintable(out), qPrintable(reader.errorString()));
            return 1;
        }
    }
    return 0;
}
