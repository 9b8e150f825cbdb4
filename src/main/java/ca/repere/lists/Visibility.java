package ca.repere.lists;

/** Who may open a list by its share token. */
public enum Visibility {
  /** Only its owner, in the staff pages. */
  PRIVATE,
  /** Anyone with the link. */
  LINK,
  /** Anyone. */
  PUBLIC;

  public boolean isShared() {
    return this != PRIVATE;
  }
}
