package ca.repere.curation;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;

/**
 * Applies a revision through the directory's facade, so that history, change log and search follow
 * like for any other change.
 */
final class Changes {

  private Changes() {}

  static CompiledService apply(
      Directory directory, Revision revision, Organization organization, String actor) {
    if (revision.isNew()) {
      return directory.save(
          DraftApplication.newService(revision.serviceId(), revision.draft(), organization), actor);
    }
    CompiledService current =
        directory
            .service(revision.serviceId())
            .orElseThrow(
                () ->
                    new ca.repere.directory.NoSuchRecordException("service", revision.serviceId()));
    return directory.save(DraftApplication.apply(revision.draft(), current), actor);
  }
}
