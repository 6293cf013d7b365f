# Linux: desktop integration, man page, documentation and the Debian package (CPack DEB).
# Included from packaging/CMakeLists.txt.

set(PAUZEKNOP_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${PAUZEKNOP_PACKAGE}) # lower case, as Debian wants

# Desktop file with its "Pause now" action.
install(FILES ${PAUZEKNOP_LINUX}/${PAUZEKNOP_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# AppStream metainfo: the languages and how far each is translated come from translations/*.ts.
include(${CMAKE_CURRENT_LIST_DIR}/metainfo-languages.cmake)
pauzeknop_metainfo_languages(PAUZEKNOP_METAINFO_LANGUAGES)
configure_file(${PAUZEKNOP_LINUX}/${PAUZEKNOP_APP_ID}.metainfo.xml.in
    ${PAUZEKNOP_GENERATED}/${PAUZEKNOP_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PAUZEKNOP_GENERATED}/${PAUZEKNOP_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG, and PNGs rendered by render-icons.sh (16 and 24 px have their own drawing).
install(FILES ${PAUZEKNOP_LINUX}/${PAUZEKNOP_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PAUZEKNOP_LINUX}/icons/hicolor/${size}x${size}/apps/${PAUZEKNOP_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Man page and Debian changelog, compressed as Debian policy asks (gzip -9n: no name, no time).
configure_file(${PAUZEKNOP_LINUX}/pauzeknop.1 ${PAUZEKNOP_GENERATED}/pauzeknop.1 @ONLY)
find_program(PAUZEKNOP_GZIP gzip REQUIRED)
set(PAUZEKNOP_COMPRESSED "")
foreach(pair "${PAUZEKNOP_GENERATED}/pauzeknop.1|pauzeknop.1.gz"
             "${PAUZEKNOP_LINUX}/changelog|changelog.gz")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 input)
    list(GET pair 1 output)
    add_custom_command(OUTPUT ${PAUZEKNOP_GENERATED}/${output}
        COMMAND sh -c "\"$0\" -9n -c \"$1\" > \"$2\"" ${PAUZEKNOP_GZIP} ${input}
            ${PAUZEKNOP_GENERATED}/${output}
        DEPENDS ${input}
        COMMENT "Compressing ${output}"
        VERBATIM)
    list(APPEND PAUZEKNOP_COMPRESSED ${PAUZEKNOP_GENERATED}/${output})
endforeach()
add_custom_target(pauzeknop_compressed_docs ALL DEPENDS ${PAUZEKNOP_COMPRESSED})
install(FILES ${PAUZEKNOP_GENERATED}/pauzeknop.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PAUZEKNOP_GENERATED}/changelog.gz DESTINATION ${PAUZEKNOP_DOCDIR})

# Licence in Debian's machine-readable form (the full GPL-3 text is /usr/share/common-licenses).
install(FILES ${PAUZEKNOP_LINUX}/copyright DESTINATION ${PAUZEKNOP_DOCDIR})
# The organisation's managed files: commented examples to copy into /etc/xdg/Pauzeknop/.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/managed/pauzeknop.conf
    ${PROJECT_SOURCE_DIR}/packaging/managed/content.example.json
    DESTINATION ${PAUZEKNOP_DOCDIR}/examples)
# lintian: the few tags that do not apply, each with its reason (see the file).
install(FILES ${PAUZEKNOP_LINUX}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${PAUZEKNOP_PACKAGE})

# ---- Debian package: `cpack -G DEB` in the build folder, or packaging/linux/check-deb.sh ----
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pauzeknop_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PAUZEKNOP_MAINTAINER})
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the program links are found by dpkg-shlibdeps; what Qt loads at run time is not.
# On Debian 12 (dpkg -S on each plugin that check-deb.sh sees loaded):
#   libqt6sql6-sqlite  the SQLite driver of the usage log (plugins/sqldrivers/libqsqlite.so)
#   the xcb platform plugin and the input context plugin ship in libqt6gui6 (from shlibdeps);
#                      qt6-qpa-plugins holds only the vnc and tuio plugins, so it is not needed
#   the sound backend  Qt 6.4 plays the cues through PulseAudio inside libqt6multimedia6 (from
#                      shlibdeps, with libpulse0); its plugins/multimedia (GStreamer, FFmpeg) ship
#                      in the same package
#   fonts              the font lines of packaging/dev/debian-packages.txt: a font for every
#                      language's script, Arabic shapes included (check-deb.sh checks each)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/dev/debian-packages.txt PAUZEKNOP_FONT_PACKAGES
    REGEX "^fonts-")
list(TRANSFORM PAUZEKNOP_FONT_PACKAGES REPLACE "[ \t]*#.*$" "")
list(JOIN PAUZEKNOP_FONT_PACKAGES ", " PAUZEKNOP_FONT_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, ${PAUZEKNOP_FONT_DEPENDS}")
# Native Wayland windows, and Qt's own dialogs (print, file) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"When a parent, grandparent or childcare worker reaches their limit with a
crying or difficult child, one tap opens a calm pause screen: make sure the
child is safe, breathe along with a timer, read a short tip, or call someone
who can help. The emergency number 112 is always one tap away.

Pauzeknop never uses the network and keeps no personal data: its usage log
holds anonymous counts that stay on the computer. A childcare organisation can
set it up once for a shared PC (language, region, its own contact person) and
lock the settings.

It is the software side of a Flemish campaign against violence towards young
children. Its texts are translated into several languages, Dutch, French,
German and Arabic among them.")
