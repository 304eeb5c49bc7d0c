// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Deterministic chat-like text in mixed Russian and English with a Zipf word distribution, fast
// enough to produce a million messages in seconds.
class BenchCorpus
{
public:
    explicit BenchCorpus(quint64 seed = 42);

    QString userMessage();
    QString assistantMessage();
    QString title();
    quint64 next(); // xorshift64*
    int uniform(int bound) { return int(next() % quint64(bound)); }

    const QStringList &words() const { return m_words; }

private:
    QString sentence(int words);
    const QString &word();

    QStringList m_words;
    QVector<double> m_cumulative; // Zipf weights, summed
    quint64 m_state;
};
