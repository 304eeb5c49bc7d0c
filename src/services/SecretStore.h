// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>
#include <optional>

// Kinds of secret a provider instance may have; each is one keychain entry.
enum class SecretKind { ApiKey, IamToken, OAuthToken, AuthorizationKey, ClientSecret, ProxyPassword };

struct SecretError
{
    enum class Kind { NoBackend, AccessDenied, Locked, NotFound, Other };
    Kind kind = Kind::Other;
    QString detail; // the keychain's own words, for the log

    // What the user reads: what happened and what to do.
    QString userMessage() const;
};

// API keys and tokens in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain. Never a file: the insecure fallback is never enabled.
// Jobs run one after another; a job is never started from inside another job's signal.
// Values can also be kept for this session only (memory), for machines without a keychain.
// Every value that passes through is registered with SecretMasker, so it cannot reach a log.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &value, const std::optional<SecretError> &error)>;
    using DoneCallback = std::function<void(const std::optional<SecretError> &error)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain entry name for an instance and kind, e.g. "groq/api-key".
    static QString entryKey(const QString &instanceId, SecretKind kind);

    void read(const QString &instanceId, SecretKind kind, ReadCallback done);
    void write(const QString &instanceId, SecretKind kind, const QString &value, DoneCallback done);
    void remove(const QString &instanceId, SecretKind kind, DoneCallback done);

    // Blocking forms for the terminal client and tests (they spin a local event loop).
    std::optional<SecretError> readNow(const QString &instanceId, SecretKind kind, QString *value);
    std::optional<SecretError> writeNow(const QString &instanceId, SecretKind kind, const QString &value);
    std::optional<SecretError> removeNow(const QString &instanceId, SecretKind kind);

    // Session-only values live in memory until the program exits; they win over the keychain.
    void setSessionValue(const QString &instanceId, SecretKind kind, const QString &value);
    void clearSessionValue(const QString &instanceId, SecretKind kind);
    std::optional<QString> sessionValue(const QString &instanceId, SecretKind kind) const;

    // Service name under which entries are stored (tests use their own).
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }

private:
    enum class Operation { Read, Write, Remove };
    struct Job
    {
        Operation operation;
        QString key;
        QString value;
        ReadCallback readDone;
        DoneCallback done;
    };

    void enqueue(Job job);
    void startNext();

    QString m_service;
    QQueue<Job> m_queue;
    bool m_running = false;
    QHash<QString, QString> m_session;
};
