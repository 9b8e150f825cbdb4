package ca.repere.accounts.account;

import ca.repere.accounts.Role;
import ca.repere.shared.Lang;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table. */
@Repository
public class UserAccounts {

  private static final String COLUMNS =
      "id, email, display_name, password_hash, roles, territory, organization_id, preferred_lang,"
          + " enabled, locked_until, totp_enabled, password_expired, created_at, last_login_at";

  private final JdbcClient jdbc;

  UserAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserAccount> byEmail(String email) {
    return jdbc.sql("select " + COLUMNS + " from accounts.users where lower(email) = lower(?)")
        .param(email.trim())
        .query(UserAccounts::map)
        .optional();
  }

  public Optional<UserAccount> byId(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from accounts.users where id = ?")
        .param(id)
        .query(UserAccounts::map)
        .optional();
  }

  public List<UserAccount> all() {
    return jdbc.sql(
            "select " + COLUMNS + " from accounts.users order by lower(display_name), email")
        .query(UserAccounts::map)
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from accounts.users").query(Long.class).single();
  }

  void insert(UserAccount account) {
    jdbc.sql(
            """
            insert into accounts.users (id, email, display_name, password_hash, roles, territory,
              organization_id, preferred_lang, password_expired)
            values (:id, :email, :name, :hash, :roles::text[], :territory::text[], :org, :lang, :expired)
            """)
        .param("id", account.id())
        .param("email", account.email())
        .param("name", account.displayName())
        .param("hash", account.passwordHash())
        .param("roles", arrayLiteral(names(account.roles())))
        .param("territory", arrayLiteral(account.territory()))
        .param("org", account.organization())
        .param("lang", account.lang().code())
        .param("expired", account.passwordExpired())
        .update();
  }

  /** A new password; an expired one must be changed by its owner at the next login. */
  void updatePassword(UUID id, String hash, boolean expired) {
    jdbc.sql(
            "update accounts.users set password_hash = ?, password_expired = ?, failed_attempts = 0,"
                + " locked_until = null where id = ?")
        .params(hash, expired, id)
        .update();
  }

  void updateRoles(UUID id, Set<Role> roles, List<String> territory) {
    jdbc.sql("update accounts.users set roles = ?::text[], territory = ?::text[] where id = ?")
        .params(arrayLiteral(names(roles)), arrayLiteral(territory), id)
        .update();
  }

  void updateOrganization(UUID id, UUID organization) {
    jdbc.sql("update accounts.users set organization_id = ? where id = ?")
        .params(organization, id)
        .update();
  }

  void updateEnabled(UUID id, boolean enabled) {
    jdbc.sql(
            "update accounts.users set enabled = ?, disabled_at = case when ? then null else now()"
                + " end where id = ?")
        .params(enabled, enabled, id)
        .update();
  }

  /** Counts a failed login; the account locks for {@code lockFor} after {@code maxFailures}. */
  public void recordFailure(String email, int maxFailures, java.time.Duration lockFor) {
    jdbc.sql(
            """
            update accounts.users set
              failed_attempts = failed_attempts + 1,
              locked_until = case when failed_attempts + 1 >= :max
                                  then now() + make_interval(secs => :secs) else locked_until end
            where lower(email) = lower(:email)
            """)
        .param("max", maxFailures)
        .param("secs", lockFor.toSeconds())
        .param("email", email.trim())
        .update();
  }

  /** A lockout starts a new count of failures once it has passed. */
  public void resetFailuresIfLockExpired(String email) {
    jdbc.sql(
            "update accounts.users set failed_attempts = 0, locked_until = null"
                + " where lower(email) = lower(?) and locked_until <= now()")
        .param(email.trim())
        .update();
  }

  public void recordSuccess(UUID id) {
    jdbc.sql(
            "update accounts.users set failed_attempts = 0, locked_until = null,"
                + " last_login_at = now() where id = ?")
        .param(id)
        .update();
  }

  private static List<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList();
  }

  /** A PostgreSQL array literal, quoting every element. */
  static String arrayLiteral(List<String> values) {
    return values.stream()
        .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static UserAccount map(ResultSet rs, int row) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : strings(rs.getArray("roles"))) {
      Role role = Role.parse(name);
      if (role != null) {
        roles.add(role);
      }
    }
    return new UserAccount(
        rs.getObject("id", UUID.class),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        roles,
        strings(rs.getArray("territory")),
        rs.getObject("organization_id", UUID.class),
        Lang.parse(rs.getString("preferred_lang")),
        rs.getBoolean("enabled"),
        instant(rs.getTimestamp("locked_until")),
        rs.getBoolean("totp_enabled"),
        rs.getBoolean("password_expired"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("last_login_at")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
