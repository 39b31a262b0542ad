#include "screenreaderinstall.h"

#include <QDir>
#include <QStandardPaths>

namespace exam {

QStringList ScreenReaderInstall::voiceModules()
{
    // Debian installs them here (speech-dispatcher's modulebindir); "sd_espeak-ng", "sd_flite"...
    QStringList modules;
    const QDir folder(QStringLiteral("/usr/lib/speech-dispatcher-modules"));
    for (const QString& file : folder.entryList({QStringLiteral("sd_*")}, QDir::Files | QDir::Executable)) {
        const QString name = file.mid(3);
        if (name != QLatin1String("dummy") && name != QLatin1String("generic"))
            modules.append(name);
    }
    return modules;
}

QString ScreenReaderInstall::missing()
{
    QStringList packages;
    if (QStandardPaths::findExecutable(QStringLiteral("orca")).isEmpty())
        packages << QStringLiteral("orca");
    if (QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty())
        packages << QStringLiteral("speech-dispatcher");
    if (voiceModules().isEmpty())
        packages << QStringLiteral("speech-dispatcher-espeak-ng");
    if (packages.isEmpty())
        return {};
    return tr("The screen reader cannot be started on this station: install %1 (packaging/debian-packages.txt).")
        .arg(packages.join(QStringLiteral(", ")));
}

} // namespace exam
