package ca.repere.accounts.secondfactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets at rest with AES-256-GCM, with a key kept outside the database:
 * {@code repere.accounts.secret-key} (base64 of 32 bytes; every node of a cluster needs the same)
 * or else the file {@code <data-dir>/secrets/accounts.key}, created on first start.
 */
@Component
class SecretBox {

  private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  SecretBox(
      @Value("${repere.accounts.secret-key:}") String configuredKey,
      @Value("${repere.data-dir}") Path dataDir) {
    this.key =
        new SecretKeySpec(keyBytes(configuredKey, dataDir.resolve("secrets/accounts.key")), "AES");
  }

  byte[] seal(byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a secret", e);
    }
  }

  byte[] open(byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decrypt a second-factor secret: is repere.accounts.secret-key the same key?", e);
    }
  }

  private byte[] keyBytes(String configured, Path file) {
    if (!configured.isBlank()) {
      return checked(Base64.getDecoder().decode(configured.trim()), "repere.accounts.secret-key");
    }
    try {
      if (Files.exists(file)) {
        return checked(Base64.getDecoder().decode(Files.readString(file).trim()), file.toString());
      }
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      Files.createDirectories(file.getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
      restrictToOwner(file);
      log.info("Created the key that encrypts second-factor secrets: {} (back it up)", file);
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key file " + file, e);
    }
  }

  private static byte[] checked(byte[] key, String source) {
    if (key.length != 32) {
      throw new IllegalStateException(source + " must be 32 bytes in base64, got " + key.length);
    }
    return key;
  }

  private static void restrictToOwner(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      log.warn("Could not restrict the permissions of {}", file);
    }
  }
}
