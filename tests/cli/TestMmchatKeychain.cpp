// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MmchatFixture.h"

// Runs inside scripts/with-secret-service.sh: mmchat stores keys in a private gnome-keyring.
class TestMmchatKeychain : public QObject
{
    Q_OBJECT

private:
    MmchatFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-secret-service.sh (ctest does)");
        QVERIFY(m_fixture.startServers());
        m_fixture.newProfile();
        m_fixture.environment.remove(QStringLiteral("GROQ_API_KEY"));
    }

    void keySet_thenARequestCarriesTheKey_andDeleteRemovesIt()
    {
        MmchatResult result =
            m_fixture.run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("groq")},
                          "gsk_from_the_keychain_42\n");
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(!result.out.contains(QStringLiteral("gsk_from_the_keychain_42")));

        result = m_fixture.run({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("groq")});
        QCOMPARE(result.out, QStringLiteral("groq: system keychain\n"));

        m_fixture.groq.enqueue(answer("keyed answer"));
        result = m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("hello")});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("keyed answer\n"));
        QCOMPARE(m_fixture.groq.lastRequest().header("authorization"),
                 QByteArray("Bearer gsk_from_the_keychain_42"));

        result = m_fixture.run({QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("groq")});
        QCOMPARE(result.code, 0);
        const int before = int(m_fixture.groq.requests().size());
        result = m_fixture.run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("hello again")});
        QCOMPARE(result.code, 3);
        QCOMPARE(m_fixture.groq.requests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestMmchatKeychain)
#include "TestMmchatKeychain.moc"
