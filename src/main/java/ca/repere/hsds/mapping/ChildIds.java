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

  private final Map<String, UUID> owners = new HashMap<>();

  public UUID of(String table, UUID id, UUID owner) {
    UUID first = owners.putIfAbsent(table + ":" + id, owner);
    if (first == null || first.equals(owner)) {
      return id;
    }
    return UUID.nameUUIDFromBytes((owner + ":" + id).getBytes(StandardCharsets.UTF_8));
  }
}
