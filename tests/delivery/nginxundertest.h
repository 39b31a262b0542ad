#pragma once
// nginx as a registry runs it in front of the intake: the shipped configuration
// (packaging/intake/nginx-exam-intake.conf) with only what a deployment changes put in its place
// (addresses, ports, certificate files, log file), run as a real process on loopback from a
// throw-away folder and stopped with the test.

#include "testca.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace exam::test {

class NginxUnderTest
{
public:
    // nginx on 127.0.0.1 with `certificate` (issued by `ca`) for the stations, passing requests to
    // the intake on 127.0.0.1:intakePort, whose certificate `ca` issued too.
    NginxUnderTest(const TestCa& ca, const TestCertificate& certificate, quint16 intakePort)
    {
        REQUIRE(m_dir.isValid());
        // Run as root (CI), nginx's workers become nobody: they must reach the folder, not list it.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        write(QStringLiteral("proxy.pem"), certificate.certificatePem);
        write(QStringLiteral("proxy.key"), certificate.privateKeyPem);
        write(QStringLiteral("intake-ca.pem"), ca.certificatePem());
        REQUIRE(QDir(m_dir.path()).mkpath(QStringLiteral("temp")));
        for (int attempt = 0; attempt < 5 && !m_running; ++attempt)
            m_running = start(intakePort);
        REQUIRE(m_running);
    }

    ~NginxUnderTest()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // nginx's fast shutdown: the master ends its workers, then itself
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    quint16 port() const { return m_port; }
    QString errorLog() const { return read(QStringLiteral("error.log")); }
    QString accessLog() const { return read(QStringLiteral("access.log")); }

    // The shipped configuration with `from` replaced by `to`; each must be there exactly once, so a
    // change to the shipped file that the test would silently miss fails here instead.
    static QString shippedConfiguration(const QList<std::pair<QString, QString>>& replacements)
    {
        QFile file(QStringLiteral(EXAM_SOURCE_DIR "/packaging/intake/nginx-exam-intake.conf"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        for (const auto& [from, to] : replacements) {
            INFO("the shipped nginx configuration holds “" << from.toStdString() << "” once");
            REQUIRE(text.count(from) == 1);
            text.replace(from, to);
        }
        return text;
    }

private:
    bool start(quint16 intakePort)
    {
        m_port = freePort();
        const QString dir = m_dir.path();
        const QString site = shippedConfiguration({
            {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port)},
            {QStringLiteral("server 127.0.0.1:8443 "), QStringLiteral("server 127.0.0.1:%1 ").arg(intakePort)},
            {QStringLiteral("/etc/exam-intake/proxy.pem"), dir + QStringLiteral("/proxy.pem")},
            {QStringLiteral("/etc/exam-intake/proxy.key"), dir + QStringLiteral("/proxy.key")},
            {QStringLiteral("/etc/exam-intake/intake-ca.pem"), dir + QStringLiteral("/intake-ca.pem")},
            {QStringLiteral("proxy_ssl_name intake.example.org;"), QStringLiteral("proxy_ssl_name localhost;")},
            {QStringLiteral("/var/log/nginx/exam-intake.access.log"), dir + QStringLiteral("/access.log")},
        });
        write(QStringLiteral("exam-intake.conf"), site.toUtf8());
        // What Debian's /etc/nginx/nginx.conf gives a file in conf.d/: an http block around it.
        QString main = QStringLiteral("daemon off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                                      "error_log %1/error.log notice;\nevents { worker_connections 1024; }\n"
                                      "http {\n"
                                      "    client_body_temp_path %1/temp/body;\n    proxy_temp_path %1/temp/proxy;\n"
                                      "    fastcgi_temp_path %1/temp/fastcgi;\n    uwsgi_temp_path %1/temp/uwsgi;\n"
                                      "    scgi_temp_path %1/temp/scgi;\n    include %1/exam-intake.conf;\n}\n")
                           .arg(dir);
        if (::geteuid() == 0)
            main.prepend(QStringLiteral("user nobody nogroup;\n"));
        write(QStringLiteral("nginx.conf"), main.toUtf8());
        m_process.setProgram(QStringLiteral(EXAM_NGINX));
        m_process.setArguments({QStringLiteral("-e"), dir + QStringLiteral("/error.log"), QStringLiteral("-p"),
                                dir + QStringLiteral("/"), QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")});
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        // Should the test die, nginx's master is told to stop too (and stops its workers).
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        const bool listening = QTest::qWaitFor(
            [this] {
                if (m_process.state() == QProcess::NotRunning)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(100);
            },
            10000);
        if (listening && m_process.state() == QProcess::Running)
            return true;
        INFO("nginx did not start: " << errorLog().toStdString());
        // Another process took the port meanwhile: try another.
        REQUIRE(errorLog().contains(QStringLiteral("Address already in use")));
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        return probe.serverPort();
    }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
    }

    QString read(const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace exam::test
