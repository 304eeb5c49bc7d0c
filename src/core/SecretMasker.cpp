// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretMasker.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>

namespace {

// A secret's shape, and the words (any case) without which it cannot match. Most log lines
// have none of them, and then the expression is not run at all: every log line passes
// through mask(), and compiling the expressions alone costs as much as painting a good part of
// the window.
struct Pattern
{
    QRegularExpression expression;
    QString replacement;
    QList<QLatin1String> words;

    bool mightMatch(const QString &text) const
    {
        return std::any_of(words.cbegin(), words.cend(),
                           [&](QLatin1String word) { return text.contains(word, Qt::CaseInsensitive); });
    }
};

const QList<Pattern> &patterns()
{
    // Each pattern keeps the name of what it hides so that a log still says what was there.
    static const QList<Pattern> list = {
        {QRegularExpression(
             QString::fromLatin1(
                 R"re((Authorization\s*[:=]\s*"?(?:Bearer|Basic|Api-Key|OAuth)\s+)[^\s",}]+)re"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\u2022\u2022\u2022\u2022"),
         {QLatin1String("authorization")}},
        {QRegularExpression(
             QString::fromLatin1(R"re(((?:x-api-key|x-goog-api-key|api[-_]?key)"?\s*[:=]\s*"?)[^\s",&}]+)re"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\u2022\u2022\u2022\u2022"),
         {QLatin1String("key")}},
        {QRegularExpression(QString::fromLatin1(R"re(([?&](?:key|api_key|access_token|token)=)[^&\s"]+)re"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\u2022\u2022\u2022\u2022"),
         {QLatin1String("key"), QLatin1String("token")}},
        {QRegularExpression(QString::fromLatin1(
             R"re(("(?:access_token|iamToken|yandexPassportOauthToken|client_secret)"\s*:\s*")[^"]+)re")),
         QStringLiteral("\\1\u2022\u2022\u2022\u2022"),
         {QLatin1String("token"), QLatin1String("client_secret")}},
        {QRegularExpression(QString::fromLatin1(R"re(\b(sk-|gsk_|sk-ant-|AIza|t1\.)[A-Za-z0-9._\-]{12,})re")),
         QStringLiteral("\\1\u2022\u2022\u2022\u2022"),
         {QLatin1String("sk-"), QLatin1String("gsk_"), QLatin1String("aiza"), QLatin1String("t1.")}},
    };
    return list;
}

} // namespace

SecretMasker &SecretMasker::instance()
{
    static SecretMasker masker;
    return masker;
}

void SecretMasker::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(secret);
}

void SecretMasker::removeSecret(const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(secret);
}

QString SecretMasker::mask(const QString &text) const
{
    QString result = text;
    {
        QMutexLocker lock(&m_mutex);
        // Longest first, so a secret that contains another is hidden whole.
        QList<QString> secrets(m_secrets.cbegin(), m_secrets.cend());
        std::sort(secrets.begin(), secrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : secrets)
            result.replace(secret, maskText());
    }
    for (const Pattern &pattern : patterns()) {
        if (pattern.mightMatch(result))
            result.replace(pattern.expression, pattern.replacement);
    }
    return result;
}
