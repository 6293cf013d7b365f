# Windows and macOS: copies Qt's libraries and plugins next to the program (windeployqt,
# macdeployqt) through Qt's deploy scripts. The app's own libraries and plugin modules
# (PAUZEKNOP_INSTALLED_LIBRARIES) are passed along so that what they need is copied too.
# EXECUTABLE is the program as installed, relative to the install prefix.
function(pauzeknop_deploy_qt executable)
    if(Qt6_VERSION VERSION_LESS 6.5)
        # Qt 6.3/6.4: the plain app script (no extra libraries).
        qt_generate_deploy_app_script(TARGET pauzeknop FILENAME_VARIABLE script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    elseif(NOT PAUZEKNOP_INSTALLED_LIBRARIES)
        qt_generate_deploy_app_script(TARGET pauzeknop OUTPUT_SCRIPT script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        set(libraries "")
        set(modules "")
        foreach(target IN LISTS PAUZEKNOP_INSTALLED_LIBRARIES)
            get_target_property(type ${target} TYPE)
            if(type STREQUAL "MODULE_LIBRARY")
                string(APPEND modules " \"$<TARGET_FILE:${target}>\"")
            else()
                string(APPEND libraries " \"$<TARGET_FILE:${target}>\"")
            endif()
        endforeach()
        set(extra "")
        if(libraries)
            string(APPEND extra "    ADDITIONAL_LIBRARIES${libraries}\n")
        endif()
        if(modules)
            string(APPEND extra "    ADDITIONAL_MODULES${modules}\n")
        endif()
        qt_generate_deploy_script(TARGET pauzeknop OUTPUT_SCRIPT script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${executable}\"
${extra}    GENERATE_QT_CONF)
")
    endif()
    install(SCRIPT ${script})
endfunction()
