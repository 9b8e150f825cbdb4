package ca.repere.directory.demo;

import ca.repere.shared.LocalizedText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * What the demo directory is made of, read from {@code classpath:demo/}: kinds of organizations
 * found in every Québec region (food banks, family centres, women's shelters…), the services each
 * kind offers, and the province-wide phone lines.
 */
record DemoCatalog(List<OrganizationKind> kinds, List<ProvincialLine> lines) {

  /** Where an organization's name and service area come from. */
  enum Scope {
    MUN,
    MRC,
    REGION
  }

  record OrganizationKind(
      String key,
      int weight,
      Scope scope,
      int minPopulation,
      LocalizedText name,
      LocalizedText description,
      List<String> alternatives,
      boolean isPublicBody,
      boolean confidential,
      List<ServiceTemplate> services) {}

  record ServiceTemplate(
      String code,
      List<String> audiences,
      LocalizedText name,
      LocalizedText description,
      String schedule,
      String cost,
      LocalizedText eligibility,
      List<String> documents,
      boolean project) {}

  record ProvincialLine(
      LocalizedText organization,
      String code,
      List<String> audiences,
      LocalizedText name,
      LocalizedText description,
      String phone,
      String schedule,
      List<String> languages) {}

  static DemoCatalog load() {
    Map<String, List<ServiceTemplate>> templates =
        read("demo/service-templates.csv").stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get("kind"),
                    Collectors.mapping(DemoCatalog::template, Collectors.toList())));
    List<OrganizationKind> kinds =
        read("demo/organization-kinds.csv").stream()
            .map(r -> kind(r, templates.getOrDefault(r.get("kind"), List.of())))
            .toList();
    List<ProvincialLine> lines =
        read("demo/provincial-lines.csv").stream().map(DemoCatalog::line).toList();
    return new DemoCatalog(kinds, lines);
  }

  private static OrganizationKind kind(CSVRecord r, List<ServiceTemplate> services) {
    List<String> flags = split(r.get("flags"));
    return new OrganizationKind(
        r.get("kind"),
        Integer.parseInt(r.get("weight")),
        Scope.valueOf(r.get("scope").toUpperCase(java.util.Locale.ROOT)),
        Integer.parseInt(r.get("min_population")),
        text(r, "name"),
        text(r, "description"),
        split(r.get("alternatives")),
        flags.contains("public"),
        flags.contains("confidential"),
        services);
  }

  private static ServiceTemplate template(CSVRecord r) {
    return new ServiceTemplate(
        r.get("code"),
        split(r.get("audiences")),
        text(r, "name"),
        text(r, "description"),
        r.get("schedule"),
        r.get("cost"),
        text(r, "eligibility"),
        split(r.get("documents")),
        "y".equals(r.get("project")));
  }

  private static ProvincialLine line(CSVRecord r) {
    return new ProvincialLine(
        text(r, "organization"),
        r.get("code"),
        split(r.get("audiences")),
        text(r, "name"),
        text(r, "description"),
        r.get("phone"),
        r.get("schedule"),
        split(r.get("languages")));
  }

  private static LocalizedText text(CSVRecord r, String field) {
    return LocalizedText.of(r.get(field + "_fr"), r.get(field + "_en"));
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
        : Arrays.stream(value.split("\\|")).map(String::strip).toList();
  }
}
