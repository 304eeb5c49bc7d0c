# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One place for compiler warnings and project-wide definitions; -Werror when CI is set.

function(mmchat_set_target_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_TO_ASCII
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x050F00)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
            -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            # Qt 5 headers trip these with GCC 12; they say nothing about our code.
            target_compile_options(${target} PRIVATE -Wno-deprecated-copy -Wno-array-bounds)
        endif()
        if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_include_directories(${target} PRIVATE "${PROJECT_BINARY_DIR}/generated")
endfunction()
