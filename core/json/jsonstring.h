#pragma once

#include <QByteArray>
#include <QStringView>

#include <algorithm>

namespace exam::json {

// Appends `text` as an RFC 8785 JSON string (quotes, the escapes the RFC prescribes, UTF-8) to `out`:
// a QByteArray, or the std::string the canonical writer fills (a record is hundreds of short keys:
// the few calls per string count).
template<typename Out>
void appendString(Out& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Nearly every string of a record is short printable ASCII with nothing to escape (keys, ids):
    // copied through a buffer on the stack and appended at once (a resize would fill first).
    if (char buffer[128]; text.size() <= qsizetype(sizeof buffer) - 2) {
        char* at = buffer;
        *at++ = '"';
        bool shortPlain = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
                shortPlain = false;
                break;
            }
            *at++ = char(u);
        }
        if (shortPlain) {
            *at++ = '"';
            out.append(buffer, decltype(out.size())(at - buffer));
            return;
        }
    }
    // Longer plain text (a title, a note): one resize, then the bytes written in place.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
    using Size = decltype(out.size());
    if (plain) {
        const Size start = out.size();
        out.resize(start + Size(text.size()) + 2);
        char* at = out.data() + start;
        *at++ = '"';
        for (const QChar c : text)
            *at++ = char(c.unicode());
        *at = '"';
        return;
    }
    out.push_back('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default:
            if (c < 0x20) {
                out.append("\\u00", 4);
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xf]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

} // namespace exam::json
