#include "bankfixture.h"

#include "compiler/banksource.h"
#include "testsupport.h"

namespace exam::test {

using namespace banks;

BankFixture::BankFixture()
    : m_publisher(*crypto::Ed25519::generate()),
      m_center(*crypto::X25519::generate()),
      m_otherCenter(*crypto::X25519::generate())
{
}

const BankFixture& BankFixture::instance()
{
    static const BankFixture fixture;
    return fixture;
}

QString BankFixture::sourceFolder() const
{
    return dataPath(QStringLiteral("banks/sample"));
}

BankContent BankFixture::content() const
{
    bankcompiler::SourceResult source = bankcompiler::BankSource::read(sourceFolder());
    for (const auto& problem : source.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(source.problems.isEmpty());
    return source.content;
}

QByteArray BankFixture::build(const BankContent& content, const bankcompiler::BankRecipients& recipients) const
{
    const bankcompiler::PublisherIdentity identity{QStringLiteral("Test publisher"),
                                                   crypto::SecretBytes::copyOf(m_publisher.privateKey.view())};
    auto bank = bankcompiler::BankWriter::write(content, recipients, identity,
                                                QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    if (!bank)
        FAIL(bank.error().message.toStdString());
    return *bank;
}

QByteArray BankFixture::buildForCenter() const
{
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {m_center.publicKey};
    return build(content(), recipients);
}

QByteArray BankFixture::buildWithReleaseCode(const ReleaseCode& code, UnlockPolicy unlock) const
{
    bankcompiler::BankRecipients recipients;
    if (unlock == UnlockPolicy::All)
        recipients.centerPublicKeys = {m_center.publicKey};
    recipients.releaseCode = code;
    recipients.scrypt = fastScrypt();
    recipients.unlock = unlock;
    return build(content(), recipients);
}

QList<PublisherKey> BankFixture::trusted() const
{
    return {PublisherKey{QStringLiteral("Test publisher"), m_publisher.publicKey}};
}

BankKeys BankFixture::centerKeys() const
{
    return BankKeys{crypto::SecretBytes::copyOf(m_center.privateKey.view()), std::nullopt};
}

} // namespace exam::test
