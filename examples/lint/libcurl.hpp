// libcurl for --probe, loaded when a probe is asked for (dlopen), not linked. Linked, every
// run of the linter loaded libcurl and the libraries it needs (TLS, HTTP/2, SSH, LDAP,
// Kerberos: about 30 on Debian bookworm), about 9 ms a start, whether it probed or not: a
// fifth of the time to lint a stream of 10,000 responses. The functions' types come from
// <curl/curl.h>.
#ifndef HTTPSTATUS_LINT_LIBCURL_HPP
#define HTTPSTATUS_LINT_LIBCURL_HPP

#include <curl/curl.h>
#include <dlfcn.h>

#include <string>

// The file to load: libcurl's soname, the same since libcurl 7.16 (2006).
#ifndef HTTPSTATUS_LINT_LIBCURL
#define HTTPSTATUS_LINT_LIBCURL "libcurl.so.4"
#endif

namespace lint {
namespace detail {

// The functions of libcurl the probe calls, each as (member, symbol): one list, from which
// the struct and the loading are both written.
#define HTTPSTATUS_LINT_LIBCURL_FUNCTIONS(X)                                                \
  X(global_init, curl_global_init)                                                         \
  X(global_cleanup, curl_global_cleanup)                                                   \
  X(easy_init, curl_easy_init)                                                             \
  X(easy_cleanup, curl_easy_cleanup)                                                       \
  X(easy_reset, curl_easy_reset)                                                           \
  X(easy_setopt, curl_easy_setopt)                                                         \
  X(easy_perform, curl_easy_perform)                                                       \
  X(easy_strerror, curl_easy_strerror)                                                     \
  X(slist_append, curl_slist_append)                                                       \
  X(slist_free_all, curl_slist_free_all)                                                   \
  X(url, curl_url)                                                                         \
  X(url_cleanup, curl_url_cleanup)                                                         \
  X(url_get, curl_url_get)                                                                 \
  X(url_set, curl_url_set)                                                                 \
  X(free, curl_free)

// `decltype(&::curl_easy_setopt)` is the function's type: curl.h's type-checking macro of the
// same name applies only to calls.
struct libcurl_functions {
#define HTTPSTATUS_LINT_MEMBER(member, symbol) decltype(&::symbol) member = nullptr;
  HTTPSTATUS_LINT_LIBCURL_FUNCTIONS(HTTPSTATUS_LINT_MEMBER)
#undef HTTPSTATUS_LINT_MEMBER
};

struct loaded_libcurl {
  libcurl_functions functions;
  std::string error;  // why it could not be loaded; empty when it was
};

template <class Function>
bool find_symbol(void* library, const char* name, Function& out, std::string& error) {
  void* symbol = dlsym(library, name);
  if (symbol == nullptr) {
    error = std::string(HTTPSTATUS_LINT_LIBCURL " has no ") + name;
    return false;
  }
  out = reinterpret_cast<Function>(symbol);
  return true;
}

inline loaded_libcurl load_libcurl() {
  loaded_libcurl loaded;
  void* library = dlopen(HTTPSTATUS_LINT_LIBCURL, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* why = dlerror();
    loaded.error = std::string("--probe needs libcurl (Debian: libcurl4), which could not be "
                               "loaded: ") + (why != nullptr ? why : HTTPSTATUS_LINT_LIBCURL);
    return loaded;
  }
  libcurl_functions& f = loaded.functions;
  std::string& e = loaded.error;
  // never unloaded: the process ends soon after the probes; the first symbol missing stops it
#define HTTPSTATUS_LINT_FIND(member, symbol) &&find_symbol(library, #symbol, f.member, e)
  (void)(true HTTPSTATUS_LINT_LIBCURL_FUNCTIONS(HTTPSTATUS_LINT_FIND));
#undef HTTPSTATUS_LINT_FIND
  return loaded;
}

// libcurl, loaded on the first call; its `error` says why when it could not be.
inline const loaded_libcurl& libcurl_loaded() {
  static const loaded_libcurl loaded = load_libcurl();
  return loaded;
}
// Its functions; only after libcurl_loaded() found no error.
inline const libcurl_functions& libcurl() { return libcurl_loaded().functions; }

#undef HTTPSTATUS_LINT_LIBCURL_FUNCTIONS

}  // namespace detail
}  // namespace lint

#endif  // HTTPSTATUS_LINT_LIBCURL_HPP
