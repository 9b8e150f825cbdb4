package ca.repere.search.engine;

import ca.repere.shared.GeoPoint;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.apache.lucene.util.BytesRef;

/**
 * What a result needs besides its card: the service, its location (none for a phone-only service)
 * and the location's public point (none when confidential or unknown), packed in a fixed layout so
 * a page reads it from doc values without touching stored fields.
 */
record ResultIds(UUID service, UUID location, GeoPoint point) {

  private static final int UUID_BYTES = 16;
  private static final int POINT_BYTES = 16;

  BytesRef encode() {
    ByteBuffer out =
        ByteBuffer.allocate(
            UUID_BYTES
                + (location == null ? 0 : UUID_BYTES)
                + (point == null ? 0 : POINT_BYTES)
                + 1);
    out.put((byte) ((location == null ? 0 : 1) | (point == null ? 0 : 2)));
    uuid(out, service);
    if (location != null) {
      uuid(out, location);
    }
    if (point != null) {
      out.putDouble(point.latitude()).putDouble(point.longitude());
    }
    return new BytesRef(out.array());
  }

  static ResultIds decode(BytesRef bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    byte present = in.get();
    UUID service = uuid(in);
    UUID location = (present & 1) == 0 ? null : uuid(in);
    GeoPoint point = (present & 2) == 0 ? null : new GeoPoint(in.getDouble(), in.getDouble());
    return new ResultIds(service, location, point);
  }

  private static void uuid(ByteBuffer out, UUID id) {
    out.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
  }

  private static UUID uuid(ByteBuffer in) {
    return new UUID(in.getLong(), in.getLong());
  }
}
