// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMigrator.h"

#include "SqlUtil.h"
#include "StorageLog.h"

#include <QSqlDatabase>

namespace {

// Version 1: the first released schema. Never edit it; add a step instead.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE projects ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " default_provider_id TEXT,"
                       " default_model TEXT,"
                       " default_settings TEXT NOT NULL DEFAULT '{}'," // JSON: temperature, max_tokens, top_p
                       " default_system_prompt TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE conversations ("
                       " id INTEGER PRIMARY KEY,"
                       " project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " pinned INTEGER NOT NULL DEFAULT 0,"
                       " active_leaf_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
                       " provider_id TEXT,"
                       " model TEXT,"
                       " temperature REAL,"
                       " max_tokens INTEGER,"
                       " top_p REAL,"
                       " system_prompt TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX conversations_list ON conversations(pinned, updated_at, id)"),
        QStringLiteral(
            "CREATE INDEX conversations_project ON conversations(project_id, pinned, updated_at, id)"),
        // parent_id has no ON DELETE action on purpose: a cascade would recurse once per tree
        // level and hit SQLite's trigger depth limit on long threads. Subtrees are deleted in
        // one statement by the repository instead.
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                       " parent_id INTEGER REFERENCES messages(id),"
                       " role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),"
                       " content TEXT NOT NULL DEFAULT '',"
                       " provider_id TEXT,"
                       " model TEXT,"
                       " state TEXT NOT NULL DEFAULT 'complete'"
                       "  CHECK (state IN ('complete', 'streaming', 'interrupted', 'error')),"
                       " error_kind TEXT,"
                       " error_text TEXT,"
                       " in_context INTEGER NOT NULL DEFAULT 1,"
                       " pinned INTEGER NOT NULL DEFAULT 0,"
                       " prompt_tokens INTEGER,"
                       " completion_tokens INTEGER,"
                       " cached_tokens INTEGER,"
                       " reasoning_tokens INTEGER,"
                       " cost REAL,"
                       " currency TEXT,"
                       " first_token_ms INTEGER,"
                       " duration_ms INTEGER,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_children ON messages(parent_id, created_at, id)"),
        QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, parent_id)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',"
                       " size INTEGER NOT NULL DEFAULT 0,"
                       " text_content TEXT,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
        // Configured provider instances. Keys and tokens live in the OS keychain, never here.
        QStringLiteral("CREATE TABLE providers ("
                       " id TEXT PRIMARY KEY,"
                       " type TEXT NOT NULL,"
                       " display_name TEXT NOT NULL,"
                       " base_url TEXT NOT NULL DEFAULT '',"
                       " options TEXT NOT NULL DEFAULT '{}',"
                       " enabled INTEGER NOT NULL DEFAULT 1,"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE prompt_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " shortcut TEXT UNIQUE,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE model_cache ("
                       " provider_id TEXT PRIMARY KEY,"
                       " models TEXT NOT NULL," // JSON array as the provider listed it
                       " fetched_at INTEGER NOT NULL)"),
        // Full-text search. External content tables: the text is stored once, in messages and
        // conversations. Messages are indexed once they stop streaming, so a checkpoint every
        // second does not re-tokenise a growing answer.
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("CREATE VIRTUAL TABLE conversations_fts USING fts5(title, content='conversations',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages"
                       " WHEN new.state <> 'streaming' BEGIN"
                       " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages"
                       " WHEN old.state <> 'streaming' BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, content)"
                       " VALUES ('delete', old.id, old.content); END"),
        // One trigger, so the old text leaves the index before the new text enters it (separate
        // triggers fire in an unspecified order). Checkpoints of a streaming answer skip it.
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, state ON messages"
                       " WHEN old.state <> 'streaming' OR new.state <> 'streaming' BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, content)"
                       "  SELECT 'delete', old.id, old.content WHERE old.state <> 'streaming';"
                       " INSERT INTO messages_fts(rowid, content)"
                       "  SELECT new.id, new.content WHERE new.state <> 'streaming'; END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN"
                       " INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN"
                       " INSERT INTO conversations_fts(conversations_fts, rowid, title)"
                       " VALUES ('delete', old.id, old.title); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN"
                       " INSERT INTO conversations_fts(conversations_fts, rowid, title)"
                       " VALUES ('delete', old.id, old.title);"
                       " INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END"),
    };
}

// Version 2: a short label per message for naming branches ("shorter answer", "v2 prompt"),
// and a partial index so that the start-up sweep of streaming messages does not scan the table.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN label TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX messages_streaming ON messages(id) WHERE state = 'streaming'"),
    };
}

// Version 3: usage and projects as working contexts. Whether an answer's token counts were
// estimated (the provider reported none); the model's reasoning kept apart from the answer;
// why an answer ended;
// a monthly budget per project; files that go into the context of every conversation of a
// project; templates that belong to one project; and an index for usage over time.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN usage_estimated INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN thinking TEXT NOT NULL DEFAULT ''"),
        // Why a complete answer ended when it is not a plain stop: 'length', 'content_filter' …,
        // and the provider's own word for it ("SAFETY", "blacklist").
        QStringLiteral("ALTER TABLE messages ADD COLUMN finish_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN finish_detail TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE projects ADD COLUMN monthly_budget REAL"),
        QStringLiteral("ALTER TABLE projects ADD COLUMN budget_currency TEXT NOT NULL DEFAULT 'USD'"),
        QStringLiteral("CREATE TABLE project_files ("
                       " id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL DEFAULT 'text/plain',"
                       " size INTEGER NOT NULL DEFAULT 0,"
                       " text_content TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX project_files_project ON project_files(project_id)"),
        QStringLiteral("ALTER TABLE prompt_templates ADD COLUMN project_id INTEGER REFERENCES projects(id) "
                       "ON DELETE CASCADE"),
        QStringLiteral(
            "CREATE INDEX messages_answers_by_time ON messages(created_at) WHERE role = 'assistant'"),
    };
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return 3;
}

QStringList SchemaMigrator::statementsForVersion(int version)
{
    switch (version) {
    case 1: return version1();
    case 2: return version2();
    case 3: return version3();
    default: return {};
    }
}

bool SchemaMigrator::migrate(const QSqlDatabase &db, int fromVersion, StorageError *error, int toVersion)
{
    if (toVersion < 0) {
        toVersion = latestVersion();
    }
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        qCInfo(lcStorage) << "migrating schema to version" << version;
        StorageError stepError;
        bool ok = SqlUtil::run(db, QStringLiteral("BEGIN IMMEDIATE"), &stepError);
        if (ok) {
            const QStringList statements = statementsForVersion(version);
            for (const QString &statement : statements) {
                if (!SqlUtil::run(db, statement, &stepError)) {
                    ok = false;
                    break;
                }
            }
            // PRAGMA takes no bound parameters; the number is ours, not user input.
            ok = ok && SqlUtil::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &stepError);
            ok = ok && SqlUtil::run(db, QStringLiteral("COMMIT"), &stepError);
            if (!ok) {
                SqlUtil::run(db, QStringLiteral("ROLLBACK"), nullptr);
            }
        }
        if (!ok) {
            qCWarning(lcStorage) << "migration to version" << version << "failed:" << stepError.detail;
            if (error) {
                // Keep disk-full and read-only visible as such; anything else is a failed migration.
                if (stepError.kind != StorageError::Kind::DiskFull &&
                    stepError.kind != StorageError::Kind::ReadOnlyLocation) {
                    stepError.kind = StorageError::Kind::MigrationFailed;
                }
                *error = stepError;
            }
            return false;
        }
    }
    return true;
}
