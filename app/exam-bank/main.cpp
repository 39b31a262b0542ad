// exam-bank: the author's tool. Builds encrypted, signed bank files from authoring sources, makes
// keys, and shows or verifies what a bank file holds. The format is itembanks/FORMAT.md.

#include "commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate("exam-bank",
        "Usage: exam-bank <command> [options]\n"
        "\n"
        "Commands:\n"
        "  keygen publisher|center -o NAME   make a key pair: NAME.key (secret, 0600) and NAME.pub\n"
        "  build SOURCE -o FILE ...          build a bank file from an authoring source folder\n"
        "  inspect FILE [--json]             show a bank's header; no key needed, nothing verified\n"
        "  verify FILE --trust PUB ...       check the signature; with a key or code, decrypt and check all\n"
        "  review SOURCE|FILE ...            print every item as text for a subject-matter review\n"
        "  import-qti PACKAGE -o FOLDER      an IMS QTI 2.1/2.2 content package into an authoring source\n"
        "\n"
        "Run exam-bank <command> --help for a command's options.\n"
        "\n"
        "Exit status: 0 done; 1 the bank failed a check; 2 the source has problems;\n"
        "64 wrong arguments; 66 an input is missing, unreadable or of the wrong kind; 70 internal failure;\n"
        "73 the output cannot be written.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exam-bank"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        std::fputs(qPrintable(usage()), arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? exambank::Usage : exambank::Ok;
    }
    if (arguments.size() == 1 && arguments.first() == u"--version") {
        std::printf("exam-bank %s\n", PROJECT_VERSION);
        return exambank::Ok;
    }
    const QString command = arguments.takeFirst();
    if (command == u"keygen")
        return exambank::keygen(arguments);
    if (command == u"build")
        return exambank::build(arguments);
    if (command == u"inspect")
        return exambank::inspect(arguments);
    if (command == u"verify")
        return exambank::verify(arguments);
    if (command == u"review")
        return exambank::review(arguments);
    if (command == u"import-qti")
        return exambank::importQti(arguments);
    std::fprintf(stderr, "%s\n\n%s",
                 qPrintable(QCoreApplication::translate("exam-bank", "exam-bank: unknown command “%1”.").arg(command)),
                 qPrintable(usage()));
    return exambank::Usage;
}
