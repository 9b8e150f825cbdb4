package ca.repere.geography.internal;

import ca.repere.geography.Geography;
import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Place;
import ca.repere.geography.Region;
import ca.repere.geography.UnknownPlaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The geography, held in memory: read at startup from the folder named by {@code repere.geo-dir}
 * (or {@code ../shared/geo} when that exists), else from the built-in fallback gazetteer.
 */
@Component
public class GeographyService implements Geography {

  static final Path DEFAULT_FOLDER = Path.of("..", "shared", "geo");
  private static final String NO_OUTLINES = "{\"type\":\"FeatureCollection\",\"features\":[]}";
  private static final Logger log = LoggerFactory.getLogger(GeographyService.class);

  private volatile State state;

  @Autowired
  GeographyService(@Value("${repere.geo-dir:}") String folder) {
    this(load(folder));
  }

  GeographyService(Gazetteer gazetteer) {
    this.state = new State(gazetteer);
  }

  /** The geography of a folder, or the fallback (with a warning) when it has no geography files. */
  public static GeographyService of(Path folder) {
    return new GeographyService(load(folder));
  }

  static Gazetteer load(String configured) {
    if (configured == null || configured.isBlank()) {
      if (Files.isDirectory(DEFAULT_FOLDER)) {
        return load(DEFAULT_FOLDER);
      }
      log.warn(
          "No geography folder: repere.geo-dir is not set and {} does not exist. Using the"
              + " built-in gazetteer (17 regions, main municipalities only). Set REPERE_GEO_DIR to"
              + " the folder holding qc_municipalities.csv.",
          DEFAULT_FOLDER.toAbsolutePath().normalize());
      return GazetteerReader.readFallback();
    }
    return load(Path.of(configured));
  }

  static Gazetteer load(Path folder) {
    if (GazetteerReader.isGeographyFolder(folder)) {
      return GazetteerReader.readFolder(folder);
    }
    log.warn(
        "Geography folder {} is missing or has no {}. Using the built-in gazetteer (17 regions,"
            + " main municipalities only). Set REPERE_GEO_DIR (or repere.geo-dir) to the folder"
            + " holding the Québec geography files.",
        folder.toAbsolutePath().normalize(),
        GazetteerReader.MUNICIPALITIES);
    return GazetteerReader.readFallback();
  }

  /** Replaces the geography in memory (after {@code geo-load}). */
  void use(Gazetteer gazetteer) {
    this.state = new State(gazetteer);
  }

  Gazetteer gazetteer() {
    return state.index.gazetteer();
  }

  @Override
  public Place resolve(String input) {
    return state.resolver.resolve(input);
  }

  @Override
  public Optional<Place> tryResolve(String input) {
    try {
      return Optional.of(resolve(input));
    } catch (UnknownPlaceException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean covers(String territory, Place place) {
    return state.coverage.covers(territory, place);
  }

  @Override
  public boolean overlaps(String territory, Place place) {
    return state.coverage.overlaps(territory, place);
  }

  @Override
  public Optional<String> territoryOf(String areaName) {
    Optional<String> territory = Coverage.canonical(areaName);
    if (territory.isPresent()) {
      return territory;
    }
    return tryResolve(areaName).flatMap(GeographyService::territory);
  }

  private static Optional<String> territory(Place place) {
    return switch (place.type()) {
      case MUNICIPALITY -> Optional.of("mun:" + place.code());
      case MRC -> Optional.of("mrc:" + place.code());
      case REGION -> Optional.of("region:" + place.code());
      case PROVINCE -> Optional.of("qc");
      default -> Optional.empty();
    };
  }

  @Override
  public List<Municipality> municipalities() {
    return gazetteer().municipalities();
  }

  @Override
  public List<Region> regions() {
    return gazetteer().regions();
  }

  @Override
  public List<Mrc> mrcs() {
    return gazetteer().mrcs();
  }

  @Override
  public Optional<Municipality> municipality(String code) {
    return code == null ? Optional.empty() : state.index.municipality(code.strip());
  }

  @Override
  public Optional<Region> region(String code) {
    return code == null ? Optional.empty() : state.index.region(code.strip());
  }

  @Override
  public Optional<Mrc> mrc(String code) {
    return code == null ? Optional.empty() : state.index.mrc(code.strip());
  }

  @Override
  public String source() {
    return gazetteer().source();
  }

  @Override
  public String regionOutlinesGeoJson() {
    return state.outlines();
  }

  /** One consistent generation of the indexes, swapped as a whole. */
  private static final class State {
    private final PlaceIndex index;
    private final PlaceResolver resolver;
    private final Coverage coverage;
    private String outlines;

    State(Gazetteer gazetteer) {
      this.index = new PlaceIndex(gazetteer);
      this.resolver = new PlaceResolver(index);
      this.coverage = new Coverage(index);
    }

    synchronized String outlines() {
      if (outlines == null) {
        Path file = index.gazetteer().outlines();
        try {
          outlines = file == null ? NO_OUTLINES : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + file, e);
        }
      }
      return outlines;
    }
  }
}
