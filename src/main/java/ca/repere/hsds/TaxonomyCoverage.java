package ca.repere.hsds;

/** How many of an imported taxonomy's terms the crosswalk maps to a Repère category. */
public record TaxonomyCoverage(String taxonomy, long terms, long mapped) {

  public long percent() {
    return terms == 0 ? 100 : mapped * 100 / terms;
  }
}
