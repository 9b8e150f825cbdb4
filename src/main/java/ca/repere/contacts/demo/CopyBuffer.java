package ca.repere.contacts.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format, written straight into a growing byte array: no text to
 * format on our side, none to parse on the server's (uuids, timestamps and booleans travel as their
 * binary values).
 */
final class CopyBuffer {

  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  /** PostgreSQL's timestamps count microseconds from 2000-01-01T00:00Z. */
  private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

  private byte[] bytes;
  private int size;

  CopyBuffer(int capacity) {
    bytes = new byte[Math.max(64, capacity)];
    write(HEADER);
  }

  /** Starts a row of {@code fields} fields. */
  CopyBuffer row(int fields) {
    ensure(2);
    bytes[size++] = (byte) (fields >>> 8);
    bytes[size++] = (byte) fields;
    return this;
  }

  CopyBuffer uuid(UUID value) {
    int32(16);
    int64(value.getMostSignificantBits());
    int64(value.getLeastSignificantBits());
    return this;
  }

  /** A text value, or NULL. */
  CopyBuffer text(String value) {
    if (value == null) {
      int32(-1);
      return this;
    }
    int length = value.length();
    ensure(4 + length);
    int at = size + 4;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        write(utf8);
        return this;
      }
      bytes[at + i] = (byte) c;
    }
    int32(length);
    size += length;
    return this;
  }

  CopyBuffer timestamp(Instant value) {
    if (value == null) {
      int32(-1);
      return this;
    }
    int32(8);
    int64((value.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + value.getNano() / 1_000);
    return this;
  }

  CopyBuffer bool(boolean value) {
    int32(1);
    ensure(1);
    bytes[size++] = (byte) (value ? 1 : 0);
    return this;
  }

  /** The rows with the format's trailer; the buffer is done. */
  byte[] finish() {
    ensure(2);
    bytes[size++] = (byte) 0xFF;
    bytes[size++] = (byte) 0xFF;
    return Arrays.copyOf(bytes, size);
  }

  private void int32(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  private void int64(long value) {
    int32((int) (value >>> 32));
    int32((int) value);
  }

  private void write(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
