package ca.repere.hsds.mapping;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Ids of nested records (phones, addresses, schedules…) across one import. Publishers reuse them
 * (the official HSDS example gives the same phone id to a service, a location and a contact), while
 * Repère stores each row once: a reused id under another owner becomes a stable id derived from the
 * owner, so re-importing the same file gives the same ids.
 */
public final class ChildIds {

  /** A nested record's id in its table (a record key: no string built and hashed per id). */
  private record Key(String table, UUID id) {}

  private final Map<Key, UUID> owners = new HashMap<>();

  public UUID of(String table, UUID id, UUID owner) {
    UUID first = owners.putIfAbsent(new Key(table, id), owner);
    if (first == null || first.equals(owner)) {
      return id;
    }
    return UUID.nameUUIDFromBytes((owner + ":" + id).getBytes(StandardCharsets.UTF_8));
  }
}
