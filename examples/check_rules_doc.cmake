# Fails when docs/rules.md is not what rules_reference writes now.
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE result OUTPUT_VARIABLE generated)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${result})")
endif()
file(READ "${EXPECTED}" current)
if(NOT generated STREQUAL current)
  message(FATAL_ERROR "docs/rules.md is out of date: run "
                      "'cmake --build <build> --target httpstatus_update_rules_doc' and commit it")
endif()
