#pragma once

// The logging rule, enforced by types: item content, keys, PINs, release codes and answers are held in
// Sensitive<T> (or crypto::SecretBytes) from the moment they enter core. Neither converts implicitly
// to anything printable, and streaming either into QDebug prints a placeholder, so no qDebug(),
// qWarning() or log line can carry them by accident. Reading the value takes an explicit reveal(),
// easy to find in review.

#include <QDebug>

#include <utility>

namespace exam {

template<typename T>
class Sensitive
{
public:
    Sensitive() = default;
    explicit Sensitive(T value) : m_value(std::move(value)) { }

    const T& reveal() const { return m_value; }
    bool operator==(const Sensitive& other) const = default;

private:
    T m_value{};
};

template<typename T>
QDebug operator<<(QDebug debug, const Sensitive<T>&)
{
    QDebugStateSaver saver(debug);
    debug.noquote() << "<redacted>";
    return debug;
}

} // namespace exam
