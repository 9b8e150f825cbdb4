-- Counting recent failed sign-ins per client address (login rate limiting) reads only this index.
create index audit_log_login_failure_by_ip on accounts.audit_log (ip, at)
  where action = 'login.failure';
