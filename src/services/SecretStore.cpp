// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "core/SecretMasker.h"

#include <mmchat/config.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include MMCHAT_KEYCHAIN_HEADER

Q_LOGGING_CATEGORY(lcSecrets, "mmchat.secrets")

namespace {

QString kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey: return QStringLiteral("api-key");
    case SecretKind::IamToken: return QStringLiteral("iam-token");
    case SecretKind::OAuthToken: return QStringLiteral("oauth-token");
    case SecretKind::AuthorizationKey: return QStringLiteral("authorization-key");
    case SecretKind::ClientSecret: return QStringLiteral("client-secret");
    case SecretKind::ProxyPassword: return QStringLiteral("proxy-password");
    }
    return QStringLiteral("secret");
}

std::optional<SecretError> errorFrom(const QKeychain::Job &job)
{
    SecretError error;
    error.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError: return std::nullopt;
    case QKeychain::EntryNotFound: error.kind = SecretError::Kind::NotFound; break;
    case QKeychain::AccessDeniedByUser: error.kind = SecretError::Kind::Locked; break;
    case QKeychain::AccessDenied: error.kind = SecretError::Kind::AccessDenied; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: error.kind = SecretError::Kind::NoBackend; break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // libsecret reports a missing daemon or session bus as a generic error; these are the
        // words it uses ("Could not connect: …", "org.freedesktop.secrets was not provided…").
        error.kind = (error.detail.contains(QLatin1String("org.freedesktop.secrets")) ||
                      error.detail.contains(QLatin1String("Could not connect")) ||
                      error.detail.contains(QLatin1String("autolaunch")) ||
                      error.detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
                      error.detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive))
                         ? SecretError::Kind::NoBackend
                     : error.detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)
                         ? SecretError::Kind::Locked
                         : SecretError::Kind::Other;
        break;
    }
    return error;
}

} // namespace

QString SecretError::userMessage() const
{
    switch (kind) {
    case Kind::NoBackend:
        return QCoreApplication::translate(
            "SecretStore",
            "No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be "
            "stored safely. Start one, or keep the key for this session only.");
    case Kind::AccessDenied:
        return QCoreApplication::translate(
            "SecretStore", "The system keychain refused access to the key. Check its permissions.");
    case Kind::Locked:
        return QCoreApplication::translate("SecretStore",
                                           "The system keychain is locked. Unlock it and try again.");
    case Kind::NotFound:
        return QCoreApplication::translate("SecretStore", "No key is stored for this provider yet.");
    case Kind::Other: break;
    }
    return QCoreApplication::translate("SecretStore", "The system keychain reported an error: %1")
        .arg(detail);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_service(QStringLiteral(MMCHAT_APP_ID))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString &instanceId, SecretKind kind)
{
    return instanceId + QLatin1Char('/') + kindName(kind);
}

void SecretStore::read(const QString &instanceId, SecretKind kind, ReadCallback done)
{
    if (const auto value = sessionValue(instanceId, kind)) {
        // Still asynchronous, so callers see one behaviour whatever the source.
        QTimer::singleShot(0, this, [done, value] { done(*value, std::nullopt); });
        return;
    }
    enqueue({Operation::Read, entryKey(instanceId, kind), QString(), std::move(done), {}});
}

void SecretStore::write(const QString &instanceId, SecretKind kind, const QString &value, DoneCallback done)
{
    SecretMasker::instance().addSecret(value);
    enqueue({Operation::Write, entryKey(instanceId, kind), value, {}, std::move(done)});
}

void SecretStore::remove(const QString &instanceId, SecretKind kind, DoneCallback done)
{
    clearSessionValue(instanceId, kind);
    enqueue({Operation::Remove, entryKey(instanceId, kind), QString(), {}, std::move(done)});
}

void SecretStore::enqueue(Job job)
{
    m_queue.enqueue(std::move(job));
    if (!m_running)
        startNext();
}

void SecretStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    Job job = m_queue.dequeue();

    QKeychain::Job *keychainJob = nullptr;
    switch (job.operation) {
    case Operation::Read: keychainJob = new QKeychain::ReadPasswordJob(m_service, this); break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(job.value);
        keychainJob = write;
        break;
    }
    case Operation::Remove: keychainJob = new QKeychain::DeletePasswordJob(m_service, this); break;
    }
    keychainJob->setKey(job.key);
    keychainJob->setAutoDelete(false);
    keychainJob->setInsecureFallback(false); // never a plain-text file

    connect(
        keychainJob, &QKeychain::Job::finished, this, [this, job = std::move(job)](QKeychain::Job *finished) {
            std::optional<SecretError> error = errorFrom(*finished);
            // A missing entry is the normal answer for a provider without a stored key.
            if (error && error->kind != SecretError::Kind::NotFound)
                qCWarning(lcSecrets).noquote() << "keychain" << job.key << "failed:" << error->detail;
            else
                qCDebug(lcSecrets).noquote() << "keychain" << job.key << "done";
            if (job.operation == Operation::Read) {
                QString value;
                if (!error) {
                    value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    SecretMasker::instance().addSecret(value);
                }
                if (job.readDone)
                    job.readDone(value, error);
            } else {
                // Deleting what is not there is success: the key is gone either way.
                if (job.operation == Operation::Remove && error && error->kind == SecretError::Kind::NotFound)
                    error.reset();
                if (job.done)
                    job.done(error);
            }
            finished->deleteLater();
            // The next job starts from the event loop, never from inside this signal.
            QTimer::singleShot(0, this, &SecretStore::startNext);
        });
    keychainJob->start();
}

std::optional<SecretError> SecretStore::readNow(const QString &instanceId, SecretKind kind, QString *value)
{
    QEventLoop loop;
    std::optional<SecretError> result;
    read(instanceId, kind, [&](const QString &read, const std::optional<SecretError> &error) {
        if (value)
            *value = read;
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

std::optional<SecretError> SecretStore::writeNow(const QString &instanceId, SecretKind kind,
                                                 const QString &value)
{
    QEventLoop loop;
    std::optional<SecretError> result;
    write(instanceId, kind, value, [&](const std::optional<SecretError> &error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

std::optional<SecretError> SecretStore::removeNow(const QString &instanceId, SecretKind kind)
{
    QEventLoop loop;
    std::optional<SecretError> result;
    remove(instanceId, kind, [&](const std::optional<SecretError> &error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

void SecretStore::setSessionValue(const QString &instanceId, SecretKind kind, const QString &value)
{
    SecretMasker::instance().addSecret(value);
    m_session.insert(entryKey(instanceId, kind), value);
}

void SecretStore::clearSessionValue(const QString &instanceId, SecretKind kind)
{
    m_session.remove(entryKey(instanceId, kind));
}

std::optional<QString> SecretStore::sessionValue(const QString &instanceId, SecretKind kind) const
{
    const auto it = m_session.constFind(entryKey(instanceId, kind));
    if (it == m_session.constEnd())
        return std::nullopt;
    return *it;
}
