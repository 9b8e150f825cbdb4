package ca.repere.accounts.secondfactor;

import ca.repere.accounts.AuditLog;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based one-time codes (RFC 6238: 6 digits, 30 s, SHA-1, as every authenticator app does) and
 * ten single-use recovery codes. A code is accepted once: the last time step used is stored, so a
 * code seen over someone's shoulder cannot be replayed.
 */
@Service
public class SecondFactor {

  public static final int RECOVERY_CODES = 10;
  private static final int PERIOD_SECONDS = 30;
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private final JdbcClient jdbc;
  private final SecretBox box;
  private final AuditLog audit;
  private final Clock clock;
  private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
  private final SecureRandom random = new SecureRandom();

  SecondFactor(JdbcClient jdbc, SecretBox box, AuditLog audit) {
    this.jdbc = jdbc;
    this.box = box;
    this.audit = audit;
    this.clock = Clock.systemUTC();
  }

  /** A new secret, stored encrypted but not active until {@link #confirm} accepts a code. */
  @Transactional
  public Enrolment start(UUID userId, String email) {
    String secret = new DefaultSecretGenerator(32).generate();
    jdbc.sql("update accounts.users set totp_secret = ?, totp_enabled = false where id = ?")
        .params(box.seal(secret.getBytes(StandardCharsets.US_ASCII)), userId)
        .update();
    QrData data =
        new QrData.Builder()
            .label(email)
            .secret(secret)
            .issuer("Repère 211")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
    return new Enrolment(secret, data.getUri());
  }

  /**
   * Activates the pending secret if {@code code} is right; returns the recovery codes (shown once),
   * or an empty list when the code is wrong.
   */
  @Transactional
  public List<String> confirm(UUID userId, String email, String code) {
    if (!acceptsTotp(userId, code)) {
      return List.of();
    }
    jdbc.sql("update accounts.users set totp_enabled = true where id = ?").param(userId).update();
    audit.record(email, "second-factor.enrol", email, null);
    return newRecoveryCodes(userId);
  }

  /** Whether {@code code} is a valid current code or an unused recovery code (then used up). */
  @Transactional
  public boolean verify(UUID userId, String code) {
    return isEnrolled(userId) && (acceptsTotp(userId, code) || useRecoveryCode(userId, code));
  }

  public boolean isEnrolled(UUID userId) {
    return jdbc.sql("select totp_enabled from accounts.users where id = ?")
        .param(userId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  public int unusedRecoveryCodes(UUID userId) {
    return jdbc.sql(
            "select count(*) from accounts.recovery_codes where user_id = ? and used_at is null")
        .param(userId)
        .query(Integer.class)
        .single();
  }

  /** An administrator's reset: the person enrols again at the next login. */
  @Transactional
  public void reset(UUID userId, String email) {
    jdbc.sql(
            "update accounts.users set totp_secret = null, totp_enabled = false, totp_last_step = 0"
                + " where id = ?")
        .param(userId)
        .update();
    jdbc.sql("delete from accounts.recovery_codes where user_id = ?").param(userId).update();
    audit.record("second-factor.reset", email, null);
  }

  private boolean acceptsTotp(UUID userId, String code) {
    String digits = code == null ? "" : code.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}")) {
      return false;
    }
    var stored =
        jdbc.sql("select totp_secret, totp_last_step from accounts.users where id = ? for update")
            .param(userId)
            .query((rs, row) -> new Object[] {rs.getBytes(1), rs.getLong(2)})
            .optional();
    if (stored.isEmpty() || stored.get()[0] == null) {
      return false;
    }
    String secret = new String(box.open((byte[]) stored.get()[0]), StandardCharsets.US_ASCII);
    long lastStep = (Long) stored.get()[1];
    long now = clock.millis() / 1000 / PERIOD_SECONDS;
    for (long step = now - 1; step <= now + 1; step++) {
      if (step > lastStep && MessageDigest.isEqual(bytes(generate(secret, step)), bytes(digits))) {
        jdbc.sql("update accounts.users set totp_last_step = ? where id = ?")
            .params(step, userId)
            .update();
        return true;
      }
    }
    return false;
  }

  private boolean useRecoveryCode(UUID userId, String code) {
    String normalized = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    if (normalized.isEmpty()) {
      return false;
    }
    int used =
        jdbc.sql(
                "update accounts.recovery_codes set used_at = now()"
                    + " where user_id = ? and code_hash = ? and used_at is null")
            .params(userId, hash(normalized))
            .update();
    if (used == 1) {
      audit.record("second-factor.recovery-code-used", userId.toString(), null);
    }
    return used == 1;
  }

  private List<String> newRecoveryCodes(UUID userId) {
    jdbc.sql("delete from accounts.recovery_codes where user_id = ?").param(userId).update();
    List<String> fresh = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String code = recoveryCode();
      fresh.add(code);
      jdbc.sql("insert into accounts.recovery_codes (user_id, code_hash) values (?, ?)")
          .params(userId, hash(code))
          .update();
    }
    return fresh;
  }

  /** Ten characters from 31, written xxxxx-xxxxx (about 50 bits each). */
  private String recoveryCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
    }
    return code.toString();
  }

  private String generate(String secret, long step) {
    try {
      return codes.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(code)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A secret being enrolled: to type by hand, or as an otpauth:// URI inside a QR code. */
  public record Enrolment(String secret, String uri) {}
}
