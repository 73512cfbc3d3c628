// Opens DIR/kiosk.db in a separate process (tst_database runs it as an unprivileged user, because root
// ignores file permissions) and prints the error code, or "ok".
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const auto mode = QByteArray(argv[2]) == "create" ? bianmin::Database::Mode::CreateIfMissing
                                                      : bianmin::Database::Mode::OpenExisting;
    auto db = bianmin::Database::open(bianmin::DataDir(QString::fromLocal8Bit(argv[1])), mode);
    if (!db) {
        std::printf("%s\n%s\n", qPrintable(db.error().code), qPrintable(db.error().message));
        return 1;
    }
    std::printf("ok\n");
    return 0;
}
