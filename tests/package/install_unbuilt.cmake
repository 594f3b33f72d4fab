# A plain configure and `cmake --install`, with nothing built: the headers, the CMake package
# and the pkg-config file are installed, and the linter (not built) is left out, not an error.
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -P install_unbuilt.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${WORK_DIR}/build"
                        -DCMAKE_INSTALL_PREFIX=${WORK_DIR}/prefix -DHTTPSTATUS_BUILD_TESTS=OFF
                RESULT_VARIABLE configured OUTPUT_QUIET)
if(NOT configured EQUAL 0)
  message(FATAL_ERROR "configure failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install "${WORK_DIR}/build"
                RESULT_VARIABLE installed OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT installed EQUAL 0)
  message(FATAL_ERROR "cmake --install without a build failed:\n${out}${err}")
endif()
foreach(path include/httpstatus/httpstatus.hpp share/cmake/httpstatus/httpstatusConfig.cmake
             share/pkgconfig/httpstatus.pc)
  if(NOT EXISTS "${WORK_DIR}/prefix/${path}")
    file(GLOB_RECURSE all RELATIVE "${WORK_DIR}/prefix" "${WORK_DIR}/prefix/*")
    message(FATAL_ERROR "not installed: ${path}\ninstalled: ${all}")
  endif()
endforeach()
if(EXISTS "${WORK_DIR}/prefix/bin/httpstatus-lint")
  message(FATAL_ERROR "a linter that was never built was installed")
endif()
message(STATUS "installed without a build: headers, CMake package, pkg-config file")
