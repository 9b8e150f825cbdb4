package ca.repere.site.web;

import org.springframework.validation.Errors;

/** What a person writes in "report an error" on a service page. */
class ErrorReportForm {

  static final int MAX_TEXT = 4000;

  private String whatIsWrong;
  private String email;

  void validate(Errors errors) {
    if (trimmedWhatIsWrong() == null) {
      errors.rejectValue("whatIsWrong", "report.error.what.required");
    }
    FormChecks.maxLength(errors, "whatIsWrong", trimmedWhatIsWrong(), MAX_TEXT);
    FormChecks.email(errors, "email", trimmedEmail());
  }

  String trimmedWhatIsWrong() {
    return FormChecks.trimmed(whatIsWrong);
  }

  String trimmedEmail() {
    return FormChecks.trimmed(email);
  }

  public String getWhatIsWrong() {
    return whatIsWrong;
  }

  public void setWhatIsWrong(String whatIsWrong) {
    this.whatIsWrong = whatIsWrong;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
