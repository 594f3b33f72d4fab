// libcurl for --probe, loaded when a probe is asked for (dlopen), not linked. Linked, every
// run of the linter loaded libcurl and the libraries it needs (TLS, HTTP/2, SSH, LDAP,
// Kerberos: 37 on Debian bookworm), about 9 ms a start, whether it probed or not: a fifth of
// the time to lint a stream of 10,000 responses. The functions' types come from <curl/curl.h>.
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

// The functions of libcurl the probe calls. `decltype(&::curl_easy_setopt)` is the function's
// type: curl.h's type-checking macro of the same name applies only to calls.
struct libcurl_functions {
  decltype(&::curl_global_init) global_init = nullptr;
  decltype(&::curl_global_cleanup) global_cleanup = nullptr;
  decltype(&::curl_easy_init) easy_init = nullptr;
  decltype(&::curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&::curl_easy_reset) easy_reset = nullptr;
  decltype(&::curl_easy_setopt) easy_setopt = nullptr;
  decltype(&::curl_easy_perform) easy_perform = nullptr;
  decltype(&::curl_easy_strerror) easy_strerror = nullptr;
  decltype(&::curl_slist_append) slist_append = nullptr;
  decltype(&::curl_slist_free_all) slist_free_all = nullptr;
  decltype(&::curl_url) url = nullptr;
  decltype(&::curl_url_cleanup) url_cleanup = nullptr;
  decltype(&::curl_url_get) url_get = nullptr;
  decltype(&::curl_url_set) url_set = nullptr;
  decltype(&::curl_free) free = nullptr;
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
  // never unloaded: the process ends soon after the probes
  (void)(find_symbol(library, "curl_global_init", f.global_init, e) &&
         find_symbol(library, "curl_global_cleanup", f.global_cleanup, e) &&
         find_symbol(library, "curl_easy_init", f.easy_init, e) &&
         find_symbol(library, "curl_easy_cleanup", f.easy_cleanup, e) &&
         find_symbol(library, "curl_easy_reset", f.easy_reset, e) &&
         find_symbol(library, "curl_easy_setopt", f.easy_setopt, e) &&
         find_symbol(library, "curl_easy_perform", f.easy_perform, e) &&
         find_symbol(library, "curl_easy_strerror", f.easy_strerror, e) &&
         find_symbol(library, "curl_slist_append", f.slist_append, e) &&
         find_symbol(library, "curl_slist_free_all", f.slist_free_all, e) &&
         find_symbol(library, "curl_url", f.url, e) &&
         find_symbol(library, "curl_url_cleanup", f.url_cleanup, e) &&
         find_symbol(library, "curl_url_get", f.url_get, e) &&
         find_symbol(library, "curl_url_set", f.url_set, e) &&
         find_symbol(library, "curl_free", f.free, e));
  return loaded;
}

// libcurl, loaded on the first call; `error()` says why when it could not be.
inline const loaded_libcurl& libcurl_loaded() {
  static const loaded_libcurl loaded = load_libcurl();
  return loaded;
}
// Its functions; only after libcurl_loaded() found no error.
inline const libcurl_functions& libcurl() { return libcurl_loaded().functions; }

}  // namespace detail
}  // namespace lint

#endif  // HTTPSTATUS_LINT_LIBCURL_HPP
