#pragma once
// Constants of the bank file format, version 4 (versions 1 to 3 are still read). itembanks/FORMAT.md is
// the specification; keep the two in step (the format tests read these numbers back from real files).

#include <QByteArray>
#include <QString>

namespace exam::banks {

namespace format {

inline constexpr char Magic[] = "EXAMBANK"; // 8 bytes, no terminator in the file
inline constexpr qsizetype MagicSize = 8;
inline constexpr quint16 Version = 4;           // written
inline constexpr quint16 OldestReadVersion = 1; // read too: banks installed before version 4 keep opening
// Version 3's payload adds what pools need per item (status instead of "scored", key work activity,
// variant group, enemies, source, picture-measured) and the module's key work activities.
inline constexpr quint16 PoolsVersion = 3;
// Version 4's header may carry the programme's rules for the module (retake waits, prerequisites,
// credentials): public, signed, readable without a key. Its payload is version 3's.
inline constexpr quint16 RulesVersion = 4;
// Version 2's payload: a 4-byte big-endian length of the JSON, the JSON, then the media files' bytes
// one after another (version 1 carried them as base64 inside the JSON: a JSON pass and a base64
// decode over megabytes of pictures at every opening).
inline constexpr qsizetype PayloadJsonLengthSize = 4;

// Fixed parts around the variable header and ciphertext:
// magic(8) version(2) headerLength(4) header(H) ciphertextLength(8) ciphertext(C) signature(64)
inline constexpr qsizetype PrefixSize = MagicSize + 2 + 4;
inline constexpr qsizetype CiphertextLengthSize = 8;
inline constexpr qsizetype SignatureSize = 64;
inline constexpr qsizetype TagSize = 16;
inline constexpr qsizetype NonceSize = 12;
inline constexpr qsizetype ContentKeySize = 32;

// Limits a reader enforces before doing work proportional to them.
inline constexpr qsizetype MinHeaderSize = 2;
inline constexpr qsizetype MaxHeaderSize = 64 * 1024;
inline constexpr qsizetype MaxPayloadSize = 48 * 1024 * 1024;
inline constexpr qsizetype MaxFileSize =
    PrefixSize + MaxHeaderSize + CiphertextLengthSize + MaxPayloadSize + TagSize + SignatureSize;
inline constexpr qsizetype MinFileSize = PrefixSize + MinHeaderSize + CiphertextLengthSize + TagSize + SignatureSize;
inline constexpr int MaxSlots = 64;
inline constexpr int MaxItems = 2000;
inline constexpr int MaxDomains = 32;
inline constexpr int MaxActivities = 64;
inline constexpr int MaxEnemies = 32;
inline constexpr int MaxMediaFiles = 512;
inline constexpr qsizetype MaxMediaFileSize = 4 * 1024 * 1024;
inline constexpr int MinOptions = 3;
inline constexpr int MaxOptions = 5;
inline constexpr int MaxBankVersion = 1'000'000'000;
inline constexpr qsizetype MaxNameLength = 200; // titles, publisher name, domain titles

// AEAD associated data of a key slot: binds a wrapped key to its bank and version.
QByteArray slotAssociatedData(const QString& bankId, int bankVersion);

} // namespace format

} // namespace exam::banks
