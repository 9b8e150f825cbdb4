package ca.repere.search.engine;

/**
 * Names of the index's fields. One document per service at a location, or per phone-only service.
 */
final class Fields {

  /** The document's own key: the service-at-location id, or the service id when it has none. */
  static final String KEY = "key";

  static final String SERVICE_ID = "service_id";

  /** A result's service and location ids and point, binary doc values ({@link ResultIds}). */
  static final String IDS = "ids";

  static final String NAME_FR = "name_fr";
  static final String NAME_EN = "name_en";
  static final String DESCRIPTION_FR = "description_fr";
  static final String DESCRIPTION_EN = "description_en";
  static final String ORGANIZATION_FR = "organization_fr";
  static final String ORGANIZATION_EN = "organization_en";

  /** Taxonomy term names and their synonyms. */
  static final String TAXONOMY_FR = "taxonomy_fr";

  static final String TAXONOMY_EN = "taxonomy_en";

  /** Every searchable text, folded but not stemmed, for typo-tolerant matching. */
  static final String PLAIN = "plain";

  /** Service and organization names, folded, for autocomplete by prefix. */
  static final String NAME_PREFIX = "name_prefix";

  /** The result card, binary (see {@link ResultCards}). */
  static final String CARD = "card";

  static final String STORED_NAME_FR = "stored_name_fr";
  static final String STORED_NAME_EN = "stored_name_en";

  /** Every taxonomy code of the service, with its parents. */
  static final String CATEGORY = "category";

  static final String TOP_CATEGORY = "top_category";
  static final String SUBCATEGORY = "subcategory";

  /** Territory keys of the service areas ("mun:04015", "mrc:040", "region:11", "qc"). */
  static final String AREA = "area";

  /** Service areas of the form "radius:lat,lon,km", stored and checked at query time. */
  static final String RADIUS_AREA = "radius_area";

  static final String POINT = "point";

  /** Weekly opening intervals in minutes from Monday 00:00 (IntRange). */
  static final String OPEN = "open";

  /** "true" when open around the clock, every day (holidays included). */
  static final String ALWAYS_OPEN = "always_open";

  static final String LANGUAGE = "language";
  static final String AUDIENCE = "audience";
  static final String FREE = "free";
  static final String WHEELCHAIR = "wheelchair";
  static final String PROVINCE_WIDE = "province_wide";

  /** Last public day (epoch day; {@link Long#MAX_VALUE} when open-ended). */
  static final String END_DAY = "end_day";

  /** Facet fields (sorted-set doc values). */
  static final String[] FACETS = {TOP_CATEGORY, SUBCATEGORY, LANGUAGE, AUDIENCE, FREE, WHEELCHAIR};

  private Fields() {}
}
