// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppConfig.h"
#include "llm/ChatProvider.h"
#include "llm/ProviderFactory.h"
#include "providers/BuiltinProviders.h"
#include "services/ProviderManager.h"
#include "services/SecretStore.h"

#include <QJsonArray>
#include <QTest>

class TestProviderManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configEntry_mapsToProviderOptions()
    {
        const QJsonObject entry{
            {QStringLiteral("type"), QStringLiteral("gigachat")},
            {QStringLiteral("name"), QStringLiteral("Sber")},
            {QStringLiteral("base_url"), QStringLiteral("https://gigachat.example/api/v1")},
            {QStringLiteral("models"),
             QJsonArray{QStringLiteral("GigaChat"), QStringLiteral("GigaChat-Pro")}},
            {QStringLiteral("ca_file"), QStringLiteral("/etc/ssl/russian_trusted_root_ca.pem")},
            {QStringLiteral("insecure_skip_verify"), false},
            {QStringLiteral("scope"), QStringLiteral("GIGACHAT_API_PERS")},
            {QStringLiteral("auth_url"), QStringLiteral("https://auth.example/oauth")}};
        const ProviderInstanceConfig config =
            ProviderManager::instanceFromConfig(QStringLiteral("sber"), entry);
        QCOMPARE(config.id, QStringLiteral("sber"));
        QCOMPARE(config.type, QStringLiteral("gigachat"));
        QCOMPARE(config.displayName, QStringLiteral("Sber"));
        QCOMPARE(config.baseUrl.toString(), QStringLiteral("https://gigachat.example/api/v1"));
        QCOMPARE(config.manualModels,
                 (QStringList{QStringLiteral("GigaChat"), QStringLiteral("GigaChat-Pro")}));
        QCOMPARE(config.defaultModel, QStringLiteral("GigaChat"));
        QCOMPARE(config.optionString(QStringLiteral("caCertificatesFile")),
                 QStringLiteral("/etc/ssl/russian_trusted_root_ca.pem"));
        QCOMPARE(config.optionString(QStringLiteral("authUrl")),
                 QStringLiteral("https://auth.example/oauth"));
        QCOMPARE(config.optionString(QStringLiteral("scope")), QStringLiteral("GIGACHAT_API_PERS"));
        QVERIFY(config.options.contains(QLatin1String("insecureSkipTlsVerify")));
    }

    void globalNetworkAndPrivacy_fillWhatTheEntryLeavesOpen()
    {
        const QJsonObject root{
            {QStringLiteral("network"),
             QJsonObject{
                 {QStringLiteral("proxy"), QJsonObject{{QStringLiteral("type"), QStringLiteral("socks5")},
                                                       {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                       {QStringLiteral("port"), 1080}}},
                 {QStringLiteral("connect_timeout_s"), 12},
                 {QStringLiteral("idle_timeout_s"), 90}}},
            {QStringLiteral("privacy"), QJsonObject{{QStringLiteral("yandex_data_logging"), false}}}};
        const ProviderInstanceConfig yandex = ProviderManager::instanceFromConfig(
            QStringLiteral("yc"), QJsonObject{{QStringLiteral("type"), QStringLiteral("yandexgpt")}}, root);
        QCOMPARE(yandex.optionInt(QStringLiteral("connectTimeoutMs"), 0), 12000);
        QCOMPARE(yandex.optionInt(QStringLiteral("idleTimeoutMs"), 0), 90000);
        QCOMPARE(
            yandex.options.value(QLatin1String("proxy")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("socks5"));
        QCOMPARE(yandex.optionBool(QStringLiteral("allowDataLogging"), true), false);

        // An entry's own values win.
        const ProviderInstanceConfig own = ProviderManager::instanceFromConfig(
            QStringLiteral("yc2"),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("yandexgpt")},
                {QStringLiteral("connect_timeout_ms"), 5000},
                {QStringLiteral("allow_data_logging"), true},
                {QStringLiteral("proxy"), QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}}}},
            root);
        QCOMPARE(own.optionInt(QStringLiteral("connectTimeoutMs"), 0), 5000);
        QCOMPARE(own.optionBool(QStringLiteral("allowDataLogging"), false), true);
        QCOMPARE(own.options.value(QLatin1String("proxy")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("none"));
    }

    void localPresets_needNoKey_cloudOnesDo()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        SecretStore secrets;
        ProviderManager manager(factory, secrets);
        auto instance = [](const char *type, const char *preset) {
            ProviderInstanceConfig config;
            config.type = QLatin1String(type);
            config.options.insert(QStringLiteral("preset"), QLatin1String(preset));
            return config;
        };
        QVERIFY(!manager.needsKey(instance("openai", "lmstudio")));
        QVERIFY(!manager.needsKey(instance("ollama", "ollama")));
        QVERIFY(manager.needsKey(instance("openai", "groq")));
        QVERIFY(manager.needsKey(instance("yandexgpt", "yandexgpt")));
        QVERIFY(manager.needsKey(instance("gigachat", "gigachat")));
    }

    void everyTypeOfTheBrief_isRegistered()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        for (const char *type : {"openai", "ollama", "yandexgpt", "gigachat"})
            QVERIFY2(factory.hasType(QLatin1String(type)), type);
        for (const char *preset : {"groq", "openai", "openrouter", "mistral", "deepseek", "lmstudio", "vllm",
                                   "custom-openai", "ollama", "yandexgpt", "yandex-openai", "gigachat"})
            QVERIFY2(factory.preset(QLatin1String(preset)), preset);
        QCOMPARE(factory.defaultPreset()->id, QStringLiteral("groq"));
    }

    void yandexAndGigaChat_canBeSetUpFromTheEnvironmentAlone()
    {
        for (const char *name :
             {"YANDEX_API_KEY", "YC_API_KEY", "YANDEX_OAUTH_TOKEN", "GIGACHAT_CREDENTIALS"})
            qunsetenv(name);
        qputenv("YANDEX_IAM_TOKEN", "t1.iam-from-env-0123456789");
        qputenv("YANDEX_FOLDER_ID", "b1gfolderfromenv");
        qputenv("GIGACHAT_SCOPE", "GIGACHAT_API_B2B");
        qputenv("GIGACHAT_CLIENT_SECRET", "client-secret-from-env");
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        SecretStore secrets;
        ProviderManager manager(factory, secrets);
        AppConfig config = AppConfig::defaults();
        QJsonObject giga = config.provider(QStringLiteral("gigachat"));
        giga.insert(QStringLiteral("client_id"), QStringLiteral("0190-client-id"));
        giga.remove(QStringLiteral("scope"));
        config.setProvider(QStringLiteral("gigachat"), giga);
        manager.setConfig(config);

        const ResolvedSecret key = manager.resolveKey(QStringLiteral("yandexgpt"));
        QCOMPARE(key.variable, QStringLiteral("YANDEX_IAM_TOKEN"));
        QCOMPARE(key.kind, SecretKind::IamToken);
        QString error;
        ChatProvider *yandex = manager.provider(QStringLiteral("yandexgpt"), &error);
        QVERIFY2(yandex, qPrintable(error));
        QCOMPARE(yandex->config().optionString(QStringLiteral("authMode")), QStringLiteral("iam"));
        QCOMPARE(yandex->config().optionString(QStringLiteral("folderId")),
                 QStringLiteral("b1gfolderfromenv"));
        QCOMPARE(yandex->config().apiKey(), QStringLiteral("t1.iam-from-env-0123456789"));

        ChatProvider *gigachat = manager.provider(QStringLiteral("gigachat"), &error);
        QVERIFY2(gigachat, qPrintable(error));
        QCOMPARE(gigachat->config().secret(QStringLiteral("clientSecret")),
                 QStringLiteral("client-secret-from-env"));
        QCOMPARE(gigachat->config().optionString(QStringLiteral("scope")),
                 QStringLiteral("GIGACHAT_API_B2B"));
        for (const char *name :
             {"YANDEX_IAM_TOKEN", "YANDEX_FOLDER_ID", "GIGACHAT_SCOPE", "GIGACHAT_CLIENT_SECRET"})
            qunsetenv(name);
    }

    void yandexOpenAiPreset_sendsTheFolderAndNoLogging()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        SecretStore secrets;
        ProviderManager manager(factory, secrets);
        AppConfig config = AppConfig::defaults();
        config.setProvider(
            QStringLiteral("yc-openai"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("preset"), QStringLiteral("yandex-openai")},
                        {QStringLiteral("base_url"), QStringLiteral("https://llm.api.cloud.yandex.net/v1")},
                        {QStringLiteral("folder_id"), QStringLiteral("b1gfolder")}});
        manager.setConfig(config);
        secrets.setSessionValue(QStringLiteral("yc-openai"), SecretKind::ApiKey, QStringLiteral("AQVN-key"));
        QString error;
        ChatProvider *provider = manager.provider(QStringLiteral("yc-openai"), &error);
        QVERIFY2(provider, qPrintable(error));
        const QJsonObject headers =
            provider->config().options.value(QLatin1String("extraHeaders")).toObject();
        QCOMPARE(headers.value(QLatin1String("OpenAI-Project")).toString(), QStringLiteral("b1gfolder"));
        QCOMPARE(headers.value(QLatin1String("x-data-logging-enabled")).toString(), QStringLiteral("false"));
        QVERIFY(!provider->config().optionBool(QStringLiteral("includeUsage"), true));

        // Without a folder in the entry, YANDEX_FOLDER_ID names it, as for the native API.
        config.setProvider(
            QStringLiteral("yc-env"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("preset"), QStringLiteral("yandex-openai")},
                        {QStringLiteral("base_url"), QStringLiteral("https://llm.api.cloud.yandex.net/v1")}});
        manager.setConfig(config);
        secrets.setSessionValue(QStringLiteral("yc-env"), SecretKind::ApiKey, QStringLiteral("AQVN-key"));
        qputenv("YANDEX_FOLDER_ID", "b1genvfolder");
        ChatProvider *fromEnv = manager.provider(QStringLiteral("yc-env"), &error);
        qunsetenv("YANDEX_FOLDER_ID");
        QVERIFY2(fromEnv, qPrintable(error));
        QCOMPARE(fromEnv->config()
                     .options.value(QLatin1String("extraHeaders"))
                     .toObject()
                     .value(QLatin1String("OpenAI-Project"))
                     .toString(),
                 QStringLiteral("b1genvfolder"));
    }

    void presetOptions_applyUnlessTheEntrySetsThem()
    {
        ProviderFactory factory;
        BuiltinProviders::registerAll(factory);
        SecretStore secrets;
        ProviderManager manager(factory, secrets);
        // The shipped config.json's Mistral entry says nothing about stream_options; the preset
        // does (Mistral refuses them). An entry added from a preset names it.
        AppConfig config = AppConfig::defaults();
        config.setProvider(
            QStringLiteral("my-openai"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                        {QStringLiteral("preset"), QStringLiteral("openai")},
                        {QStringLiteral("base_url"), QStringLiteral("https://api.openai.com/v1")}});
        config.setProvider(QStringLiteral("mistral-own"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                                       {QStringLiteral("preset"), QStringLiteral("mistral")},
                                       {QStringLiteral("include_usage"), true},
                                       {QStringLiteral("connect_timeout_s"), 5}});
        manager.setConfig(config);
        QVERIFY(
            !manager.instance(QStringLiteral("mistral")).optionBool(QStringLiteral("includeUsage"), true));
        QVERIFY(manager.instance(QStringLiteral("mistral-own"))
                    .optionBool(QStringLiteral("includeUsage"), false));
        QCOMPARE(
            manager.instance(QStringLiteral("mistral-own")).optionInt(QStringLiteral("connectTimeoutMs"), 0),
            5000);
        const ProviderPreset *openai = factory.preset(QStringLiteral("openai"));
        QVERIFY(openai);
        for (auto it = openai->options.begin(); it != openai->options.end(); ++it)
            QCOMPARE(manager.instance(QStringLiteral("my-openai")).options.value(it.key()), it.value());
        QVERIFY(manager.instance(QStringLiteral("openrouter"))
                    .options.value(QLatin1String("extraHeaders"))
                    .toObject()
                    .contains(QLatin1String("X-Title")));
    }
};

QTEST_GUILESS_MAIN(TestProviderManager)
#include "TestProviderManager.moc"
