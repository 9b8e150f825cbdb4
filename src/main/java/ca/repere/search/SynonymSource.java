package ca.repere.search;

import java.util.Map;
import java.util.Set;

/**
 * Phrases people use for a need, maintained outside the code (by curators, in the application):
 * every bean of this type is read into the search's concept dictionary, beside the taxonomy and the
 * curated file. After a change, call {@link Synonyms#reload()} on each node.
 */
public interface SynonymSource {

  /** Taxonomy code → the phrases that stand for it. */
  Map<String, Set<String>> phrasesByCode();
}
