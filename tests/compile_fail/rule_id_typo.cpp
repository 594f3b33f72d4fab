// Compiled twice by ctest: as it is, it must compile; with HTTPSTATUS_TYPO, it must not, and
// the error must name the reason (the id is not in checks[]).
#include <httpstatus/rules.hpp>

#ifdef HTTPSTATUS_TYPO
inline constexpr httpstatus::rule_id misspelt{"field.mising"};
#else
inline constexpr httpstatus::rule_id spelt{"field.missing"};
#endif

int main() { return 0; }
