package ca.repere.contacts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts follow-up identities and notes with AES-256-GCM. The key lives in a file outside the
 * database ({@code repere.contacts.key-file}, by default {@code <data-dir>/keys/contacts.key},
 * created on first use, readable by its owner only). Each sealed value starts with a version byte
 * and the first four bytes of the key's SHA-256, so that after a rotation values sealed with a
 * previous key ({@code repere.contacts.previous-key-files}) can still be opened: see
 * docs/contacts.md.
 */
@Component
class ContactCipher {

  private static final Logger log = LoggerFactory.getLogger(ContactCipher.class);
  private static final byte VERSION = 1;
  private static final int KEY_ID_BYTES = 4;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();
  private final Key current;
  private final List<Key> all = new ArrayList<>();

  ContactCipher(
      @Value("${repere.contacts.key-file:${repere.data-dir}/keys/contacts.key}") Path keyFile,
      @Value("${repere.contacts.previous-key-files:}") String previousKeyFiles) {
    this.current = new Key(readOrCreate(keyFile));
    all.add(current);
    for (String previous : previousKeyFiles.split(",")) {
      if (!previous.isBlank()) {
        all.add(new Key(read(Path.of(previous.strip()))));
      }
    }
  }

  /** The sealed bytes of a text; null for a blank text. */
  byte[] seal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, current.secret, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(text.strip().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + KEY_ID_BYTES + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put(current.id)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a contact field", e);
    }
  }

  /** The text of sealed bytes; null for null. */
  String open(byte[] sealed) {
    if (sealed == null) {
      return null;
    }
    byte[] keyId = Arrays.copyOfRange(sealed, 1, 1 + KEY_ID_BYTES);
    Key key =
        all.stream()
            .filter(k -> Arrays.equals(k.id, keyId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "A contact field was encrypted with a key that is not configured: add it"
                            + " to repere.contacts.previous-key-files"));
    try {
      int offset = 1 + KEY_ID_BYTES;
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secret,
          new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE_BYTES));
      byte[] plain =
          cipher.doFinal(sealed, offset + NONCE_BYTES, sealed.length - offset - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt a contact field (wrong or altered key?)", e);
    }
  }

  /** Whether a value was sealed with a previous key (to re-encrypt it after a rotation). */
  boolean needsResealing(byte[] sealed) {
    return sealed != null
        && !Arrays.equals(Arrays.copyOfRange(sealed, 1, 1 + KEY_ID_BYTES), current.id);
  }

  private byte[] readOrCreate(Path file) {
    if (Files.exists(file)) {
      return read(file);
    }
    try {
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.warn("Cannot restrict {} to its owner on this file system", file);
      }
      log.info("Created the key that encrypts contact follow-ups and notes: {} (back it up)", file);
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the contacts key file " + file, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
      if (key.length != 32) {
        throw new IllegalStateException(file + " must hold 32 bytes in base64, not " + key.length);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the contacts key file " + file, e);
    }
  }

  private static final class Key {
    final SecretKey secret;
    final byte[] id;

    Key(byte[] bytes) {
      this.secret = new SecretKeySpec(bytes, "AES");
      try {
        this.id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), KEY_ID_BYTES);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
