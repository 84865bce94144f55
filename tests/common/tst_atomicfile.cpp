// The one way files are written: a complete new file replaces the old one, and a failed write
// (folder missing, folder read-only, the writer throwing half-way) leaves the old file as it was,
// no temporary file behind, and an error naming the path.
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>
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
