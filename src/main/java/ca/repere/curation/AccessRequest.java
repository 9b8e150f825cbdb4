package ca.repere.curation;

import ca.repere.shared.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A representative's request to edit an organization: an existing one ({@code organizationId}), or
 * a new one to register with what they tell of it.
 */
public record AccessRequest(
    UUID id,
    UUID organizationId,
    String organizationName,
    String description,
    String address,
    String city,
    String postalCode,
    String website,
    String requesterName,
    String requesterEmail,
    String requesterRole,
    Lang lang,
    String status,
    Instant receivedAt) {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  public AccessRequest {
    organizationName = clean(organizationName);
    description = clean(description);
    address = clean(address);
    city = clean(city);
    postalCode = clean(postalCode);
    website = clean(website);
    requesterName = clean(requesterName);
    requesterEmail = clean(requesterEmail);
    requesterRole = clean(requesterRole);
  }

  /** What the person wrote, field by field, for the forms. */
  public java.util.Map<String, String> fields() {
    java.util.Map<String, String> fields = new java.util.HashMap<>();
    fields.put("organizationName", organizationName);
    fields.put("description", description);
    fields.put("address", address);
    fields.put("city", city);
    fields.put("postalCode", postalCode);
    fields.put("website", website);
    fields.put("requesterName", requesterName);
    fields.put("requesterEmail", requesterEmail);
    fields.put("requesterRole", requesterRole);
    return fields;
  }

  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    required(problems, "organizationName", organizationName);
    required(problems, "requesterName", requesterName);
    required(problems, "requesterEmail", requesterEmail);
    if (requesterEmail != null
        && (requesterEmail.length() > 320 || !EMAIL.matcher(requesterEmail).matches())) {
      problems.add(Problem.of("requesterEmail", "curation.problem.email"));
    }
    max(problems, "organizationName", organizationName, 300);
    max(problems, "requesterName", requesterName, 200);
    max(problems, "description", description, 4000);
    max(problems, "address", address, 300);
    max(problems, "city", city, 200);
    max(problems, "postalCode", postalCode, 10);
    max(problems, "website", website, 500);
    max(problems, "requesterRole", requesterRole, 200);
    return problems;
  }

  private static void required(List<Problem> problems, String field, String value) {
    if (value == null) {
      problems.add(Problem.of(field, "curation.problem.required"));
    }
  }

  private static void max(List<Problem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(Problem.of(field, "curation.problem.too-long", max));
    }
  }

  private static String clean(String value) {
    return Texts.clean(value);
  }
}
