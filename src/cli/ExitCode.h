// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exit codes shared by every command (documented in --help and the man page).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRuntime = 1,     // a provider failed, or something else went wrong at run time
    ExitUsage = 2,       // wrong arguments
    ExitCredentials = 3, // no key, a rejected key, or the keychain failed
    ExitStorage = 4,     // the history database or the configuration file cannot be used
};
