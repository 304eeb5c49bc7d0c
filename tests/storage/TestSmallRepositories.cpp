// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "storage/ModelCacheRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/PromptTemplateRepository.h"
#include "storage/ProviderInstanceRepository.h"
#include "storage/SettingsRepository.h"

#include <QJsonObject>
#include <QtTest>

class TestSmallRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projects_createUpdateListRemove();
    void settings_keepValueTypes();
    void settings_keysByPrefixTreatWildcardsLiterally();
    void promptTemplates_shortcutIsUnique();
    void modelCache_replacesListPerProvider();
    void providers_saveListInOrderAndUpsert();
    void providers_refuseSecretOptions_data();
    void providers_refuseSecretOptions();
};

void TestSmallRepositories::projects_createUpdateListRemove()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ProjectRepository repo(history.db());
    Project p;
    p.name = QStringLiteral("Юристы");
    p.description = QStringLiteral("Договоры");
    p.defaultProviderId = QStringLiteral("yandexgpt-1");
    p.defaultModel = QStringLiteral("yandexgpt-lite");
    p.defaultGeneration.temperature = 0.1;
    p.defaultGeneration.maxTokens = 800;
    p.defaultSystemPrompt = QStringLiteral("Ты юрист.");
    const qint64 id = repo.create(p);
    QVERIFY(id > 0);
    Project second;
    second.name = QStringLiteral("alpha");
    QVERIFY(repo.create(second) > 0);

    Project loaded = *repo.project(id);
    QCOMPARE(loaded.name, p.name);
    QCOMPARE(loaded.defaultModel, p.defaultModel);
    QCOMPARE(loaded.defaultGeneration, p.defaultGeneration);
    QCOMPARE(loaded.defaultSystemPrompt, p.defaultSystemPrompt);

    loaded.name = QStringLiteral("Юристы и бухгалтеры");
    loaded.defaultGeneration.topP = 0.5;
    QVERIFY(repo.update(loaded));
    QCOMPARE(repo.project(id)->defaultGeneration.topP.value_or(0), 0.5);

    const QList<Project> all = repo.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("alpha"));
    QVERIFY(repo.remove(id));
    QVERIFY(!repo.project(id).has_value());
    QVERIFY(!repo.remove(id));
    QCOMPARE(int(repo.lastError().kind), int(StorageError::Kind::NotFound));
}

void TestSmallRepositories::settings_keepValueTypes()
{
    TempHistory history;
    OPEN_HISTORY(history);
    SettingsRepository repo(history.db());
    QVERIFY(!repo.contains(QStringLiteral("a")));
    QCOMPARE(repo.value(QStringLiteral("a"), 7).toInt(), 7);
    QVERIFY(repo.setValue(QStringLiteral("a"), 42));
    QVERIFY(repo.setValue(QStringLiteral("b"), QStringLiteral("текст")));
    QVERIFY(repo.setValue(QStringLiteral("c"), 0.25));
    QVERIFY(repo.setValue(QStringLiteral("a"), 43)); // replaces
    QCOMPARE(repo.value(QStringLiteral("a")).toInt(), 43);
    QCOMPARE(repo.value(QStringLiteral("b")).toString(), QStringLiteral("текст"));
    QCOMPARE(repo.value(QStringLiteral("c")).toDouble(), 0.25);
    QCOMPARE(history.scalar(QStringLiteral("SELECT typeof(value) FROM settings WHERE key = 'a'")).toString(),
             QStringLiteral("integer"));
    QVERIFY(repo.remove(QStringLiteral("a")));
    QVERIFY(!repo.contains(QStringLiteral("a")));
}

void TestSmallRepositories::settings_keysByPrefixTreatWildcardsLiterally()
{
    TempHistory history;
    OPEN_HISTORY(history);
    SettingsRepository repo(history.db());
    for (const QString &key : {QStringLiteral("ui.a"), QStringLiteral("ui.b"), QStringLiteral("uiXa"),
                               QStringLiteral("net.proxy"), QStringLiteral("100%_done")}) {
        QVERIFY(repo.setValue(key, 1));
    }
    QCOMPARE(repo.keys(QStringLiteral("ui.")), (QStringList{QStringLiteral("ui.a"), QStringLiteral("ui.b")}));
    QCOMPARE(repo.keys(QStringLiteral("100%_")), QStringList{QStringLiteral("100%_done")});
    QCOMPARE(repo.keys().size(), 5);
}

void TestSmallRepositories::promptTemplates_shortcutIsUnique()
{
    TempHistory history;
    OPEN_HISTORY(history);
    PromptTemplateRepository repo(history.db());
    PromptTemplate t;
    t.name = QStringLiteral("Перевод");
    t.body = QStringLiteral("Переведи на {{language}}: {{text}}");
    t.shortcut = QStringLiteral("/tr");
    const qint64 id = repo.create(t);
    QVERIFY(id > 0);
    QCOMPARE(repo.create(t), 0);
    QVERIFY(repo.lastError().isError());
    PromptTemplate noShortcut;
    noShortcut.name = QStringLiteral("A");
    noShortcut.body = QStringLiteral("x");
    QVERIFY(repo.create(noShortcut) > 0);
    QVERIFY(repo.create(noShortcut) > 0); // many templates may have no shortcut

    const auto found = repo.findByShortcut(QStringLiteral("/tr"));
    QVERIFY(found.has_value());
    QCOMPARE(found->body, t.body);
    PromptTemplate changed = *found;
    changed.shortcut = QStringLiteral("/перевод");
    QVERIFY(repo.update(changed));
    QVERIFY(!repo.findByShortcut(QStringLiteral("/tr")).has_value());
    QCOMPARE(repo.promptTemplate(id)->shortcut, QStringLiteral("/перевод"));
    QCOMPARE(repo.list().size(), 3);
    QVERIFY(repo.remove(id));
    QCOMPARE(repo.list().size(), 2);
}

void TestSmallRepositories::modelCache_replacesListPerProvider()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ModelCacheRepository repo(history.db());
    QVERIFY(!repo.entry(QStringLiteral("openai-1")).has_value());
    const QDateTime fetched = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    QJsonArray models{QJsonObject{{QStringLiteral("id"), QStringLiteral("gpt-4o")}},
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("gpt-4o-mini")}}};
    QVERIFY(repo.store(QStringLiteral("openai-1"), models, fetched));
    QVERIFY(repo.store(QStringLiteral("ollama-1"), QJsonArray{QStringLiteral("llama3")}));
    auto entry = repo.entry(QStringLiteral("openai-1"));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->models, models);
    QCOMPARE(entry->fetchedAt, fetched);

    models.removeLast();
    QVERIFY(repo.store(QStringLiteral("openai-1"), models));
    entry = repo.entry(QStringLiteral("openai-1"));
    QCOMPARE(entry->models.size(), 1);
    QVERIFY(entry->fetchedAt > fetched);
    QVERIFY(repo.clear(QStringLiteral("openai-1")));
    QVERIFY(!repo.entry(QStringLiteral("openai-1")).has_value());
    QVERIFY(repo.entry(QStringLiteral("ollama-1")).has_value());
}

void TestSmallRepositories::providers_saveListInOrderAndUpsert()
{
    TempHistory history;
    OPEN_HISTORY(history);
    ProviderInstanceRepository repo(history.db());
    ProviderInstance a;
    a.id = QStringLiteral("gigachat-1");
    a.type = QStringLiteral("gigachat");
    a.displayName = QStringLiteral("GigaChat");
    a.baseUrl = QStringLiteral("https://gigachat.devices.sberbank.ru/api/v1");
    a.options = QJsonObject{{QStringLiteral("scope"), QStringLiteral("GIGACHAT_API_PERS")},
                            {QStringLiteral("max_tokens"), 1024}};
    a.sortOrder = 2;
    ProviderInstance b;
    b.id = QStringLiteral("ollama-1");
    b.type = QStringLiteral("ollama");
    b.displayName = QStringLiteral("Local");
    b.sortOrder = 1;
    QVERIFY(repo.save(a));
    QVERIFY(repo.save(b));
    QList<ProviderInstance> all = repo.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().id, b.id);
    QCOMPARE(all.last().options, a.options);

    a.displayName = QStringLiteral("Сбер");
    a.enabled = false;
    QVERIFY(repo.save(a));
    QCOMPARE(repo.list().size(), 2);
    QCOMPARE(repo.instance(a.id)->displayName, QStringLiteral("Сбер"));
    QVERIFY(!repo.instance(a.id)->enabled);
    QVERIFY(repo.setEnabled(a.id, true));
    QVERIFY(repo.instance(a.id)->enabled);
    QVERIFY(repo.remove(b.id));
    QVERIFY(!repo.instance(b.id).has_value());
}

void TestSmallRepositories::providers_refuseSecretOptions_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("secret");
    QTest::newRow("api_key") << QStringLiteral("api_key") << true;
    QTest::newRow("apiKey") << QStringLiteral("apiKey") << true;
    QTest::newRow("key") << QStringLiteral("key") << true;
    QTest::newRow("access_token") << QStringLiteral("access_token") << true;
    QTest::newRow("client-secret") << QStringLiteral("client-secret") << true;
    QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
    QTest::newRow("password") << QStringLiteral("password") << true;
    QTest::newRow("max_tokens") << QStringLiteral("max_tokens") << false;
    QTest::newRow("folder_id") << QStringLiteral("folder_id") << false;
    QTest::newRow("scope") << QStringLiteral("scope") << false;
}

void TestSmallRepositories::providers_refuseSecretOptions()
{
    QFETCH(QString, option);
    QFETCH(bool, secret);
    QCOMPARE(ProviderInstanceRepository::looksLikeSecretKey(option), secret);
    TempHistory history;
    OPEN_HISTORY(history);
    ProviderInstanceRepository repo(history.db());
    ProviderInstance p;
    p.id = QStringLiteral("x");
    p.type = QStringLiteral("openai");
    p.displayName = QStringLiteral("X");
    p.options.insert(option, QStringLiteral("sk-value"));
    QCOMPARE(repo.save(p), !secret);
    QCOMPARE(repo.list().size(), secret ? 0 : 1);
    QCOMPARE(history.scalar(QStringLiteral("SELECT count(*) FROM providers WHERE options LIKE '%sk-value%'"))
                 .toInt(),
             secret ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestSmallRepositories)
#include "TestSmallRepositories.moc"
