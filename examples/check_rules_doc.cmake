# Fails when EXPECTED (docs/rules.md, or include/httpstatus/rules.hpp with
# ARGUMENTS=--rule-ids) is not what rules_reference writes now.
execute_process(COMMAND "${PROGRAM}" ${ARGUMENTS} RESULT_VARIABLE result OUTPUT_VARIABLE generated)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARGUMENTS} failed (${result})")
endif()
file(READ "${EXPECTED}" current)
if(NOT generated STREQUAL current)
  message(FATAL_ERROR "${EXPECTED} is out of date: run "
                      "'cmake --build <build> --target httpstatus_update_rules_doc' and commit it")
endif()
