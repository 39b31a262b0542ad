#include "panelchord.h"

#include "stationsettings.h"

#include <QRegularExpression>

namespace exam {

Result<QString> PanelChord::normalize(const QString& text)
{
    static const QStringList order{QStringLiteral("Ctrl"), QStringLiteral("Alt"), QStringLiteral("Shift"),
                                   QStringLiteral("Meta")};
    static const QRegularExpression keyPattern(QStringLiteral("^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4]))$"));
    const auto refuse = [&text] {
        return fail(ErrorCode::InvalidArgument,
                    tr("“%1” is not a chord the kiosk accepts: give one key (a letter, a digit or F1–F24) with at "
                       "least two of Ctrl, Alt, Shift, Meta, one of them Ctrl, Alt or Meta, e.g. Ctrl+Alt+Shift+K.")
                        .arg(text.left(60)));
    };
    const QStringList parts = text.trimmed().split(u'+', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return refuse();
    QList<bool> present(order.size(), false);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const qsizetype at = std::find_if(order.begin(), order.end(),
                                          [&](const QString& m) { return m.compare(part, Qt::CaseInsensitive) == 0; })
                             - order.begin();
        if (at >= order.size() || present[at])
            return refuse();
        present[at] = true;
    }
    const QString key = parts.last().trimmed().toUpper();
    if (!keyPattern.match(key).hasMatch() || !(present[0] || present[1] || present[3]))
        return refuse();
    // Chords the kiosk never receives: Alt+F4 is swallowed by the kiosk guard, and Ctrl+Alt+F1–F12
    // switch the virtual console before any application sees them.
    const int function = key.startsWith(u'F') && key.size() > 1 ? key.mid(1).toInt() : 0;
    if ((present[1] && function == 4) || (present[0] && present[1] && function >= 1 && function <= 12))
        return fail(ErrorCode::InvalidArgument,
                    tr("“%1” never reaches the kiosk (Alt+F4 is blocked in kiosk mode; Ctrl+Alt+F1 to F12 switch the "
                       "console). Choose another, e.g. Ctrl+Alt+Shift+K.")
                        .arg(text.left(60)));
    QStringList canonical;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (present[i])
            canonical.append(order[i]);
    canonical.append(key);
    return canonical.join(u'+');
}

Result<QString> PanelChord::load(storage::Database& database)
{
    auto stored = StationSettings(database).value(StationSetting::PanelChord);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->value_or(defaultChord());
}

Result<void> PanelChord::save(storage::Database& database, const QString& text)
{
    auto chord = normalize(text);
    if (!chord)
        return std::unexpected(chord.error());
    return StationSettings(database).setValue(StationSetting::PanelChord, *chord);
}

} // namespace exam
