# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Finds cmark-gfm and its extensions library. Debian ships a pkg-config file only for the core
# library, so the extensions are found with find_library next to it.
# Defines the imported target CMarkGfm::CMarkGfm (core + extensions) and CMarkGfm_VERSION.

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_CMARK_GFM QUIET libcmark-gfm)
endif()

find_path(CMarkGfm_INCLUDE_DIR NAMES cmark-gfm.h HINTS ${PC_CMARK_GFM_INCLUDE_DIRS})
find_path(CMarkGfm_EXTENSIONS_INCLUDE_DIR NAMES cmark-gfm-core-extensions.h HINTS ${PC_CMARK_GFM_INCLUDE_DIRS})
find_library(CMarkGfm_LIBRARY NAMES cmark-gfm HINTS ${PC_CMARK_GFM_LIBRARY_DIRS})
find_library(CMarkGfm_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions HINTS ${PC_CMARK_GFM_LIBRARY_DIRS})
set(CMarkGfm_VERSION "${PC_CMARK_GFM_VERSION}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CMarkGfm
    REQUIRED_VARS CMarkGfm_LIBRARY CMarkGfm_EXTENSIONS_LIBRARY CMarkGfm_INCLUDE_DIR CMarkGfm_EXTENSIONS_INCLUDE_DIR
    VERSION_VAR CMarkGfm_VERSION)

if(CMarkGfm_FOUND AND NOT TARGET CMarkGfm::CMarkGfm)
    add_library(CMarkGfm::Core UNKNOWN IMPORTED)
    set_target_properties(CMarkGfm::Core PROPERTIES
        IMPORTED_LOCATION "${CMarkGfm_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${CMarkGfm_INCLUDE_DIR}")
    add_library(CMarkGfm::Extensions UNKNOWN IMPORTED)
    set_target_properties(CMarkGfm::Extensions PROPERTIES
        IMPORTED_LOCATION "${CMarkGfm_EXTENSIONS_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${CMarkGfm_EXTENSIONS_INCLUDE_DIR}")
    add_library(CMarkGfm::CMarkGfm INTERFACE IMPORTED)
    set_target_properties(CMarkGfm::CMarkGfm PROPERTIES
        INTERFACE_LINK_LIBRARIES "CMarkGfm::Extensions;CMarkGfm::Core")
endif()
mark_as_advanced(CMarkGfm_INCLUDE_DIR CMarkGfm_EXTENSIONS_INCLUDE_DIR CMarkGfm_LIBRARY CMarkGfm_EXTENSIONS_LIBRARY)
