// httpstatus: every HTTP status code, its RFC 2616 and RFC 9110 semantics, at compile time.
// The umbrella header of the core; integrations (fmt, Catch2, adapters) stand apart.
#ifndef HTTPSTATUS_HTTPSTATUS_HPP
#define HTTPSTATUS_HTTPSTATUS_HPP

#include "config.hpp"
#include "code.hpp"
#include "types.hpp"
#include "table.hpp"
#include "lookup.hpp"
#include "conversions.hpp"
#include "view.hpp"
#include "checks.hpp"
#include "names.hpp"
#include "plan.hpp"
#include "report.hpp"
#include "rules.hpp"
#include "requirements.hpp"
#include "traits.hpp"
#include "exchange.hpp"
#include "flow.hpp"
#include "validate.hpp"
#include "snapshot.hpp"
#include "text.hpp"
#include "parsed.hpp"
#include "parse.hpp"

#endif  // HTTPSTATUS_HTTPSTATUS_HPP
