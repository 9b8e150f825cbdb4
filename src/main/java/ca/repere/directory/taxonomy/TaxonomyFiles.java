package ca.repere.directory.taxonomy;

import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.shared.LocalizedText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The taxonomy files of {@code classpath:taxonomy/}, read once: Repère's categories, its audiences,
 * and one crosswalk file per external taxonomy (its terms and the Repère codes each maps to).
 */
@Component
public class TaxonomyFiles {

  static final Map<String, String> CROSSWALKS =
      Map.of(
          RepereTaxonomy.AIRS, "taxonomy/crosswalk-airs.csv",
          RepereTaxonomy.OPEN_ELIGIBILITY, "taxonomy/crosswalk-open-eligibility.csv");

  /** A term of an external taxonomy and the Repère codes it maps to, main one first. */
  public record ExternalTerm(
      String code, String parentCode, LocalizedText name, List<String> repereCodes) {}

  private final List<RepereCategory> categories = categories("taxonomy/repere-taxonomy.csv");
  private final List<RepereCategory> audiences = categories("taxonomy/repere-audiences.csv");
  private final Map<String, RepereCategory> byCode =
      categories.stream().collect(Collectors.toMap(RepereCategory::code, Function.identity()));
  private final Map<String, List<ExternalTerm>> external =
      CROSSWALKS.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> externalTerms(e.getValue())));

  public List<RepereCategory> categories() {
    return categories;
  }

  public List<RepereCategory> audiences() {
    return audiences;
  }

  public Optional<RepereCategory> category(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Optional<RepereCategory> audience(String code) {
    return audiences.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public List<ExternalTerm> external(String taxonomy) {
    return external.getOrDefault(taxonomy, List.of());
  }

  private static List<RepereCategory> categories(String path) {
    return read(path).stream()
        .map(
            r ->
                new RepereCategory(
                    r.get("code"),
                    emptyToNull(r.get("parent_code")),
                    LocalizedText.of(r.get("name_fr"), r.get("name_en")),
                    LocalizedText.of(r.get("description_fr"), r.get("description_en")),
                    split(r.get("synonyms_fr")),
                    split(r.get("synonyms_en"))))
        .toList();
  }

  private List<ExternalTerm> externalTerms(String path) {
    return read(path).stream()
        .map(
            r ->
                new ExternalTerm(
                    r.get("code"),
                    emptyToNull(r.get("parent_code")),
                    LocalizedText.of(r.get("name_fr"), r.get("name_en")),
                    split(r.get("repere_codes"))))
        .peek(this::requireKnownCodes)
        .toList();
  }

  private void requireKnownCodes(ExternalTerm term) {
    term.repereCodes().stream()
        .filter(c -> !byCode.containsKey(c))
        .findFirst()
        .ifPresent(
            c -> {
              throw new IllegalStateException(
                  "Crosswalk term " + term.code() + " maps to unknown Repère code " + c);
            });
  }

  private static List<CSVRecord> read(String path) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      return format.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  private static List<String> split(String value) {
    return value == null || value.isBlank()
        ? List.of()
        : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
