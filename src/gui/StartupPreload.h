// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

// Loads, on a thread of its own, plugins that the first frame needs and that the main thread
// would otherwise load one after another while it builds the window: the SQLite driver (and
// SQLite with it), and the image format plugins, which Qt loads all at once to probe them for
// the style's first standard icon (the menu bar's). Together 2-3 ms of a start that now
// overlap with building the widgets. Plugins end up owned by the main thread as usual.
class StartupPreload
{
public:
    StartupPreload();
    ~StartupPreload();
    StartupPreload(const StartupPreload &) = delete;
    StartupPreload &operator=(const StartupPreload &) = delete;

    // Returns once everything is loaded (at once if it already is).
    void wait();

private:
    std::thread m_thread;
};
