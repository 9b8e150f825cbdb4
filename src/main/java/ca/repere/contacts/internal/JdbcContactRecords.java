package ca.repere.contacts.internal;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffMembers;
import ca.repere.contacts.AgeGroup;
import ca.repere.contacts.CallerType;
import ca.repere.contacts.Channel;
import ca.repere.contacts.ContactRecord;
import ca.repere.contacts.ContactRecorded;
import ca.repere.contacts.ContactRecords;
import ca.repere.contacts.ContactSummary;
import ca.repere.contacts.ContactUpdated;
import ca.repere.contacts.FollowUp;
import ca.repere.contacts.FollowUpOutcome;
import ca.repere.contacts.InvalidContactException;
import ca.repere.contacts.InvalidContactException.FieldProblem;
import ca.repere.contacts.NeedAnswer;
import ca.repere.contacts.NewContact;
import ca.repere.contacts.NoSuchContactException;
import ca.repere.contacts.Outcome;
import ca.repere.contacts.Referral;
import ca.repere.contacts.TeamPlacement;
import ca.repere.contacts.UnmetReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ContactRecords} in PostgreSQL (schema {@code contacts}). */
@Service
class JdbcContactRecords implements ContactRecords {

  private final JdbcClient jdbc;
  private final ContactValidation validation;
  private final ContactCipher cipher;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private static final int MAX_TEAM_NAME = 80;
  private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

  private final Clock clock;
  private final StaffMembers staff;

  JdbcContactRecords(
      JdbcClient jdbc,
      ContactValidation validation,
      ContactCipher cipher,
      AuditLog audit,
      ApplicationEventPublisher events,
      StaffMembers staff) {
    this.staff = staff;
    this.jdbc = jdbc;
    this.validation = validation;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.clock = Clock.systemUTC();
  }

  @Override
  @Transactional
  public UUID record(NewContact contact, CurrentUser specialist) {
    if (!ContactRecords.mayRecord(specialist)) {
      throw new AccessDeniedException("Only specialists and supervisors record contacts");
    }
    Instant now = clock.instant();
    ContactValidation.Valid valid = validation.check(contact, now);
    UUID id = UUID.randomUUID();
    Optional<Team> team = teamOf(specialist.id());
    jdbc.sql(
            """
            insert into contacts.contact (id, channel, started_at, ended_at, caller_type,
              municipality_code, mrc_code, region_code, language, age_group, specialist_id,
              centre, team, outcome, crisis, follow_up_on, follow_up_identity, follow_up_notes)
            values (:id, :channel, :started, :ended, :caller, :municipality, :mrc, :region,
              :language, :age, :specialist, :centre, :team, :outcome, :crisis, :followUpOn,
              :identity, :notes)
            """)
        .param("id", id)
        .params(codedState(contact, valid))
        .param("specialist", specialist.id())
        .param("centre", team.map(Team::centre).orElse(null))
        .param("team", team.map(Team::team).orElse(null))
        .update();
    writeNeedsAndReferrals(id, valid);
    audit.record(specialist.email(), "contact.create", id.toString(), "");
    events.publishEvent(
        new ContactRecorded(
            id,
            contact.startedAt(),
            contact.channel().code(),
            valid.municipalityCode(),
            valid.mrcCode(),
            valid.regionCode(),
            team.map(Team::centre).orElse(null),
            contact.ageGroup().code(),
            needCodes(valid),
            unmetNeeds(valid),
            referredServices(valid)));
    return id;
  }

  @Override
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public int edit(UUID id, int revision, NewContact contact, CurrentUser editor) {
    ContactRecord before = knownTo(editor, id, "contact.update-denied");
    ContactValidation.Valid valid = validation.check(contact, clock.instant());
    int updated =
        jdbc.sql(
                """
                update contacts.contact set channel = :channel, started_at = :started,
                  ended_at = :ended, caller_type = :caller, municipality_code = :municipality,
                  mrc_code = :mrc, region_code = :region, language = :language, age_group = :age,
                  outcome = :outcome, crisis = :crisis, follow_up_on = cast(:followUpOn as date),
                  follow_up_identity = :identity, follow_up_notes = :notes,
                  follow_up_closed_at = case when follow_up_on is not distinct from
                    cast(:followUpOn as date) then follow_up_closed_at end,
                  follow_up_reminded_on = case when follow_up_on is not distinct from
                    cast(:followUpOn as date) then follow_up_reminded_on end,
                  revision = revision + 1, updated_at = now()
                where id = :id and revision = :revision
                """)
            .param("id", id)
            .param("revision", revision)
            .params(codedState(contact, valid))
            .update();
    if (updated == 0) {
      throw new InvalidContactException(
          List.of(
              new FieldProblem(
                  "revision",
                  "contacts.error.stale-revision",
                  List.of(String.valueOf(before.revision())))));
    }
    jdbc.sql("delete from contacts.contact_need where contact_id = :id").param("id", id).update();
    jdbc.sql("delete from contacts.contact_referral where contact_id = :id")
        .param("id", id)
        .update();
    writeNeedsAndReferrals(id, valid);
    audit.record(editor.email(), "contact.update", id.toString(), "revision " + (revision + 1));
    events.publishEvent(
        new ContactUpdated(
            id,
            revision + 1,
            contact.startedAt(),
            contact.channel().code(),
            valid.municipalityCode(),
            valid.mrcCode(),
            valid.regionCode(),
            before.centre(),
            contact.ageGroup().code(),
            needCodes(valid),
            unmetNeeds(valid),
            referredServices(valid)));
    return revision + 1;
  }

  /**
   * The parameters of what a specialist codes on a contact, shared by the insert and the update;
   * the follow-up identity and notes are sealed here, never stored in clear.
   */
  private Map<String, Object> codedState(NewContact contact, ContactValidation.Valid valid) {
    Map<String, Object> state = new HashMap<>();
    state.put("channel", contact.channel().code());
    state.put("started", Timestamp.from(contact.startedAt()));
    state.put("ended", Timestamp.from(valid.endedAt()));
    state.put("caller", contact.callerType().code());
    state.put("municipality", valid.municipalityCode());
    state.put("mrc", valid.mrcCode());
    state.put("region", valid.regionCode());
    state.put("language", contact.language());
    state.put("age", contact.ageGroup().code());
    state.put("outcome", contact.outcome().code());
    state.put("crisis", contact.crisis());
    state.put("followUpOn", contact.followUpOn());
    state.put("identity", cipher.seal(contact.followUpIdentity()));
    state.put("notes", cipher.seal(contact.notes()));
    return state;
  }

  private void writeNeedsAndReferrals(UUID id, ContactValidation.Valid valid) {
    for (NeedAnswer need : valid.needs()) {
      jdbc.sql(
              "insert into contacts.contact_need (contact_id, need_code, met, unmet_reason)"
                  + " values (:id, :code, :met, :reason)")
          .param("id", id)
          .param("code", need.code())
          .param("met", need.met())
          .param("reason", need.met() ? null : need.unmetReason().code())
          .update();
    }
    for (Referral referral : valid.referrals()) {
      jdbc.sql(
              "insert into contacts.contact_referral (contact_id, service_id, need_code)"
                  + " values (:id, :service, :need)")
          .param("id", id)
          .param("service", referral.serviceId())
          .param("need", referral.needCode())
          .update();
    }
  }

  private static List<String> needCodes(ContactValidation.Valid valid) {
    return valid.needs().stream().map(NeedAnswer::code).toList();
  }

  private static Map<String, String> unmetNeeds(ContactValidation.Valid valid) {
    Map<String, String> unmet = new LinkedHashMap<>();
    valid.needs().stream()
        .filter(n -> !n.met())
        .forEach(n -> unmet.put(n.code(), n.unmetReason().code()));
    return unmet;
  }

  private static List<UUID> referredServices(ContactValidation.Valid valid) {
    return valid.referrals().stream().map(Referral::serviceId).toList();
  }

  @Override
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public ContactRecord read(UUID id, CurrentUser reader) {
    ContactRecord record = knownTo(reader, id, "contact.read-denied");
    audit.record(reader.email(), "contact.read", id.toString(), "");
    return record;
  }

  /** The contact if {@code user} needs to know it; a refusal is audited as {@code deniedAction}. */
  private ContactRecord knownTo(CurrentUser user, UUID id, String deniedAction) {
    ContactRecord record = find(id).orElseThrow(() -> new NoSuchContactException(id));
    if (!mayRead(user, record)) {
      audit.record(user.email(), deniedAction, id.toString(), "");
      throw new AccessDeniedException("No need to know contact " + id);
    }
    return record;
  }

  @Override
  @Transactional
  public List<ContactSummary> recordedBy(CurrentUser specialist, int limit) {
    if (!ContactRecords.mayRecord(specialist)) {
      throw new AccessDeniedException(
          "Only specialists and supervisors have contacts of their own");
    }
    List<ContactSummary> summaries =
        jdbc.sql(
                """
                select c.id, c.started_at, c.channel, c.outcome, c.municipality_code,
                  coalesce(array_agg(n.need_code order by n.need_code)
                    filter (where n.need_code is not null), '{}') as needs
                from contacts.contact c
                left join contacts.contact_need n on n.contact_id = c.id
                where c.specialist_id = :me
                group by c.id
                order by c.started_at desc
                limit :limit
                """)
            .param("me", specialist.id())
            .param("limit", limit)
            .query(
                (rs, i) ->
                    new ContactSummary(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("started_at").toInstant(),
                        Channel.parse(rs.getString("channel")),
                        Outcome.parse(rs.getString("outcome")),
                        rs.getString("municipality_code"),
                        List.of((String[]) rs.getArray("needs").getArray())))
            .list();
    audit.record(specialist.email(), "contact.list", specialist.id().toString(), "");
    return summaries;
  }

  @Override
  @Transactional
  public List<FollowUp> followUpsOf(CurrentUser specialist) {
    if (!ContactRecords.mayRecord(specialist)) {
      throw new AccessDeniedException("Only specialists and supervisors have follow-ups");
    }
    List<FollowUp> followUps =
        jdbc.sql(
                """
                select c.id, c.follow_up_on, c.started_at, c.channel, c.follow_up_outcome,
                  coalesce(array_agg(n.need_code order by n.need_code)
                    filter (where n.need_code is not null), '{}') as needs
                from contacts.contact c
                left join contacts.contact_need n on n.contact_id = c.id
                where coalesce(c.assigned_to, c.specialist_id) = :me
                  and c.follow_up_on is not null and c.follow_up_closed_at is null
                group by c.id
                order by c.follow_up_on, c.started_at
                """)
            .param("me", specialist.id())
            .query(
                (rs, i) ->
                    new FollowUp(
                        rs.getObject("id", UUID.class),
                        rs.getDate("follow_up_on").toLocalDate(),
                        rs.getTimestamp("started_at").toInstant(),
                        Channel.parse(rs.getString("channel")),
                        List.of((String[]) rs.getArray("needs").getArray()),
                        FollowUpOutcome.parse(rs.getString("follow_up_outcome"))))
            .list();
    audit.record(specialist.email(), "contact.list-follow-ups", specialist.id().toString(), "");
    return followUps;
  }

  @Override
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public void recordFollowUp(UUID id, FollowUpOutcome outcome, LocalDate nextOn, CurrentUser by) {
    ContactRecord contact = knownTo(by, id, "contact.update-denied");
    List<FieldProblem> problems = new ArrayList<>();
    if (contact.followUpOn() == null) {
      problems.add(new FieldProblem("followUpOutcome", "contacts.error.no-follow-up", List.of()));
    } else if (outcome == null) {
      problems.add(new FieldProblem("followUpOutcome", "contacts.error.required", List.of()));
    }
    if (nextOn != null && nextOn.isBefore(LocalDate.now(clock.withZone(QUEBEC)))) {
      problems.add(new FieldProblem("nextOn", "contacts.error.next-in-past", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidContactException(problems);
    }
    int revision =
        jdbc.sql(
                """
                update contacts.contact set follow_up_outcome = :outcome,
                  follow_up_on = coalesce(cast(:nextOn as date), follow_up_on),
                  follow_up_closed_at = case when cast(:nextOn as date) is null then now() end,
                  follow_up_reminded_on = null, revision = revision + 1, updated_at = now()
                where id = :id
                returning revision
                """)
            .param("id", id)
            .param("outcome", outcome.code())
            .param("nextOn", nextOn)
            .query(Integer.class)
            .single();
    audit.record(
        by.email(),
        "contact.follow-up",
        id.toString(),
        outcome.code() + (nextOn == null ? ", closed" : ", again on " + nextOn));
    events.publishEvent(updated(contact, revision));
  }

  /** The complete coded state of a contact, as insights learns it after a change. */
  private static ContactUpdated updated(ContactRecord contact, int revision) {
    Map<String, String> unmet = new LinkedHashMap<>();
    contact.needs().stream()
        .filter(n -> !n.met())
        .forEach(n -> unmet.put(n.code(), n.unmetReason().code()));
    return new ContactUpdated(
        contact.id(),
        revision,
        contact.startedAt(),
        contact.channel().code(),
        contact.municipalityCode(),
        contact.mrcCode(),
        contact.regionCode(),
        contact.centre(),
        contact.ageGroup().code(),
        contact.needs().stream().map(NeedAnswer::code).toList(),
        unmet,
        contact.referrals().stream().map(Referral::serviceId).toList());
  }

  @Override
  public List<UUID> recentReferralsOf(CurrentUser specialist, int limit) {
    return jdbc.sql(
            """
            select r.service_id from contacts.contact_referral r
            join contacts.contact c on c.id = r.contact_id
            where c.specialist_id = :me
            group by r.service_id
            order by max(c.started_at) desc
            limit :limit
            """)
        .param("me", specialist.id())
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  @Override
  @Transactional
  public void placeInTeam(UUID userId, String centre, String team) {
    jdbc.sql(
            """
            insert into contacts.team_member (user_id, centre, team) values (:user, :centre, :team)
            on conflict (user_id) do update set centre = excluded.centre, team = excluded.team
            """)
        .param("user", userId)
        .param("centre", centre)
        .param("team", team)
        .update();
  }

  @Override
  @Transactional
  public void placeInTeam(UUID userId, String centre, String team, CurrentUser by) {
    if (!ContactRecords.mayPlace(by)) {
      throw new AccessDeniedException("Only supervisors and administrators place staff in teams");
    }
    List<FieldProblem> problems = new ArrayList<>();
    boolean answersContacts =
        userId != null
            && staff
                .find(userId)
                .filter(m -> m.has(Role.SPECIALIST) || m.has(Role.SUPERVISOR))
                .isPresent();
    if (!answersContacts) {
      problems.add(new FieldProblem("member", "contacts.error.not-a-specialist", List.of()));
    }
    String cleanCentre = centre == null ? "" : centre.strip();
    String cleanTeam = team == null ? "" : team.strip();
    checkName(problems, "centre", cleanCentre);
    checkName(problems, "team", cleanTeam);
    if (!by.has(Role.ADMINISTRATOR)) {
      Optional<Team> own = teamOf(by.id());
      if (own.isEmpty() || !own.get().centre().equals(cleanCentre)) {
        problems.add(
            new FieldProblem(
                "centre",
                "contacts.error.other-centre",
                List.of(own.map(Team::centre).orElse("—"))));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContactException(problems);
    }
    placeInTeam(userId, cleanCentre, cleanTeam);
    audit.record(
        by.email(), "contact.team-place", userId.toString(), cleanCentre + " / " + cleanTeam);
  }

  private static void checkName(List<FieldProblem> problems, String field, String value) {
    if (value.isEmpty()) {
      problems.add(new FieldProblem(field, "contacts.error.required", List.of()));
    } else if (value.length() > MAX_TEAM_NAME) {
      problems.add(new FieldProblem(field, "contacts.error.too-long", List.of("" + MAX_TEAM_NAME)));
    }
  }

  @Override
  public List<TeamPlacement> placements() {
    return jdbc.sql("select user_id, centre, team from contacts.team_member order by centre, team")
        .query(
            (rs, i) ->
                new TeamPlacement(
                    rs.getObject("user_id", UUID.class),
                    rs.getString("centre"),
                    rs.getString("team")))
        .list();
  }

  @Override
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public void assign(UUID contactId, UUID specialistId, CurrentUser by) {
    read(contactId, by);
    jdbc.sql("update contacts.contact set assigned_to = :to where id = :id")
        .param("to", specialistId)
        .param("id", contactId)
        .update();
    audit.record(by.email(), "contact.assign", contactId.toString(), "to " + specialistId);
  }

  /**
   * Need-to-know: a specialist reads their own, assigned and team records; a supervisor their
   * centre's. Other roles (analysts, administrators…) never read a record.
   */
  boolean mayRead(CurrentUser reader, ContactRecord record) {
    Optional<Team> team = teamOf(reader.id());
    if (reader.has(Role.SPECIALIST)) {
      if (reader.id().equals(record.specialistId()) || reader.id().equals(record.assignedTo())) {
        return true;
      }
      if (team.isPresent()
          && team.get().centre().equals(record.centre())
          && team.get().team().equals(record.team())) {
        return true;
      }
    }
    return reader.has(Role.SUPERVISOR)
        && team.isPresent()
        && team.get().centre().equals(record.centre());
  }

  private Optional<Team> teamOf(UUID userId) {
    return jdbc.sql("select centre, team from contacts.team_member where user_id = :id")
        .param("id", userId)
        .query((rs, i) -> new Team(rs.getString("centre"), rs.getString("team")))
        .optional();
  }

  private Optional<ContactRecord> find(UUID id) {
    List<NeedAnswer> needs =
        jdbc.sql(
                "select need_code, unmet_reason from contacts.contact_need where contact_id = :id"
                    + " order by need_code")
            .param("id", id)
            .query(
                (rs, i) ->
                    new NeedAnswer(
                        rs.getString("need_code"), UnmetReason.parse(rs.getString("unmet_reason"))))
            .list();
    List<Referral> referrals =
        jdbc.sql(
                "select service_id, need_code from contacts.contact_referral where contact_id = :id"
                    + " order by need_code, service_id")
            .param("id", id)
            .query(
                (rs, i) ->
                    new Referral(rs.getObject("service_id", UUID.class), rs.getString("need_code")))
            .list();
    return jdbc.sql("select * from contacts.contact where id = :id")
        .param("id", id)
        .query((rs, i) -> record(rs, needs, referrals))
        .optional();
  }

  private ContactRecord record(ResultSet rs, List<NeedAnswer> needs, List<Referral> referrals)
      throws SQLException {
    Timestamp ended = rs.getTimestamp("ended_at");
    java.sql.Date followUpOn = rs.getDate("follow_up_on");
    Timestamp closedAt = rs.getTimestamp("follow_up_closed_at");
    return new ContactRecord(
        rs.getObject("id", UUID.class),
        Channel.parse(rs.getString("channel")),
        rs.getTimestamp("started_at").toInstant(),
        ended == null ? null : ended.toInstant(),
        CallerType.parse(rs.getString("caller_type")),
        rs.getString("municipality_code"),
        rs.getString("mrc_code"),
        rs.getString("region_code"),
        rs.getString("language"),
        AgeGroup.parse(rs.getString("age_group")),
        rs.getObject("specialist_id", UUID.class),
        rs.getObject("assigned_to", UUID.class),
        rs.getString("centre"),
        rs.getString("team"),
        Outcome.parse(rs.getString("outcome")),
        rs.getBoolean("crisis"),
        needs,
        referrals,
        followUpOn == null ? null : followUpOn.toLocalDate(),
        cipher.open(rs.getBytes("follow_up_identity")),
        cipher.open(rs.getBytes("follow_up_notes")),
        rs.getInt("revision"),
        FollowUpOutcome.parse(rs.getString("follow_up_outcome")),
        closedAt == null ? null : closedAt.toInstant());
  }

  private record Team(String centre, String team) {}
}
