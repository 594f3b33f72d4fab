# Builds and runs a consumer project of httpstatus. Called by ctest with
# -DKIND=find_package|add_subdirectory -DSOURCE_DIR -DBINARY_DIR -DWORK_DIR -DCXX.
file(REMOVE_RECURSE "${WORK_DIR}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "failed (${result}): ${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()

set(consumer_args -DCMAKE_CXX_COMPILER=${CXX})
if(KIND STREQUAL "find_package")
  set(prefix "${WORK_DIR}/prefix")
  run(${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${prefix}")
  foreach(f include/httpstatus/httpstatus.hpp share/cmake/httpstatus/httpstatusConfig.cmake
            share/cmake/httpstatus/httpstatusConfigVersion.cmake share/pkgconfig/httpstatus.pc)
    if(NOT EXISTS "${prefix}/${f}")
      message(FATAL_ERROR "the install did not write ${f}")
    endif()
  endforeach()
  list(APPEND consumer_args -DCMAKE_PREFIX_PATH=${prefix})
  # The pkg-config file must point at the installed headers.
  find_program(PKG_CONFIG pkg-config)
  if(PKG_CONFIG)
    set(ENV{PKG_CONFIG_PATH} "${prefix}/share/pkgconfig")
    execute_process(COMMAND ${PKG_CONFIG} --cflags httpstatus OUTPUT_VARIABLE cflags
                    RESULT_VARIABLE result OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX REPLACE "^-I" "" include_dir "${cflags}")
    get_filename_component(include_dir "${include_dir}" REALPATH)
    get_filename_component(expected "${prefix}/include" REALPATH)
    if(NOT result EQUAL 0 OR NOT include_dir STREQUAL expected)
      message(FATAL_ERROR "pkg-config --cflags httpstatus gave '${cflags}' (${result})")
    endif()
  endif()
else()
  list(APPEND consumer_args -DHTTPSTATUS_SOURCE_DIR=${SOURCE_DIR})
endif()

run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/package/${KIND}" -B "${WORK_DIR}/build"
    ${consumer_args})
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer")
if(KIND STREQUAL "add_subdirectory")
  # The consumer's install holds its export and httpstatus, which that export needs.
  set(prefix "${WORK_DIR}/prefix")
  run(${CMAKE_COMMAND} --install "${WORK_DIR}/build" --prefix "${prefix}")
  foreach(f share/cmake/consumer/consumerTargets.cmake include/httpstatus/httpstatus.hpp
            share/cmake/httpstatus/httpstatusConfig.cmake)
    if(NOT EXISTS "${prefix}/${f}")
      message(FATAL_ERROR "the consumer's install did not write ${f}")
    endif()
  endforeach()
endif()
