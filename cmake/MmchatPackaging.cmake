# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack -G DEB` in a build directory makes an installable Debian package. Its
# dependencies are worked out by dpkg-shlibdeps from the linked libraries.
set(CPACK_PACKAGE_NAME "multimodel-chat")
set(CPACK_PACKAGE_VENDOR "Multimodel Chat contributors")
set(CPACK_PACKAGE_CONTACT "Multimodel Chat contributors <mmchat@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not found by shlibdeps: loaded at run time as plugins or through D-Bus.
if(QT_MAJOR EQUAL 5)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt5sql5-sqlite")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Desktop chat client for many language-model providers
 Multimodel Chat talks to YandexGPT, GigaChat, OpenAI, Groq, Ollama and other
 OpenAI-compatible providers through one interface and keeps every conversation
 as a tree of branches in a local SQLite database. It includes the terminal
 client mmchat.")
include(CPack)
