package ca.repere.curation;

import ca.repere.directory.Address;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Language;
import ca.repere.directory.Located;
import ca.repere.directory.Phone;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an organization edits of a service, as the form shows it: names and descriptions in French
 * and English, the address of its first place, phones (public and staff-only, one per line), weekly
 * hours ("MO,TU 09:00-17:00", one per line), languages ("fr, en"), the staff-only note, and the
 * dates of a time-limited project. A revision stores one; {@link DraftApplication} writes it back.
 */
public record ServiceDraft(
    String nameFr,
    String nameEn,
    String descriptionFr,
    String descriptionEn,
    String address,
    String city,
    String postalCode,
    String phones,
    String staffPhones,
    String hours,
    String languages,
    String internalNote,
    String startDate,
    String endDate) {

  /** The fields in the order forms and diffs show them. */
  public static final List<String> FIELDS =
      List.of(
          "nameFr",
          "nameEn",
          "descriptionFr",
          "descriptionEn",
          "address",
          "city",
          "postalCode",
          "phones",
          "staffPhones",
          "hours",
          "languages",
          "internalNote",
          "startDate",
          "endDate");

  public ServiceDraft {
    nameFr = clean(nameFr);
    nameEn = clean(nameEn);
    descriptionFr = clean(descriptionFr);
    descriptionEn = clean(descriptionEn);
    address = clean(address);
    city = clean(city);
    postalCode = clean(postalCode);
    phones = cleanLines(phones);
    staffPhones = cleanLines(staffPhones);
    hours = cleanLines(hours);
    languages = clean(languages);
    internalNote = clean(internalNote);
    startDate = clean(startDate);
    endDate = clean(endDate);
  }

  public static ServiceDraft empty() {
    return new ServiceDraft(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The draft that leaves {@code current} as it is. */
  public static ServiceDraft of(CompiledService current) {
    var s = current.service();
    Address place =
        current.locations().stream()
            .map(Located::physicalAddress)
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(null);
    return new ServiceDraft(
        s.name().fr(),
        s.name().en(),
        s.description().fr(),
        s.description().en(),
        place == null ? null : place.address1(),
        place == null ? null : place.city(),
        place == null ? null : place.postalCode(),
        phoneLines(current.phones(), false),
        phoneLines(current.phones(), true),
        current.schedules().stream().map(WeeklyHours::line).collect(Collectors.joining("\n")),
        current.languages().stream().map(Language::code).collect(Collectors.joining(", ")),
        s.internalNote(),
        s.startDate() == null ? null : s.startDate().toString(),
        s.endDate() == null ? null : s.endDate().toString());
  }

  /** Field name → value, in {@link #FIELDS} order. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> all =
        java.util.Arrays.asList(
            nameFr,
            nameEn,
            descriptionFr,
            descriptionEn,
            address,
            city,
            postalCode,
            phones,
            staffPhones,
            hours,
            languages,
            internalNote,
            startDate,
            endDate);
    for (int i = 0; i < FIELDS.size(); i++) {
      values.put(FIELDS.get(i), all.get(i));
    }
    return values;
  }

  /** Every field whose value differs from {@code before}'s. */
  public List<FieldChange> changesFrom(ServiceDraft before) {
    Map<String, String> old = before.values();
    return values().entrySet().stream()
        .filter(e -> !java.util.Objects.equals(old.get(e.getKey()), e.getValue()))
        .map(e -> new FieldChange(e.getKey(), old.get(e.getKey()), e.getValue()))
        .toList();
  }

  /** Everything wrong with this draft, each naming its field (and line). */
  public List<Problem> problems() {
    List<Problem> problems = new java.util.ArrayList<>();
    if (nameFr == null && nameEn == null) {
      problems.add(Problem.of("nameFr", "curation.problem.name-required"));
    }
    values()
        .forEach(
            (field, value) -> {
              if (value != null && value.length() > maxLength(field)) {
                problems.add(Problem.of(field, "curation.problem.too-long", maxLength(field)));
              }
            });
    problems.addAll(WeeklyHours.problems("hours", hours));
    problems.addAll(PhoneNumbers.problems("phones", phones));
    problems.addAll(PhoneNumbers.problems("staffPhones", staffPhones));
    problems.addAll(LanguageCodes.problems("languages", languages));
    LocalDate start = date("startDate", startDate, problems);
    LocalDate end = date("endDate", endDate, problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(Problem.of("endDate", "curation.problem.end-before-start"));
    }
    if (address != null && city == null) {
      problems.add(Problem.of("city", "curation.problem.city-required"));
    }
    return problems;
  }

  LocalDate start() {
    return startDate == null ? null : LocalDate.parse(startDate);
  }

  LocalDate end() {
    return endDate == null ? null : LocalDate.parse(endDate);
  }

  private static LocalDate date(String field, String value, List<Problem> problems) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(Problem.of(field, "curation.problem.date", value));
      return null;
    }
  }

  private static int maxLength(String field) {
    return field.startsWith("description") || field.equals("internalNote") ? 4000 : 500;
  }

  private static String phoneLines(List<Phone> phones, boolean staffOnly) {
    return phones.stream()
        .filter(p -> p.staffOnly() == staffOnly)
        .map(Phone::number)
        .collect(Collectors.joining("\n"));
  }

  private static String clean(String value) {
    return Texts.clean(value);
  }

  private static String cleanLines(String value) {
    if (Texts.clean(value) == null) {
      return null;
    }
    String lines =
        Texts.clean(value)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? null : lines;
  }

  /** A field whose value a revision changes. */
  public record FieldChange(String field, String before, String after) {}
}
