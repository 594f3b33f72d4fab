// The registered codes and their enumerator names, once. `code` and the table's
// completeness check both expand this list, so neither can drift from the other.
#ifndef HTTPSTATUS_DETAIL_CODE_LIST_HPP
#define HTTPSTATUS_DETAIL_CODE_LIST_HPP

// X(value, enumerator): every entry of the IANA HTTP Status Code Registry in 100-599,
// in ascending order; enumerators are the snake_case of the RFC 9110 / registry name.
#define HTTPSTATUS_DETAIL_FOR_EACH_CODE(X)                                         \
  X(100, continue_)                                                               \
  X(101, switching_protocols)                                                     \
  X(102, processing)                                                              \
  X(103, early_hints)                                                             \
  X(200, ok)                                                                      \
  X(201, created)                                                                 \
  X(202, accepted)                                                                \
  X(203, non_authoritative_information)                                           \
  X(204, no_content)                                                              \
  X(205, reset_content)                                                           \
  X(206, partial_content)                                                         \
  X(207, multi_status)                                                            \
  X(208, already_reported)                                                        \
  X(226, im_used)                                                                 \
  X(300, multiple_choices)                                                        \
  X(301, moved_permanently)                                                       \
  X(302, found)                                                                   \
  X(303, see_other)                                                               \
  X(304, not_modified)                                                            \
  X(305, use_proxy)                                                               \
  X(306, unused_306)                                                              \
  X(307, temporary_redirect)                                                      \
  X(308, permanent_redirect)                                                      \
  X(400, bad_request)                                                             \
  X(401, unauthorized)                                                            \
  X(402, payment_required)                                                        \
  X(403, forbidden)                                                               \
  X(404, not_found)                                                               \
  X(405, method_not_allowed)                                                      \
  X(406, not_acceptable)                                                          \
  X(407, proxy_authentication_required)                                           \
  X(408, request_timeout)                                                         \
  X(409, conflict)                                                                \
  X(410, gone)                                                                    \
  X(411, length_required)                                                         \
  X(412, precondition_failed)                                                     \
  X(413, content_too_large)                                                       \
  X(414, uri_too_long)                                                            \
  X(415, unsupported_media_type)                                                  \
  X(416, range_not_satisfiable)                                                   \
  X(417, expectation_failed)                                                      \
  X(418, unused_418)                                                              \
  X(421, misdirected_request)                                                     \
  X(422, unprocessable_content)                                                   \
  X(423, locked)                                                                  \
  X(424, failed_dependency)                                                       \
  X(425, too_early)                                                               \
  X(426, upgrade_required)                                                        \
  X(428, precondition_required)                                                   \
  X(429, too_many_requests)                                                       \
  X(431, request_header_fields_too_large)                                         \
  X(451, unavailable_for_legal_reasons)                                           \
  X(500, internal_server_error)                                                   \
  X(501, not_implemented)                                                         \
  X(502, bad_gateway)                                                             \
  X(503, service_unavailable)                                                     \
  X(504, gateway_timeout)                                                         \
  X(505, http_version_not_supported)                                              \
  X(506, variant_also_negotiates)                                                 \
  X(507, insufficient_storage)                                                    \
  X(508, loop_detected)                                                           \
  X(510, not_extended)                                                            \
  X(511, network_authentication_required)

// Older names kept as aliases of the same value (RFC 7231, RFC 2616, RFC 4918 wording).
#define HTTPSTATUS_DETAIL_FOR_EACH_ALIAS(X)                                        \
  X(413, payload_too_large)                                                       \
  X(413, request_entity_too_large)                                                \
  X(414, request_uri_too_long)                                                    \
  X(416, requested_range_not_satisfiable)                                         \
  X(422, unprocessable_entity)

#endif  // HTTPSTATUS_DETAIL_CODE_LIST_HPP
