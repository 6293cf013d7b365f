# Packaging checks, run by ctest with the rest of the suite (Packaging.*).
set(PAUZEKNOP_LINUX_SOURCE ${PROJECT_SOURCE_DIR}/packaging/linux)

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    add_test(NAME Packaging.DesktopFileIsValid
        COMMAND ${DESKTOP_FILE_VALIDATE} ${PAUZEKNOP_LINUX_SOURCE}/${PAUZEKNOP_APP_ID}.desktop)
endif()
add_test(NAME Packaging.DesktopFileHasPauseNowAction
    COMMAND bash -c "grep -q '^Actions=PauseNow;' packaging/linux/be.pauzeknop.Pauzeknop.desktop && grep -q '^Exec=pauzeknop --pause$' packaging/linux/be.pauzeknop.Pauzeknop.desktop"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

if(UNIX AND NOT APPLE)
    # The metainfo as installed (version and languages filled in), checked as software centres do.
    find_program(APPSTREAMCLI appstreamcli)
    if(APPSTREAMCLI)
        add_test(NAME Packaging.MetainfoIsValid
            COMMAND ${APPSTREAMCLI} validate --no-net --pedantic
                ${PAUZEKNOP_GENERATED}/${PAUZEKNOP_APP_ID}.metainfo.xml)
    endif()
    # Every translation is listed as a supported language, and every screenshot exists.
    add_test(NAME Packaging.MetainfoListsLanguagesAndScreenshots
        COMMAND bash ${PAUZEKNOP_LINUX_SOURCE}/check-metainfo.sh
            ${PAUZEKNOP_GENERATED}/${PAUZEKNOP_APP_ID}.metainfo.xml ${PROJECT_SOURCE_DIR})
    # Every option of --help is in the man page, which renders without groff warnings.
    add_test(NAME Packaging.ManPageListsEveryOption
        COMMAND bash ${PAUZEKNOP_LINUX_SOURCE}/check-manpage.sh $<TARGET_FILE:pauzeknop>
            ${PAUZEKNOP_GENERATED}/pauzeknop.1)
    # Each committed PNG icon has the size of its folder, with transparent corners.
    add_test(NAME Packaging.IconsHaveTheirSizes
        COMMAND bash ${PAUZEKNOP_LINUX_SOURCE}/check-icons.sh ${PAUZEKNOP_LINUX_SOURCE}/icons/hicolor)
endif()

# The Flatpak manifest cannot be built here; this checks what can be: valid YAML, the fields
# flatpak-builder needs, no network permission, every local file it names exists.
find_program(PAUZEKNOP_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(PAUZEKNOP_PYTHON3)
    add_test(NAME Packaging.FlatpakManifestIsSound
        COMMAND ${PAUZEKNOP_PYTHON3} ${PROJECT_SOURCE_DIR}/packaging/flatpak/lint-manifest.py
            ${PROJECT_SOURCE_DIR}/packaging/flatpak/be.pauzeknop.Pauzeknop.yml)
endif()

# The version of the project is the newest in the Debian changelog and in the metainfo releases.
add_test(NAME Packaging.VersionsAgree
    COMMAND bash -c "changelog=$(sed -nE '1s/^pauzeknop \\(([^)]+)\\).*/\\1/p' packaging/linux/changelog); release=$(grep -m1 -oE '<release version=\"[^\"]+\"' packaging/linux/be.pauzeknop.Pauzeknop.metainfo.xml.in | cut -d'\"' -f2); echo \"project ${PROJECT_VERSION}, changelog $changelog, metainfo $release\"; [[ $changelog == ${PROJECT_VERSION} && $release == ${PROJECT_VERSION} ]]"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# The Windows policy example sets exactly what the managed file example sets (as registry values).
if(PAUZEKNOP_PYTHON3)
    add_test(NAME Packaging.WindowsPolicyExampleMatchesManagedFile
        COMMAND ${PAUZEKNOP_PYTHON3} ${PROJECT_SOURCE_DIR}/packaging/windows/check-policy-example.py
            ${PROJECT_SOURCE_DIR}/packaging/windows/pauzeknop-policy.reg
            ${PROJECT_SOURCE_DIR}/packaging/managed/pauzeknop.conf)
endif()
