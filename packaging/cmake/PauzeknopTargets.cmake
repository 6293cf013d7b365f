# Installs the program and every shared library or plugin module that the app folder builds, so a
# library split out of the executable later is packaged without touching this file again.

# All targets defined in DIR and the folders below it.
function(pauzeknop_targets_below dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        pauzeknop_targets_below(${subdir} below)
        list(APPEND targets ${below})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(pauzeknop_install_targets)
    # Private libraries live in their own folder (Debian policy: not a public shared library).
    set(private_dir ${CMAKE_INSTALL_LIBDIR}/${PAUZEKNOP_PACKAGE})
    pauzeknop_targets_below(${PROJECT_SOURCE_DIR}/app targets)
    set(libraries "")
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "SHARED_LIBRARY" OR type STREQUAL "MODULE_LIBRARY")
            list(APPEND libraries ${target})
        endif()
    endforeach()
    set(PAUZEKNOP_INSTALLED_LIBRARIES ${libraries} PARENT_SCOPE)

    if(WIN32)
        # The DLLs that are not Qt's (libqrencode, the compiler runtime): windows/install.cmake.
        set(dependency_set RUNTIME_DEPENDENCY_SET pauzeknop_runtime)
    endif()
    install(TARGETS pauzeknop ${dependency_set}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
    if(libraries)
        if(APPLE)
            # Next to the executable inside the bundle, where the launcher looks first.
            install(TARGETS ${libraries}
                LIBRARY DESTINATION Pauzeknop.app/Contents/MacOS
                RUNTIME DESTINATION Pauzeknop.app/Contents/MacOS)
        elseif(WIN32)
            # DLLs and plugin modules next to the .exe, where the launcher looks first.
            install(TARGETS ${libraries} RUNTIME_DEPENDENCY_SET pauzeknop_runtime
                LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR}
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        else()
            # A private folder (Debian policy: not a public shared library), no development link.
            install(TARGETS ${libraries} LIBRARY DESTINATION ${private_dir} NAMELINK_SKIP)
            # A plugin module that calls no C library function itself would not record libc
            # among its needs under --as-needed; Debian wants every shared object to (lintian:
            # library-not-linked-against-libc). Only libc is forced, the rest stays as needed.
            set_property(TARGET ${libraries} APPEND PROPERTY LINK_OPTIONS
                "LINKER:--push-state,--no-as-needed,-lc,--pop-state")
            # A RUNPATH only where the program links one of them (a launcher that loads the
            # library by its path needs none, and lintian would question it).
            get_target_property(linked pauzeknop LINK_LIBRARIES)
            foreach(library IN LISTS libraries)
                if(library IN_LIST linked)
                    file(RELATIVE_PATH up /${CMAKE_INSTALL_BINDIR} /${private_dir})
                    set_property(TARGET pauzeknop PROPERTY INSTALL_RPATH "$ORIGIN/${up}")
                endif()
            endforeach()
        endif()
    endif()
endfunction()
