// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

// Removes secrets from text before it reaches a log line, an error message or a file.
// It knows two kinds of secret: values registered at run time (every key the credential
// service hands out is registered) and shapes that are secrets whatever their value
// (Authorization headers, ?key= parameters, x-api-key headers, "sk-…" keys).
class SecretMasker
{
public:
    static SecretMasker &instance();

    // Registers a secret value; every later mask() replaces it. Values shorter than
    // four characters are ignored (they would mask ordinary words).
    void addSecret(const QString &secret);
    void removeSecret(const QString &secret);

    QString mask(const QString &text) const;

    // Same as instance().mask(text).
    static QString masked(const QString &text) { return instance().mask(text); }

    // What a hidden secret is replaced with.
    static QString maskText() { return QStringLiteral("\u2022\u2022\u2022\u2022"); }

private:
    SecretMasker() = default;
    mutable QMutex m_mutex;
    QSet<QString> m_secrets;
};
