package ca.repere.accounts.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register Québec's Law 25 asks the person in charge of personal information to keep: requests
 * of access, correction and erasure with their 30-day deadline, and confidentiality incidents
 * (whether they present a risk of serious injury, when the Commission d'accès à l'information and
 * the persons concerned were told).
 */
@Component
public class PrivacyRegister {

  /** Law 25, s. 32 of the private-sector act: a written answer within 30 days of receipt. */
  static final int ANSWER_WITHIN_DAYS = 30;

  private static final Set<String> KINDS = Set.of("access", "correction", "erasure");
  private static final Set<String> OUTCOMES = Set.of("answered", "refused");

  private final JdbcClient jdbc;
  private final Clock clock;

  PrivacyRegister(JdbcClient jdbc, java.util.Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  public record Request(
      UUID id,
      String kind,
      String requester,
      LocalDate receivedOn,
      LocalDate dueOn,
      String status,
      String notes,
      LocalDate closedOn) {

    public boolean overdueOn(LocalDate day) {
      return "open".equals(status) && dueOn.isBefore(day);
    }
  }

  public record Incident(
      UUID id,
      LocalDate occurredOn,
      LocalDate discoveredOn,
      String description,
      String personalInformation,
      boolean seriousRisk,
      String measures,
      LocalDate reportedToCaiOn,
      LocalDate personsNotifiedOn,
      String status) {}

  /** Field → message key of every problem of a submitted form; nothing is saved when not empty. */
  public static final class InvalidEntry extends RuntimeException {
    private final Map<String, String> problems;

    InvalidEntry(Map<String, String> problems) {
      super("Invalid register entry: " + problems);
      this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
      return problems;
    }
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public List<Request> requests() {
    return jdbc.sql(
            "SELECT id, kind, requester, received_on, due_on, status, notes, closed_on"
                + " FROM accounts.privacy_request ORDER BY status = 'open' DESC, due_on, received_on")
        .query(Request.class)
        .list();
  }

  public List<Incident> incidents() {
    return jdbc.sql(
            "SELECT id, occurred_on, discovered_on, description, personal_information,"
                + " serious_risk, measures, reported_to_cai_on, persons_notified_on, status"
                + " FROM accounts.privacy_incident ORDER BY discovered_on DESC")
        .query(Incident.class)
        .list();
  }

  @Transactional
  public Request recordRequest(
      String kind, String requester, String receivedOn, String notes, UUID recordedBy) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (kind == null || !KINDS.contains(kind)) {
      problems.put("kind", "accounts.privacy.error.kind");
    }
    if (requester == null || requester.isBlank() || requester.length() > 200) {
      problems.put("requester", "accounts.privacy.error.requester");
    }
    LocalDate received = pastOrToday(receivedOn, "receivedOn", true, problems);
    if (notes != null && notes.length() > 4000) {
      problems.put("notes", "accounts.privacy.error.too-long");
    }
    if (!problems.isEmpty()) {
      throw new InvalidEntry(problems);
    }
    Request request =
        new Request(
            UUID.randomUUID(),
            kind,
            requester.strip(),
            received,
            received.plusDays(ANSWER_WITHIN_DAYS),
            "open",
            blankToNull(notes),
            null);
    jdbc.sql(
            "INSERT INTO accounts.privacy_request (id, kind, requester, received_on, due_on,"
                + " notes, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            request.id(),
            request.kind(),
            request.requester(),
            request.receivedOn(),
            request.dueOn(),
            request.notes(),
            recordedBy)
        .update();
    return request;
  }

  /** Closes an open request as answered or refused, today. */
  @Transactional
  public void closeRequest(UUID id, String outcome) {
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      throw new InvalidEntry(Map.of("outcome", "accounts.privacy.error.outcome"));
    }
    int updated =
        jdbc.sql(
                "UPDATE accounts.privacy_request SET status = ?, closed_on = ?"
                    + " WHERE id = ? AND status = 'open'")
            .params(outcome, today(), id)
            .update();
    if (updated == 0) {
      throw new InvalidEntry(Map.of("outcome", "accounts.privacy.error.not-open"));
    }
  }

  @Transactional
  public Incident recordIncident(
      String occurredOn,
      String discoveredOn,
      String description,
      String personalInformation,
      boolean seriousRisk,
      String measures,
      String reportedToCaiOn,
      String personsNotifiedOn,
      UUID recordedBy) {
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate occurred = pastOrToday(occurredOn, "occurredOn", false, problems);
    LocalDate discovered = pastOrToday(discoveredOn, "discoveredOn", true, problems);
    if (description == null || description.isBlank() || description.length() > 4000) {
      problems.put("description", "accounts.privacy.error.description");
    }
    LocalDate reported = pastOrToday(reportedToCaiOn, "reportedToCaiOn", false, problems);
    LocalDate notified = pastOrToday(personsNotifiedOn, "personsNotifiedOn", false, problems);
    if (occurred != null && discovered != null && occurred.isAfter(discovered)) {
      problems.put("occurredOn", "accounts.privacy.error.occurred-after-discovered");
    }
    if (!problems.isEmpty()) {
      throw new InvalidEntry(problems);
    }
    Incident incident =
        new Incident(
            UUID.randomUUID(),
            occurred,
            discovered,
            description.strip(),
            blankToNull(personalInformation),
            seriousRisk,
            blankToNull(measures),
            reported,
            notified,
            "open");
    jdbc.sql(
            "INSERT INTO accounts.privacy_incident (id, occurred_on, discovered_on, description,"
                + " personal_information, serious_risk, measures, reported_to_cai_on,"
                + " persons_notified_on, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            incident.id(),
            incident.occurredOn(),
            incident.discoveredOn(),
            incident.description(),
            incident.personalInformation(),
            incident.seriousRisk(),
            incident.measures(),
            incident.reportedToCaiOn(),
            incident.personsNotifiedOn(),
            recordedBy)
        .update();
    return incident;
  }

  private LocalDate pastOrToday(
      String value, String field, boolean required, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.put(field, "accounts.privacy.error.date-required");
      }
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.isAfter(today())) {
        problems.put(field, "accounts.privacy.error.date-future");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.put(field, "accounts.privacy.error.date-format");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
