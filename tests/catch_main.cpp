// Catch2's main, shared by the test programs. Wide lines: findings and citations are long,
// and a test reads what a failing matcher prints.
#define CATCH_CONFIG_CONSOLE_WIDTH 200
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
