package ca.repere.site.web;

import ca.repere.shared.Lang;
import ca.repere.site.reports.MissingOrganizationReport;
import org.springframework.validation.Errors;

/** The "report a missing organization" form. */
class MissingOrganizationForm {

  private String organizationName;
  private String municipality;
  private String website;
  private String phone;
  private String description;
  private String email;

  void validate(Errors errors) {
    if (FormChecks.trimmed(organizationName) == null) {
      errors.rejectValue("organizationName", "report.missing.name.required");
    }
    if (FormChecks.trimmed(description) == null) {
      errors.rejectValue("description", "report.missing.description.required");
    }
    FormChecks.maxLength(errors, "organizationName", FormChecks.trimmed(organizationName), 300);
    FormChecks.maxLength(errors, "municipality", FormChecks.trimmed(municipality), 300);
    FormChecks.maxLength(errors, "website", FormChecks.trimmed(website), 500);
    FormChecks.maxLength(errors, "phone", FormChecks.trimmed(phone), 50);
    FormChecks.maxLength(errors, "description", FormChecks.trimmed(description), 4000);
    FormChecks.email(errors, "email", FormChecks.trimmed(email));
  }

  MissingOrganizationReport toReport(Lang lang) {
    return new MissingOrganizationReport(
        null,
        FormChecks.trimmed(organizationName),
        FormChecks.trimmed(municipality),
        FormChecks.trimmed(website),
        FormChecks.trimmed(phone),
        FormChecks.trimmed(description),
        FormChecks.trimmed(email),
        lang,
        null);
  }

  public String getOrganizationName() {
    return organizationName;
  }

  public void setOrganizationName(String value) {
    this.organizationName = value;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String value) {
    this.municipality = value;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String value) {
    this.website = value;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String value) {
    this.phone = value;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String value) {
    this.description = value;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String value) {
    this.email = value;
  }
}
