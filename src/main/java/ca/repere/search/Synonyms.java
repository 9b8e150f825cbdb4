package ca.repere.search;

/** Applies changed synonyms to search without a new release. */
public interface Synonyms {

  /**
   * Re-reads the concept dictionary (every {@link SynonymSource} included) for the queries of this
   * node; the indexed documents take the new phrases at the next rebuild.
   */
  void reload();
}
