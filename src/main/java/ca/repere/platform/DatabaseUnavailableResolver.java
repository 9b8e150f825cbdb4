package ca.repere.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When PostgreSQL cannot be reached, a request fails fast with 503 and a {@code Retry-After}, which
 * the error page turns into "momentarily unavailable, call 2-1-1" in the person's language (JSON
 * for API clients), rather than a 500. The connection pool reconnects by itself once the database
 * is back.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!isDatabaseUnavailable(ex)) {
      return null;
    }
    log.warn(
        "Database unavailable for {} {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        ex.getMessage());
    try {
      response.setHeader("Retry-After", "30");
      response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    } catch (IOException e) {
      return null;
    }
    return new ModelAndView();
  }

  static boolean isDatabaseUnavailable(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      // A failed rollback hides the failure that caused it.
      if (t instanceof org.springframework.transaction.TransactionSystemException rollback
          && rollback.getOriginalException() != null
          && isDatabaseUnavailable(rollback.getOriginalException())) {
        return true;
      }
      if (t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.sql.SQLRecoverableException
          || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessResourceException
          || t instanceof CannotCreateTransactionException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.net.ConnectException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
