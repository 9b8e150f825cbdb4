package ca.repere.geography.internal;

/** A borough (arrondissement) of a city such as Montréal, Québec or Lévis. */
record Borough(String code, String name, String cityCode) {}
