package ca.repere.search.engine;

import org.apache.lucene.search.Query;

/**
 * A query that equals only itself: it holds what one search (or one index version) computed, so two
 * of them are never interchangeable, whatever they print.
 */
abstract class IdentityQuery extends Query {

  @Override
  public final boolean equals(Object other) {
    return other == this;
  }

  @Override
  public final int hashCode() {
    return System.identityHashCode(this);
  }
}
