package ca.repere.contacts.web;

import ca.repere.contacts.Channel;
import ca.repere.contacts.InvalidContactException.FieldProblem;
import ca.repere.directory.Directory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What another page may fill in on a new contact form, as query parameters of {@code
 * /staff/contacts/nouveau}: {@code channel} (phone, chat, email, text, walk_in), {@code started}
 * and {@code ended} (ISO-8601 instants, "2026-11-29T14:05:00Z"), {@code place} (as a person would
 * type it), {@code language} (fr, en, other) and {@code service} (a directory service id, repeated:
 * shown as referrals given). Documented in docs/contacts.md.
 */
public class Prefill {

  private static final Set<String> LANGUAGES = Set.of("fr", "en", "other");

  private String channel;
  private String started;
  private String ended;
  private String place;
  private String language;
  private List<String> service = new ArrayList<>();

  /** Copies the usable values into {@code form}; returns a problem for each unusable one. */
  List<FieldProblem> fill(ContactForm form, Directory directory) {
    List<FieldProblem> problems = new ArrayList<>();
    if (present(channel)) {
      if (Channel.parse(channel.strip()) == null) {
        problems.add(problem("channel", "contacts.error.prefill-value", channel));
      } else {
        form.setChannel(channel.strip());
      }
    }
    if (present(started)) {
      time(started, "started", problems, form::setStarted);
    }
    if (present(ended)) {
      time(ended, "ended", problems, form::setEnded);
    }
    if (present(place)) {
      form.setPlace(place.strip());
    }
    if (present(language)) {
      if (LANGUAGES.contains(language.strip())) {
        form.setLanguage(language.strip());
      } else {
        problems.add(problem("language", "contacts.error.prefill-value", language));
      }
    }
    for (String id : service) {
      UUID serviceId = uuid(id);
      if (serviceId == null || directory.service(serviceId).isEmpty()) {
        problems.add(problem("referrals", "contacts.error.unknown-service", id));
      } else if (!form.getReferrals().contains(serviceId.toString())) {
        form.getReferrals().add(serviceId.toString());
      }
    }
    return problems;
  }

  private static void time(
      String text,
      String field,
      List<FieldProblem> problems,
      java.util.function.Consumer<String> setter) {
    try {
      Instant instant = Instant.parse(text.strip());
      setter.accept(
          LocalDateTime.ofInstant(instant, ContactForm.QUEBEC)
              .truncatedTo(ChronoUnit.SECONDS)
              .toString());
    } catch (DateTimeParseException e) {
      problems.add(problem(field, "contacts.error.prefill-time", text));
    }
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static FieldProblem problem(String field, String key, String value) {
    return new FieldProblem(field, key, List.of(value));
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public void setStarted(String started) {
    this.started = started;
  }

  public void setEnded(String ended) {
    this.ended = ended;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public void setService(List<String> service) {
    this.service = service == null ? new ArrayList<>() : new ArrayList<>(service);
  }
}
