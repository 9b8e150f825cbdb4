package ca.repere.site.web;

import java.util.List;

/**
 * The basic-needs categories the home page offers as quick links, most asked first. Their names
 * come from the messages ({@code category.ALIM}…) until the taxonomy API gives them.
 */
final class Categories {

  static final List<String> FIRST = List.of("ALIM", "SANTM", "LOG", "EMPLOI", "GOUV");

  static final List<String> MORE =
      List.of(
          "TRANSP", "AINES", "DEP", "VIOL", "FAM", "JUR", "IMMI", "HAND", "EDUC", "REVENU", "SANTE",
          "CRISE", "BIENS", "COMM");

  private Categories() {}
}
