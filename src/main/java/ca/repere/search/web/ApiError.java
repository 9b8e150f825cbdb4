package ca.repere.search.web;

import java.util.List;

/** A 400 answer: which parameter is wrong, why (in the request's language), what might be meant. */
record ApiError(String error, String parameter, String message, List<String> suggestions) {

  static ApiError of(String parameter, String message) {
    return new ApiError("bad_request", parameter, message, List.of());
  }
}
