package ca.repere.lists;

import ca.repere.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A named list of services. A living list ({@code savedSearch} not null) has no items of its own:
 * its services are the results of the search when it is viewed.
 */
public record ResourceList(
    UUID id,
    LocalizedText title,
    UUID ownerId,
    Visibility visibility,
    String shareToken,
    SavedSearch savedSearch,
    List<ListItem> items) {

  public ResourceList {
    items = List.copyOf(items);
  }

  public boolean isLiving() {
    return savedSearch != null;
  }
}
