package ca.repere.insights.rollup;

import ca.repere.chat.ChatEnded;
import ca.repere.chat.ChatsLoaded;
import ca.repere.contacts.ContactRecorded;
import ca.repere.contacts.ContactUpdated;
import ca.repere.contacts.ContactsBulkLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the rollups from the contacts and chat modules' events. Delivery is at least once (the
 * event publication registry retries after a crash): every application is idempotent.
 */
@Component
class ContactEvents {

  private final Rollups rollups;

  ContactEvents(Rollups rollups) {
    this.rollups = rollups;
  }

  @ApplicationModuleListener
  void on(ContactRecorded recorded) {
    rollups.apply(recorded.contactId(), 1, ContactState.of(recorded));
  }

  @ApplicationModuleListener
  void on(ContactUpdated updated) {
    rollups.apply(updated.contactId(), updated.revision(), ContactState.of(updated));
  }

  @ApplicationModuleListener
  void on(ChatEnded ended) {
    rollups.apply(ended);
  }

  /** In the loading transaction, like a bulk load of contacts. */
  @EventListener
  void on(ChatsLoaded loaded) {
    rollups.apply(loaded);
  }

  /** In the loading transaction: the rollups are complete as soon as the load commits. */
  @EventListener
  void on(ContactsBulkLoaded loaded) {
    rollups.rebuild();
  }
}
