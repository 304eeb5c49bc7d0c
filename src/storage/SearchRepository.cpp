// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// A title match says more about a conversation than a word somewhere in a message.
constexpr double kTitleWeight = 2.0;
constexpr int kSnippetTokens = 16;

} // namespace

QString SearchRepository::matchExpression(const QString &text, bool prefixLastWord)
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    QStringList words = text.split(kSpace, Qt::SkipEmptyParts);
    QStringList terms;
    for (int i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        bool prefix = prefixLastWord && i == words.size() - 1;
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            prefix = true;
        }
        word.remove(QLatin1Char('"'));
        // A word with no letters or digits would be an empty phrase: FTS5 rejects "*" alone.
        if (!word.contains(QRegularExpression(QStringLiteral("[\\p{L}\\p{N}]")))) {
            continue;
        }
        terms.append(QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SearchRepository::search(const QString &text, int limit, bool prefixLastWord,
                                          qint64 projectId) const
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text, prefixLastWord);
    if (match.isEmpty() || limit <= 0) {
        clearError();
        return hits;
    }
    // The inner queries let FTS5 sort by rank itself and build snippets only for the rows kept.
    bool ok = false;
    const QVariantList values =
        projectId ? QVariantList{match, projectId, limit} : QVariantList{match, limit};
    QSqlQuery messages = select(
        QStringLiteral(
            "SELECT hit.id, m.conversation_id, c.title, hit.snippet, hit.rank FROM"
            " (SELECT rowid AS id, snippet(messages_fts, 0, char(2), char(3), '…', %1) AS snippet, rank"
            "  FROM messages_fts WHERE messages_fts MATCH ?%2 ORDER BY rank LIMIT ?) AS hit"
            " JOIN messages m ON m.id = hit.id JOIN conversations c ON c.id = m.conversation_id"
            " ORDER BY hit.rank")
            .arg(kSnippetTokens)
            // In one project: filtered inside, so the limit counts the project's hits only.
            .arg(projectId ? QStringLiteral(" AND rowid IN (SELECT id FROM messages WHERE conversation_id IN"
                                            " (SELECT id FROM conversations WHERE project_id = ?))")
                           : QString()),
        values, &ok);
    if (!ok) {
        return hits;
    }
    while (messages.next()) {
        SearchHit hit;
        hit.messageId = messages.value(0).toLongLong();
        hit.conversationId = messages.value(1).toLongLong();
        hit.conversationTitle = messages.value(2).toString();
        hit.snippet = messages.value(3).toString();
        hit.score = messages.value(4).toDouble();
        hits.append(hit);
    }

    QSqlQuery titles = select(
        QStringLiteral("SELECT rowid, title, snippet(conversations_fts, 0, char(2), char(3), '…', %1), rank"
                       " FROM conversations_fts WHERE conversations_fts MATCH ?%2 ORDER BY rank LIMIT ?")
            .arg(kSnippetTokens)
            .arg(projectId
                     ? QStringLiteral(" AND rowid IN (SELECT id FROM conversations WHERE project_id = ?)")
                     : QString()),
        values, &ok);
    if (!ok) {
        return hits;
    }
    while (titles.next()) {
        SearchHit hit;
        hit.conversationId = titles.value(0).toLongLong();
        hit.conversationTitle = titles.value(1).toString();
        hit.snippet = titles.value(2).toString();
        hit.score = titles.value(3).toDouble() * kTitleWeight;
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    if (hits.size() > limit) {
        hits.erase(hits.begin() + limit, hits.end());
    }
    clearError();
    return hits;
}
