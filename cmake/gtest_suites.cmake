# One ctest entry per GoogleTest suite (not per test): run after a test binary is built, it lists the binary's
# suites and writes the add_test calls ctest includes. Every test process pays the sanitizers' start-up and a
# suite's shared fixture (a demo server, a database); per suite they are paid once.
#   cmake -DBINARY=… -DOUTPUT=… -DPREFIX=… -DLABEL=… -P gtest_suites.cmake
execute_process(COMMAND "${BINARY}" --gtest_list_tests OUTPUT_VARIABLE uitvoer RESULT_VARIABLE rc
                ERROR_VARIABLE fout TIMEOUT 60)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${BINARY} --gtest_list_tests mislukte (${rc}): ${fout}")
endif()
string(REPLACE "\n" ";" regels "${uitvoer}")
set(inhoud "")
foreach(regel IN LISTS regels)
  # A suite line starts in the first column and ends its name with a dot (a typed suite adds a comment).
  if(regel MATCHES "^([^ #][^ ]*)\\.( .*)?$")
    set(naam "${PREFIX}${CMAKE_MATCH_1}")
    string(APPEND inhoud "add_test([==[${naam}]==] [==[${BINARY}]==] [==[--gtest_filter=${CMAKE_MATCH_1}.*]==])\n")
    # A suite runs many tests: a longer limit than the preset's per entry.
    string(APPEND inhoud "set_tests_properties([==[${naam}]==] PROPERTIES TIMEOUT 900")
    if(LABEL)
      string(APPEND inhoud " LABELS [==[${LABEL}]==]")
    endif()
    string(APPEND inhoud ")\n")
  endif()
endforeach()
file(WRITE "${OUTPUT}" "${inhoud}")
