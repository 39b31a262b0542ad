#pragma once
// Helpers the bank content's parser and its validation share (not part of the banks API).

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace exam::banks::detail {

// Patterns are compiled once: validation runs over thousands of items.
inline bool matches(const QString& pattern, const QString& text)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return it->match(text).hasMatch();
}

// The context lupdate gives tr() in this namespace's free functions, so their translations are found.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("exam::banks", text);
}

} // namespace exam::banks::detail
