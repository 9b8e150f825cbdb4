package ca.repere.contacts;

/**
 * A need expressed during a contact, coded with a Repère taxonomy category.
 *
 * @param unmetReason why it could not be met; null when it was met
 */
public record NeedAnswer(String code, UnmetReason unmetReason) {

  public boolean met() {
    return unmetReason == null;
  }
}
