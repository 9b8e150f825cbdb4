package ca.repere.accounts;

/**
 * A machine endpoint that takes no session cookie (JSON APIs, webhooks) and so needs no CSRF token.
 * Declare one as a bean: {@code @Bean CsrfExemption hsdsApi() { return new
 * CsrfExemption("/api/v1/**"); }}. Browser forms must never be exempted.
 */
public record CsrfExemption(String pathPattern) {}
