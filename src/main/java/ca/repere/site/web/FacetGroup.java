package ca.repere.site.web;

import java.util.List;

/**
 * A facet of the results page as checkboxes with counts: {@code param} is the page parameter the
 * boxes submit ({@code categorie}, {@code langue}, {@code public}, {@code ouvert}…).
 */
record FacetGroup(String param, String legend, List<Value> values) {

  record Value(String id, String value, String label, long count, boolean checked) {}
}
