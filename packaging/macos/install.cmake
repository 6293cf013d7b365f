# macOS: Pauzeknop.app (Info.plist, icon, Qt frameworks and plugins by macdeployqt) in a DMG
# (`cpack -G DragNDrop`). Not built or tested on the project's Debian machines;
# .github/workflows/packages.yml builds it. The app is not signed or notarised (see README).

# The languages macOS offers the app in: one per translations/pauzeknop_<lang>.ts.
file(GLOB pauzeknop_ts CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/pauzeknop_*.ts)
set(PAUZEKNOP_PLIST_LOCALIZATIONS "")
foreach(ts IN LISTS pauzeknop_ts)
    get_filename_component(name ${ts} NAME_WE)
    string(REPLACE "pauzeknop_" "" code ${name})
    string(APPEND PAUZEKNOP_PLIST_LOCALIZATIONS "    <string>${code}</string>\n")
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in @ONLY)

set_target_properties(pauzeknop PROPERTIES
    OUTPUT_NAME Pauzeknop # Pauzeknop.app
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${PAUZEKNOP_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Pauzeknop
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE pauzeknop.icns
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
set(PAUZEKNOP_ICNS ${CMAKE_CURRENT_LIST_DIR}/pauzeknop.icns)
target_sources(pauzeknop PRIVATE ${PAUZEKNOP_ICNS})
set_source_files_properties(${PAUZEKNOP_ICNS} TARGET_DIRECTORY pauzeknop
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# Qt frameworks and plugins, and the non-system libraries (libqrencode) into the bundle.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/PauzeknopDeploy.cmake)
pauzeknop_deploy_qt("$<TARGET_FILE_NAME:pauzeknop>.app")

# Next to the app in the DMG: the licence and the organisation's managed-file examples.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/COPYING DESTINATION . RENAME "Licence (GPL-3.0).txt")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/managed/pauzeknop.conf
    ${PROJECT_SOURCE_DIR}/packaging/managed/content.example.json
    DESTINATION "Managed configuration examples")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_NAME Pauzeknop)
set(CPACK_DMG_VOLUME_NAME Pauzeknop)
set(CPACK_DMG_FORMAT UDZO)
