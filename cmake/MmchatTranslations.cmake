# SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles translations/*.ts into .qm files and embeds them as the resource folder :/i18n.
# The .ts files are updated from the sources with scripts/update-translations.sh (lupdate);
# the build only runs lrelease, so a build never rewrites tracked files.

set(MMCHAT_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/multimodel-chat_en.ts"
    "${PROJECT_SOURCE_DIR}/translations/multimodel-chat_ru.ts")

# mmchat_add_translations(<target>): <target> is an OBJECT library that carries the resource,
# so its static registration is linked into every program that uses it.
function(mmchat_add_translations target)
    set(qm_dir "${CMAKE_CURRENT_BINARY_DIR}/i18n")
    file(MAKE_DIRECTORY "${qm_dir}")
    set(qm_files)
    set(qrc_entries)
    foreach(ts IN LISTS MMCHAT_TS_FILES)
        get_filename_component(name "${ts}" NAME_WE)
        set(qm "${qm_dir}/${name}.qm")
        add_custom_command(OUTPUT "${qm}"
            COMMAND Qt${QT_MAJOR}::lrelease -silent -removeidentical "${ts}" -qm "${qm}"
            DEPENDS "${ts}"
            COMMENT "Compiling translation ${name}"
            VERBATIM)
        list(APPEND qm_files "${qm}")
        string(APPEND qrc_entries "    <file>${name}.qm</file>\n")
    endforeach()
    set(qrc "${qm_dir}/translations.qrc")
    file(WRITE "${qrc}.in" "<!DOCTYPE RCC><RCC version=\"1.0\">\n  <qresource prefix=\"/i18n\">\n${qrc_entries}  </qresource>\n</RCC>\n")
    configure_file("${qrc}.in" "${qrc}" COPYONLY)
    set(cpp "${CMAKE_CURRENT_BINARY_DIR}/qrc_translations.cpp")
    add_custom_command(OUTPUT "${cpp}"
        COMMAND Qt${QT_MAJOR}::rcc --name mmchat_translations -o "${cpp}" "${qrc}"
        DEPENDS "${qrc}" ${qm_files}
        WORKING_DIRECTORY "${qm_dir}"
        COMMENT "Embedding translations"
        VERBATIM)
    set_source_files_properties("${qrc}" PROPERTIES SKIP_AUTORCC ON)
    set_source_files_properties("${cpp}" PROPERTIES SKIP_AUTOMOC ON SKIP_AUTOUIC ON)
    target_sources(${target} PRIVATE "${cpp}")
endfunction()
