#pragma once
// A certificate authority made up for a test run: an EC P-256 CA and server certificates it signs
// for 127.0.0.1 and localhost, as PEM, so the delivery tests run real TLS on loopback.

#include <QByteArray>
#include <QString>

namespace exam::test {

struct TestCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

class TestCa
{
public:
    explicit TestCa(const QString& name = QStringLiteral("Exam Test CA"));
    ~TestCa();
    TestCa(const TestCa&) = delete;
    TestCa& operator=(const TestCa&) = delete;

    QByteArray certificatePem() const { return m_ca.certificatePem; }
    // A server certificate for 127.0.0.1 and localhost, with a fresh key.
    TestCertificate issueServer() const;

private:
    TestCertificate m_ca;
    void* m_key = nullptr;  // EVP_PKEY*
    void* m_cert = nullptr; // X509*
};

} // namespace exam::test
