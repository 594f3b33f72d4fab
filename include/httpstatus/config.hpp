// httpstatus: configuration and version. Every macro here may be defined by the user first.
#ifndef HTTPSTATUS_CONFIG_HPP
#define HTTPSTATUS_CONFIG_HPP

// The one place the version lives; CMake reads it from here.
#define HTTPSTATUS_VERSION_MAJOR 0
#define HTTPSTATUS_VERSION_MINOR 1
#define HTTPSTATUS_VERSION_PATCH 0
#define HTTPSTATUS_VERSION \
  (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 + HTTPSTATUS_VERSION_PATCH)

#if __cplusplus < 201703L && !(defined(_MSVC_LANG) && _MSVC_LANG >= 201703L)
#error "httpstatus needs C++17 or later"
#endif

// Whether constant evaluation can be told from run time, so that a constexpr function may take
// a faster path at run time (the built-in std::is_constant_evaluated is made of; using it
// directly spares every user <type_traits> before C++20).
#ifndef HTTPSTATUS_HAS_CONSTANT_EVALUATED
#if defined(__has_builtin)
#if __has_builtin(__builtin_is_constant_evaluated)
#define HTTPSTATUS_HAS_CONSTANT_EVALUATED 1
#define HTTPSTATUS_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#endif
#endif
#endif
#ifndef HTTPSTATUS_HAS_CONSTANT_EVALUATED
#define HTTPSTATUS_HAS_CONSTANT_EVALUATED 0
#endif

#ifndef HTTPSTATUS_NODISCARD
#define HTTPSTATUS_NODISCARD [[nodiscard]]
#endif

#endif  // HTTPSTATUS_CONFIG_HPP
