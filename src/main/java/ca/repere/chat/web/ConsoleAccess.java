package ca.repere.chat.web;

import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console is for specialists and supervisors, its supervision pages for supervisors: checked
 * before a request is read, so another role gets 403 whatever it sends.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class ConsoleAccess implements WebMvcConfigurer {

  private final Users users;

  ConsoleAccess(Users users) {
    this.users = users;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getRequestURI().startsWith("/staff/clavardage/supervision")) {
                  users.require(Role.SUPERVISOR);
                } else if (!ChatAccess.isStaff(users.current().orElse(null))) {
                  throw new org.springframework.security.access.AccessDeniedException(
                      "chat console: specialists and supervisors only");
                }
                return true;
              }
            })
        .addPathPatterns("/staff/clavardage", "/staff/clavardage/**");
  }
}
