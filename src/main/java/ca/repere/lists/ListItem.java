package ca.repere.lists;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** A service placed on a hand-made list, with the list owner's note about it. */
public record ListItem(UUID serviceId, LocalizedText note) {}
