package ca.repere.accounts.security;

import ca.repere.accounts.CsrfExemption;
import ca.repere.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what. Public pages stay public (search, service pages, APIs, reports, chat, health);
 * {@code /staff/**} and {@code /compte/**} need a staff role, {@code /admin/**} the administrator
 * role. Forms carry a CSRF token unless a module declared a {@link CsrfExemption}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final String[] STAFF_ROLES =
      Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      LoginFlow loginFlow,
      SecurityContextRepository contexts,
      ContentSecurityPolicy csp,
      List<CsrfExemption> exemptions)
      throws Exception {
    String[] exempt = exemptions.stream().map(CsrfExemption::pathPattern).toArray(String[]::new);
    // PasswordLogin, the only AuthenticationProvider bean, is the global authentication manager's
    // provider; adding it here as well would run every failed attempt twice (counted twice).
    http.securityContext(context -> context.securityContextRepository(contexts))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    // need-to-know areas, checked before any request parameter is read
                    .requestMatchers("/staff/contacts", "/staff/contacts/**")
                    .hasAnyRole(Role.SPECIALIST.name(), Role.SUPERVISOR.name())
                    .requestMatchers(
                        "/staff/clavardage/supervision", "/staff/clavardage/supervision/**")
                    .hasRole(Role.SUPERVISOR.name())
                    .requestMatchers("/staff/clavardage", "/staff/clavardage/**")
                    .hasAnyRole(Role.SPECIALIST.name(), Role.SUPERVISOR.name())
                    .requestMatchers("/staff/insights", "/staff/insights/**")
                    .hasAnyRole(Role.ANALYST.name(), Role.SUPERVISOR.name())
                    .requestMatchers("/staff/curation", "/staff/curation/**")
                    .hasRole(Role.CURATOR.name())
                    .requestMatchers("/staff/organisme", "/staff/organisme/**")
                    .hasRole(Role.ORGANIZATION_EDITOR.name())
                    .requestMatchers("/staff/equipes", "/staff/equipes/**")
                    .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMINISTRATOR.name())
                    .requestMatchers("/staff/**", "/compte/**")
                    .hasAnyRole(STAFF_ROLES)
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    .anyRequest()
                    .permitAll())
        .formLogin(
            form ->
                form.loginPage("/connexion")
                    .loginProcessingUrl("/connexion")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .successHandler(loginFlow)
                    .failureHandler(failures()))
        .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?sortie"))
        .csrf(csrf -> csrf.ignoringRequestMatchers(exempt))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .exceptionHandling(errors -> errors.accessDeniedHandler(finishLoginFirst(loginFlow)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(policy -> policy.policyDirectives(csp.policy()))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.sameOrigin())
                    .addHeaderWriter(
                        new StaticHeadersWriter(
                            "Permissions-Policy",
                            "camera=(), microphone=(), payment=(), geolocation=(self)")));
    return http.build();
  }

  private static ExceptionMappingAuthenticationFailureHandler failures() {
    ExceptionMappingAuthenticationFailureHandler handler =
        new ExceptionMappingAuthenticationFailureHandler();
    handler.setExceptionMappings(
        Map.of(
            LockedException.class.getName(),
            "/connexion?bloque",
            PasswordLogin.TooManySignInsException.class.getName(),
            "/connexion?trop"));
    handler.setDefaultFailureUrl("/connexion?erreur");
    return handler;
  }

  /** Someone between password and second factor is sent back to the step they left. */
  private static AccessDeniedHandler finishLoginFirst(LoginFlow loginFlow) {
    AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    return (HttpServletRequest request,
        HttpServletResponse response,
        AccessDeniedException denied) -> {
      if (loginFlow.inProgress().isPresent()) {
        loginFlow.advance(request, response);
      } else {
        forbidden.handle(request, response, denied);
      }
    };
  }
}
