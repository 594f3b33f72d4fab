# Optional parts of the build (tests, integrations, the linter) and the packages they need.
# A part whose package is missing is skipped and listed at the end of the configure, or, with
# HTTPSTATUS_REQUIRE_ALL_DEPENDENCIES (CI sets it), fails the configure.

# httpstatus_skip(PART NEEDS): PART is left out because NEEDS (a package, and where to get it)
# was not found.
function(httpstatus_skip part needs)
  if(HTTPSTATUS_REQUIRE_ALL_DEPENDENCIES)
    message(FATAL_ERROR "httpstatus: cannot build ${part}: no ${needs} "
                        "(HTTPSTATUS_REQUIRE_ALL_DEPENDENCIES is ON)")
  endif()
  set_property(GLOBAL APPEND PROPERTY HTTPSTATUS_SKIPPED_PARTS "${part}: no ${needs}")
endfunction()

# Prints what the configure left out, and why; once, at the end of a top-level configure.
function(httpstatus_print_skipped_parts)
  get_property(skipped GLOBAL PROPERTY HTTPSTATUS_SKIPPED_PARTS)
  if(NOT skipped)
    message(STATUS "httpstatus: every optional part is configured")
    return()
  endif()
  list(LENGTH skipped count)
  message(STATUS "httpstatus: ${count} optional parts skipped (the library itself is complete):")
  foreach(line IN LISTS skipped)
    message(STATUS "  - ${line}")
  endforeach()
endfunction()

# httpstatus_check_part(OUT PART FOUND NEEDS [FOUND NEEDS]...): OUT is TRUE when every FOUND
# (a variable's name) is true; otherwise FALSE, and PART is skipped naming each missing NEEDS.
function(httpstatus_check_part out part)
  set(pairs ${ARGN})
  set(missing "")
  list(LENGTH pairs n)
  while(n GREATER 1)
    list(GET pairs 0 found)
    list(GET pairs 1 needs)
    list(REMOVE_AT pairs 0 1)
    if(NOT ${found})
      list(APPEND missing "${needs}")
    endif()
    list(LENGTH pairs n)
  endwhile()
  if(missing)
    string(JOIN ", no " text ${missing})
    httpstatus_skip("${part}" "${text}")
    set(${out} FALSE PARENT_SCOPE)
  else()
    set(${out} TRUE PARENT_SCOPE)
  endif()
endfunction()
