# Windows: pauzeknop.exe with its icon, the Qt DLLs and plugins (windeployqt), the other DLLs it
# needs (libqrencode, the compiler runtime), and an installer: an MSI (`cpack -G WIX`, WiX
# Toolset 3) that Group Policy and Intune deploy, or an NSIS .exe (`cpack -G NSIS`).
# Not built or tested on the project's Debian machines; .github/workflows/packages.yml builds it.

# The .exe's icon (Explorer, taskbar, Start menu), with the .ico's full path for windres and rc.
set(PAUZEKNOP_ICO ${CMAKE_CURRENT_LIST_DIR}/pauzeknop.ico)
configure_file(${CMAKE_CURRENT_LIST_DIR}/pauzeknop.rc.in ${CMAKE_CURRENT_BINARY_DIR}/pauzeknop.rc @ONLY)
target_sources(pauzeknop PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/pauzeknop.rc)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/COPYING DESTINATION doc RENAME COPYING.txt)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/managed/pauzeknop.conf
    ${PROJECT_SOURCE_DIR}/packaging/managed/content.example.json
    ${CMAKE_CURRENT_LIST_DIR}/pauzeknop-policy.reg
    DESTINATION doc/examples)

# Qt's DLLs, platform, style, SQL, multimedia and image plugins, and Qt's translations.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/PauzeknopDeploy.cmake)
pauzeknop_deploy_qt("${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:pauzeknop>")

# Every other DLL the .exe loads, looked up next to the compiler and the libraries found
# (MSYS2: $MSYSTEM_PREFIX/bin); Windows' own DLLs and Qt's (windeployqt's job) are left out.
get_filename_component(pauzeknop_compiler_bin ${CMAKE_CXX_COMPILER} DIRECTORY)
set(pauzeknop_dll_dirs ${pauzeknop_compiler_bin})
foreach(dir IN LISTS QRENCODE_LIBRARY_DIRS)
    list(APPEND pauzeknop_dll_dirs ${dir} ${dir}/../bin)
endforeach()
install(RUNTIME_DEPENDENCY_SET pauzeknop_runtime
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
    POST_EXCLUDE_REGEXES "[Ss]ystem32/" "[Ww]indows/"
    DIRECTORIES ${pauzeknop_dll_dirs}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_NAME Pauzeknop) # Windows shows this name in Apps and the installer
set(CPACK_PACKAGE_EXECUTABLES pauzeknop Pauzeknop) # Start menu: Pauzeknop
configure_file(${PROJECT_SOURCE_DIR}/packaging/COPYING ${CMAKE_CURRENT_BINARY_DIR}/COPYING.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/COPYING.txt)
# WiX (MSI): a fixed upgrade code, so a newer MSI replaces an older one; installed per machine.
set(CPACK_WIX_UPGRADE_GUID 8AC33B8F-E863-420F-933D-ED42A6020019)
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/pauzeknop.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER .)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPPRODUCTICON ProductIcon.ico)
# NSIS (.exe): Start menu entries for Pauzeknop and "Pause now", one click to start at the end.
set(CPACK_NSIS_DISPLAY_NAME Pauzeknop)
set(CPACK_NSIS_PACKAGE_NAME Pauzeknop)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/pauzeknop.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/pauzeknop.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\pauzeknop.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN pauzeknop.exe)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Pause now.lnk' '$INSTDIR\\\\bin\\\\pauzeknop.exe' '--pause'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Pause now.lnk'")
