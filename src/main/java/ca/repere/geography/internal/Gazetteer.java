package ca.repere.geography.internal;

import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Region;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the geography knows, as read from one source (the geography folder or the built-in
 * fallback). Immutable.
 *
 * @param source where it came from: the folder's absolute path, or "fallback"
 * @param contentHash a SHA-256 of the source files, to tell whether the database copy is current
 * @param townHallPostalCodes the municipality code of each town-hall postal code ("G0E1V0"), the
 *     most populous one when several share it
 * @param details each municipality's MAMH designation ("Ville", "Municipalité"…) and town-hall
 *     postal code, by code
 * @param outlines the simplified region outlines GeoJSON file, null when there is none
 */
record Gazetteer(
    String source,
    String contentHash,
    List<Region> regions,
    List<Mrc> mrcs,
    List<Municipality> municipalities,
    Map<String, Fsa> fsas,
    List<Borough> boroughs,
    Map<String, String> townHallPostalCodes,
    Map<String, MunicipalityDetails> details,
    Path outlines) {

  static final String FALLBACK = "fallback";

  boolean fallback() {
    return FALLBACK.equals(source);
  }
}
