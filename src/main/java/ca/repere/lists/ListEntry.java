package ca.repere.lists;

import ca.repere.directory.CompiledService;
import ca.repere.shared.LocalizedText;
import java.util.UUID;

/**
 * One line of a list as the public sees it now: the service's public view, or null when the service
 * is no longer offered (withdrawn, expired, deleted).
 */
public record ListEntry(UUID serviceId, LocalizedText note, CompiledService service) {

  public boolean isOffered() {
    return service != null;
  }
}
