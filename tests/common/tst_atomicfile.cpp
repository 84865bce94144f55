// The one way files are written: a complete new file replaces the old one, and a failed write
// (folder missing, folder read-only, the writer throwing half-way) leaves the old file as it was,
// no temporary file behind, and an error naming the path; pipes and devices are written into.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/AtomicFile.h"
#include "common/InputError.h"

namespace {

std::string read(const QString &path)
{
    std::ifstream in(path.toStdString());
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

class tst_AtomicFile : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void replacesTheWholeFile()
    {
        const QString path = dir.filePath("out.txt");
        awb::writeFileAtomically(path.toStdString(), [](std::ostream &out) { out << "first\n"; });
        awb::writeFileAtomically(path.toStdString(), [](std::ostream &out) { out << "second\n"; });
        QCOMPARE(read(path), std::string("second\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aFailedWriteChangesNothing()
    {
        const QString path = dir.filePath("keep.txt");
        awb::writeFileAtomically(path.toStdString(), [](std::ostream &out) { out << "old\n"; });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, awb::writeFileAtomically(path.toStdString(), [](std::ostream &out) {
            out << "half";
            throw std::runtime_error("interrupted");
        }));
        QCOMPARE(read(path), std::string("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter("keep").size(), 1);
        // The writer's own error (a full disk, say) is told with the file's name.
        try {
            awb::writeFileAtomically(path.toStdString(), [](std::ostream &) { throw awb::InputError("", 0, 0, "Writing failed."); });
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.file(), path.toStdString());
            QCOMPARE(e.message(), std::string("Writing failed."));
        }
        QCOMPARE(read(path), std::string("old\n"));
    }

    void severalFilesAreCommittedTogetherOrNotAtAll()
    {
        const QString a = dir.filePath("a.csv"), b = dir.filePath("b.json");
        {
            awb::AtomicFiles files;
            files.write(a.toStdString(), [](std::ostream &out) { out << "a"; });
            files.write(b.toStdString(), [](std::ostream &out) { out << "b"; });
            QVERIFY(!QFile::exists(a) && !QFile::exists(b));  // nothing in place before commit()
        }  // never committed: cancelled, say
        QVERIFY(!QFile::exists(a) && !QFile::exists(b));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QRegularExpression("^\\.(a|b)")).size(), 0);
        awb::AtomicFiles files;
        files.write(a.toStdString(), [](std::ostream &out) { out << "a"; });
        QVERIFY_THROWS_EXCEPTION(awb::InputError, files.write(b.toStdString(), [](std::ostream &) {
            throw awb::InputError("", 0, 0, "the writer failed");
        }));
        files.commit();
        QCOMPARE(read(a), std::string("a"));
        QVERIFY(!QFile::exists(b));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QRegularExpression("^\\.")).size(), 0);
    }

    // A pipe (or device) is written into, not replaced: what the reader at the other end gets is
    // the file, and the pipe is still one afterwards. A link to a file stays a link to the new file.
    void specialFilesAndLinksStayWhatTheyAre()
    {
        const QString fifo = dir.filePath("pipe");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0644), 0);
        QFile::link(fifo, dir.filePath("to-pipe"));
        for (const QString &path : {fifo, dir.filePath("to-pipe")}) {
            std::string received;
            std::thread reader([&] { received = read(fifo); });
            awb::writeFileAtomically(path.toStdString(), [](std::ostream &out) { out << "scores\n"; });
            struct stat st{};
            if (::stat(fifo.toLocal8Bit().constData(), &st) != 0 || !S_ISFIFO(st.st_mode))
                qFatal("the pipe was replaced by a file, and its reader waits for ever");
            reader.join();
            QCOMPARE(received, std::string("scores\n"));
        }
        QVERIFY(QFileInfo(dir.filePath("to-pipe")).isSymLink());

        const QString file = dir.filePath("real.csv"), link = dir.filePath("link.csv");
        awb::writeFileAtomically(file.toStdString(), [](std::ostream &out) { out << "old\n"; });
        QVERIFY(QFile::link(file, link));
        awb::writeFileAtomically(link.toStdString(), [](std::ostream &out) { out << "new\n"; });
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(read(file), std::string("new\n"));

        try {
            awb::writeFileAtomically(dir.path().toStdString(), [](std::ostream &out) { out << "x"; });
            QFAIL("a folder was written over");
        } catch (const awb::InputError &e) {
            QVERIFY2(std::string(e.what()).find("it is a folder") != std::string::npos, e.what());
        }
    }

    // A file behind a descriptor (/dev/fd/N, as /dev/stdout is for a shell's > or >>) keeps what was
    // written to it before; a regular file that merely lives under /dev is replaced as any other.
    void descriptorsAreAppendedTo()
    {
        const QString file = dir.filePath("redirected.txt");
        for (const int flags : {O_WRONLY | O_CREAT | O_TRUNC, O_WRONLY | O_APPEND}) {
            const int fd = ::open(file.toLocal8Bit().constData(), flags, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, "report\n", 7), ssize_t{7});
            awb::writeFileAtomically("/dev/fd/" + std::to_string(fd), [](std::ostream &out) { out << "metrics\n"; });
            ::close(fd);
        }
        QCOMPARE(read(file), std::string("report\nmetrics\nreport\nmetrics\n"));
        if (!QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            QSKIP("No /dev/shm to write a regular file under /dev.");
        const std::string shm = "/dev/shm/tst_atomicfile-" + std::to_string(::getpid());
        awb::writeFileAtomically(shm, [](std::ostream &out) { out << "first\n"; });
        awb::writeFileAtomically(shm, [](std::ostream &out) { out << "second\n"; });
        QCOMPARE(read(QString::fromStdString(shm)), std::string("second\n"));
        std::remove(shm.c_str());
    }

    // A pipe nobody reads: the write waits for a reader, and a cancellation ends the wait.
    void aPipeWithoutReaderCanBeCancelled()
    {
        const QString fifo = dir.filePath("unread");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0644), 0);
        awb::CancelFlag cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        awb::AtomicFiles files(&cancel);
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, files.write(fifo.toStdString(), [](std::ostream &out) { out << "x"; }));
        canceller.join();
    }

    void missingOrReadOnlyFolderNamesThePath()
    {
        const std::string missing = dir.filePath("no/such/folder/out.csv").toStdString();
        try {
            awb::writeFileAtomically(missing, [](std::ostream &out) { out << "x"; });
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.file(), missing);
        }
        if (::geteuid() == 0)
            QSKIP("Running as root: a read-only folder is still writable.");
        QDir(dir.path()).mkdir("locked");
        QFile::setPermissions(dir.filePath("locked"), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY_THROWS_EXCEPTION(awb::InputError, awb::writeFileAtomically(dir.filePath("locked/out.csv").toStdString(),
                                                                           [](std::ostream &out) { out << "x"; }));
    }
};

QTEST_APPLESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
