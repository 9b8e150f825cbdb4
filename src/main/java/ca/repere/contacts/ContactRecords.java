package ca.repere.contacts;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The contact records. Need-to-know: a specialist reads the records they wrote, those assigned to
 * them and their team's; a supervisor their centre's; nobody else (analysts see only aggregates).
 * Every read is written to the audit log.
 */
public interface ContactRecords {

  /**
   * Saves a contact written by {@code specialist}, all or nothing, and publishes {@link
   * ContactRecorded}.
   *
   * @throws InvalidContactException naming every bad field; nothing is saved
   * @throws org.springframework.security.access.AccessDeniedException unless {@link #mayRecord}
   */
  UUID record(NewContact contact, CurrentUser specialist);

  /**
   * Replaces what is recorded about a contact, all or nothing, and publishes {@link ContactUpdated}
   * with the new revision. Whoever may read the contact may edit it (its author, assignee and team,
   * the supervisors of its centre); its author, centre and team stay as they were.
   *
   * @param revision the revision the editor started from: when someone saved in between, the edit
   *     is refused (a problem on the field "revision") rather than overwriting their work
   * @return the new revision
   * @throws InvalidContactException naming every bad field; nothing is changed
   * @throws NoSuchContactException when there is none
   * @throws org.springframework.security.access.AccessDeniedException without need-to-know
   */
  int edit(UUID id, int revision, NewContact contact, CurrentUser editor);

  /**
   * Reads a contact, audited.
   *
   * @throws NoSuchContactException when there is none
   * @throws org.springframework.security.access.AccessDeniedException without need-to-know (the
   *     refusal is audited too)
   */
  ContactRecord read(UUID id, CurrentUser reader);

  /** The latest contacts {@code specialist} recorded, newest first (audited as a list read). */
  List<ContactSummary> recordedBy(CurrentUser specialist, int limit);

  /**
   * The follow-ups {@code specialist} has to do (those of their contacts, unless assigned to
   * someone else, and those assigned to them), overdue and due first (audited as a list read).
   */
  List<FollowUp> followUpsOf(CurrentUser specialist);

  /**
   * Records what came of a follow-up, and publishes {@link ContactUpdated} with the next revision.
   * With {@code nextOn} the follow-up stays open for that day (a person not reached is called
   * again); without, it is closed.
   *
   * @throws InvalidContactException when there is no follow-up, no outcome, or {@code nextOn} is in
   *     the past; nothing is changed
   * @throws org.springframework.security.access.AccessDeniedException without need-to-know
   */
  void recordFollowUp(UUID id, FollowUpOutcome outcome, LocalDate nextOn, CurrentUser by);

  /**
   * The directory services {@code specialist} referred to most recently, newest first, without
   * duplicates: one click away on the form.
   */
  List<UUID> recentReferralsOf(CurrentUser specialist, int limit);

  /** Places a staff member in a centre and team (replacing any previous placement). */
  void placeInTeam(UUID userId, String centre, String team);

  /**
   * Places a specialist or supervisor in a centre and team, audited: administrators anywhere,
   * supervisors in their own centre only.
   *
   * @throws InvalidContactException naming the bad field ("member", "centre", "team"); nothing
   *     changed
   * @throws org.springframework.security.access.AccessDeniedException unless {@link #mayPlace}
   */
  void placeInTeam(UUID userId, String centre, String team, CurrentUser by);

  /** Every placement, by centre and team. */
  List<TeamPlacement> placements();

  /** Who places staff in teams: supervisors and administrators. */
  static boolean mayPlace(CurrentUser user) {
    return user.has(Role.SUPERVISOR) || user.has(Role.ADMINISTRATOR);
  }

  /**
   * Assigns a contact to a specialist (for a follow-up).
   *
   * @throws org.springframework.security.access.AccessDeniedException unless {@code by} may read it
   */
  void assign(UUID contactId, UUID specialistId, CurrentUser by);

  /**
   * Whether this staff member answers contacts: specialists, and supervisors (who take calls too).
   * No other role records or reads a contact.
   */
  static boolean mayRecord(CurrentUser user) {
    return user.has(Role.SPECIALIST) || user.has(Role.SUPERVISOR);
  }
}
