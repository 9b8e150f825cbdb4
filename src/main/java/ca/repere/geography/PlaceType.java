package ca.repere.geography;

/** What kind of place a {@link Place} is, from the most precise to the least. */
public enum PlaceType {
  /** Coordinates typed or sent by the browser ("49.22,-65.81"). */
  POINT,
  /** A full postal code ("G0E 1V0"), located at its FSA. */
  POSTAL_CODE,
  /** A forward sortation area ("G0E"). */
  FSA,
  MUNICIPALITY,
  MRC,
  REGION,
  PROVINCE
}
