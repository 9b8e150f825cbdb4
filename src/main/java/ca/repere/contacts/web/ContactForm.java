package ca.repere.contacts.web;

import ca.repere.contacts.AgeGroup;
import ca.repere.contacts.CallerType;
import ca.repere.contacts.Channel;
import ca.repere.contacts.ContactRecord;
import ca.repere.contacts.NeedAnswer;
import ca.repere.contacts.NewContact;
import ca.repere.contacts.Outcome;
import ca.repere.contacts.Referral;
import ca.repere.contacts.UnmetReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The contact form as typed, kept as text so that it can be shown again unchanged with its errors.
 * Times are local to Québec ({@code datetime-local} fields).
 */
public class ContactForm {

  static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

  /** How many "unmet need" rows the form offers. */
  static final int UNMET_ROWS = 3;

  private String channel = Channel.PHONE.code();
  private String started;
  private String ended;
  private String callerType = CallerType.SELF.code();
  private String place;
  private String language = "fr";
  private String ageGroup = AgeGroup.UNKNOWN.code();
  private String outcome = Outcome.REFERRED.code();
  private boolean crisis;
  private List<String> needs = new ArrayList<>();
  private List<String> unmetNeed = new ArrayList<>();
  private List<String> unmetReason = new ArrayList<>();
  private List<String> referrals = new ArrayList<>();
  private String searchNeed;
  private String searchText;
  private String addNeed;
  private String followUpOn;
  private String followUpIdentity;
  private String notes;
  private int revision;

  /** A fresh form, the call starting now. */
  static ContactForm startingNow() {
    ContactForm form = new ContactForm();
    form.started = LocalDateTime.now(QUEBEC).truncatedTo(ChronoUnit.SECONDS).toString();
    return form;
  }

  /** The form filled with a saved contact, to edit it; {@code place} as it should be typed. */
  static ContactForm of(ContactRecord contact, String place) {
    ContactForm form = new ContactForm();
    form.channel = contact.channel().code();
    form.started = local(contact.startedAt());
    form.ended = contact.endedAt() == null ? null : local(contact.endedAt());
    form.callerType = contact.callerType().code();
    form.place = place;
    form.language = contact.language();
    form.ageGroup = contact.ageGroup().code();
    form.outcome = contact.outcome().code();
    form.crisis = contact.crisis();
    for (NeedAnswer need : contact.needs()) {
      if (need.met()) {
        form.needs.add(need.code());
      } else {
        form.unmetNeed.add(need.code());
        form.unmetReason.add(need.unmetReason().code());
      }
    }
    for (Referral referral : contact.referrals()) {
      form.referrals.add(
          referral.serviceId() + (referral.needCode() == null ? "" : "|" + referral.needCode()));
    }
    form.followUpOn = contact.followUpOn() == null ? null : contact.followUpOn().toString();
    form.followUpIdentity = contact.followUpIdentity();
    form.notes = contact.notes();
    form.revision = contact.revision();
    return form;
  }

  private static String local(Instant instant) {
    return LocalDateTime.ofInstant(instant, QUEBEC).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /**
   * The contact to save; fields that cannot be read become null, which validation reports as
   * required ({@code badTimes} collects time fields that are not times).
   */
  NewContact toContact(List<String> badTimes) {
    List<NeedAnswer> answers = new ArrayList<>();
    for (String code : needs) {
      if (code != null && !code.isBlank()) {
        answers.add(new NeedAnswer(code, null));
      }
    }
    for (int i = 0; i < unmetNeed.size(); i++) {
      String code = unmetNeed.get(i);
      if (code != null && !code.isBlank()) {
        UnmetReason reason = i < unmetReason.size() ? UnmetReason.parse(unmetReason.get(i)) : null;
        answers.add(new NeedAnswer(code, reason == null ? UnmetReason.OTHER : reason));
      }
    }
    List<Referral> chosen = new ArrayList<>();
    for (String value : referrals) {
      chosen.add(referral(value));
    }
    return new NewContact(
        Channel.parse(channel),
        time(started, "started", badTimes),
        time(ended, "ended", badTimes),
        CallerType.parse(callerType),
        place,
        language,
        AgeGroup.parse(ageGroup),
        Outcome.parse(outcome),
        crisis,
        answers,
        chosen.stream().filter(r -> r != null).toList(),
        date(followUpOn, badTimes),
        followUpIdentity,
        notes);
  }

  /** A referral checkbox's value: "serviceId" or "serviceId|needCode"; null when it is neither. */
  static Referral referral(String value) {
    if (value == null) {
      return null; // an empty value in a list the form posts
    }
    String[] parts = value.split("\\|", 2);
    try {
      UUID service = UUID.fromString(parts[0].strip());
      return new Referral(service, parts.length > 1 && !parts[1].isBlank() ? parts[1] : null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant time(String text, String field, List<String> bad) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(QUEBEC).toInstant();
    } catch (DateTimeParseException e) {
      bad.add(field);
      return null;
    }
  }

  private static LocalDate date(String text, List<String> bad) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      bad.add("followUpOn");
      return null;
    }
  }

  /** The unmet need of row {@code i}, or "". */
  public String unmetNeedAt(int i) {
    return i < unmetNeed.size() && unmetNeed.get(i) != null ? unmetNeed.get(i) : "";
  }

  /** The unmet reason of row {@code i}, or "". */
  public String unmetReasonAt(int i) {
    return i < unmetReason.size() && unmetReason.get(i) != null ? unmetReason.get(i) : "";
  }

  public int getRevision() {
    return revision;
  }

  public void setRevision(int revision) {
    this.revision = revision;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getStarted() {
    return started;
  }

  public void setStarted(String started) {
    this.started = started;
  }

  public String getEnded() {
    return ended;
  }

  public void setEnded(String ended) {
    this.ended = ended;
  }

  public String getCallerType() {
    return callerType;
  }

  public void setCallerType(String callerType) {
    this.callerType = callerType;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getAgeGroup() {
    return ageGroup;
  }

  public void setAgeGroup(String ageGroup) {
    this.ageGroup = ageGroup;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public boolean isCrisis() {
    return crisis;
  }

  public void setCrisis(boolean crisis) {
    this.crisis = crisis;
  }

  public List<String> getNeeds() {
    return needs;
  }

  public void setNeeds(List<String> needs) {
    this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
  }

  public List<String> getUnmetNeed() {
    return unmetNeed;
  }

  public void setUnmetNeed(List<String> unmetNeed) {
    this.unmetNeed = unmetNeed == null ? new ArrayList<>() : new ArrayList<>(unmetNeed);
  }

  public List<String> getUnmetReason() {
    return unmetReason;
  }

  public void setUnmetReason(List<String> unmetReason) {
    this.unmetReason = unmetReason == null ? new ArrayList<>() : new ArrayList<>(unmetReason);
  }

  public List<String> getReferrals() {
    return referrals;
  }

  public void setReferrals(List<String> referrals) {
    this.referrals = referrals == null ? new ArrayList<>() : new ArrayList<>(referrals);
  }

  public String getSearchNeed() {
    return searchNeed;
  }

  public void setSearchNeed(String searchNeed) {
    this.searchNeed = searchNeed;
  }

  public String getSearchText() {
    return searchText;
  }

  public void setSearchText(String searchText) {
    this.searchText = searchText;
  }

  /** When the call started, for the running timer; null when it cannot be read. */
  Instant startedInstant() {
    return time(started, "started", new ArrayList<>());
  }

  public String getAddNeed() {
    return addNeed;
  }

  public void setAddNeed(String addNeed) {
    this.addNeed = addNeed;
  }

  public String getFollowUpOn() {
    return followUpOn;
  }

  public void setFollowUpOn(String followUpOn) {
    this.followUpOn = followUpOn;
  }

  public String getFollowUpIdentity() {
    return followUpIdentity;
  }

  public void setFollowUpIdentity(String followUpIdentity) {
    this.followUpIdentity = followUpIdentity;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
