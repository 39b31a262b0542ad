#include "crypto/base64.h"
#include "testsupport.h"

#include <QRandomGenerator>

using exam::crypto::Base64;

TEST_CASE("Base64: canonical text decodes, to the same bytes as Qt's decoder", "[unit][crypto]")
{
    CHECK(Base64::decodeCanonical("") == QByteArray());
    CHECK(Base64::decodeCanonical("QQ==") == QByteArray("A"));
    CHECK(Base64::decodeCanonical("QUI=") == QByteArray("AB"));
    CHECK(Base64::decodeCanonical("QUJD") == QByteArray("ABC"));
    QRandomGenerator random(7);
    for (int size = 0; size < 200; ++size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& b : bytes)
            b = char(random.bounded(256));
        INFO("size " << size);
        CHECK(Base64::decodeCanonical(bytes.toBase64()) == bytes);
    }
}

TEST_CASE("Base64: anything but the one canonical text is refused", "[unit][crypto]")
{
    for (const char* text : {"Q",
                             "QQ",
                             "QQ=",
                             "QQ===",
                             "Q===",
                             "====",
                             "QR==",
                             "QUJ=",
                             " QQ==",
                             "QQ== ",
                             "QQ==\n",
                             "QU JD",
                             "QUJD\nQUJD",
                             "QQ==QUJD",
                             "QU=D",
                             "QUJ*",
                             "-_-_",
                             "QUJD====",
                             "QU\xC1"
                             "D",
                             "\xC1UJD",
                             "QUJ\xC1"}) {
        INFO(text);
        CHECK_FALSE(Base64::decodeCanonical(QByteArrayView(text, qsizetype(qstrlen(text)))));
    }
    CHECK_FALSE(Base64::decodeCanonical(QByteArrayView("QUJ\0", 4)));
}
