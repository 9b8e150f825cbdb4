package ca.repere.curation;

import org.springframework.security.access.AccessDeniedException;

/** An editor reached for a record of an organization that is not theirs. */
public class NotYourOrganizationException extends AccessDeniedException {

  public NotYourOrganizationException(Object record) {
    super("Not a record of your organization: " + record);
  }
}
