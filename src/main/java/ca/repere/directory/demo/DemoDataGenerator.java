package ca.repere.directory.demo;

import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.CostOption;
import ca.repere.directory.Funding;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.Organization;
import ca.repere.directory.OrganizationIdentifier;
import ca.repere.directory.Phone;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.ServiceStatus;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.directory.demo.DemoCatalog.OrganizationKind;
import ca.repere.directory.demo.DemoCatalog.ProvincialLine;
import ca.repere.directory.demo.DemoCatalog.Scope;
import ca.repere.directory.demo.DemoCatalog.ServiceTemplate;
import ca.repere.directory.demo.DemoPlaces.RegionPlaces;
import ca.repere.geography.Municipality;
import ca.repere.shared.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a realistic demo directory from a seed: organizations of the kinds found in every
 * region, placed in real municipalities (more where more people live, at least 15 services per
 * region), with their services, hours, phones, areas, costs and categories, plus the province-wide
 * phone lines. Same settings and municipalities, same data: ids come from the seed and a counter.
 */
final class DemoDataGenerator {

  static final String IDENTIFIER_SCHEME = "repere-demo";
  static final String IDENTIFIER_TYPE = "demo-data";
  static final int MINIMUM_PER_REGION = 15;
  static final String VERIFIER = "demo-data";

  private static final Pattern AGE_RANGE = Pattern.compile("(\\d+) (?:à|mois à) (\\d+)");
  private static final Pattern AGE_MIN = Pattern.compile("(\\d+) ans et plus");
  private static final List<String> FIRST_NAMES =
      List.of(
          "Marie",
          "Julie",
          "Sophie",
          "Isabelle",
          "Nathalie",
          "Geneviève",
          "Catherine",
          "Annie",
          "Mélanie",
          "Louise",
          "Jean",
          "Martin",
          "François",
          "Luc",
          "Éric",
          "Stéphane",
          "Patrick",
          "Mathieu",
          "Alexandre",
          "Karine");
  private static final List<String> LAST_NAMES =
      List.of(
          "Tremblay",
          "Gagnon",
          "Roy",
          "Côté",
          "Bouchard",
          "Gauthier",
          "Morin",
          "Lavoie",
          "Fortin",
          "Gagné",
          "Ouellet",
          "Pelletier",
          "Bélanger",
          "Lévesque",
          "Bergeron",
          "Leblanc",
          "Paquette",
          "Girard",
          "Simard",
          "Boucher");
  private static final List<LocalizedText> FUNDERS =
      List.of(
          LocalizedText.of("Centraide", "United Way Centraide"),
          LocalizedText.of(
              "Programme de soutien aux organismes communautaires (PSOC)",
              "Community Organizations Support Program (PSOC)"),
          LocalizedText.of("Municipalité", "Municipality"));

  private final DemoCatalog catalog;
  private final RepereTaxonomy taxonomy;
  private final DemoSettings settings;
  private final DemoPlaces places;
  private final Random random;
  private final DemoDetails details;
  private final List<Organization> organizations = new ArrayList<>();
  private final List<OrganizationIdentifier> identifiers = new ArrayList<>();
  private final List<CompiledService> services = new ArrayList<>();
  private final Map<String, List<Municipality>> open = new java.util.TreeMap<>();
  private final java.security.MessageDigest md5 = md5();
  private final Map<String, Set<String>> exhausted = new java.util.TreeMap<>();
  private long counter;
  private int projects;

  DemoDataGenerator(
      DemoCatalog catalog,
      RepereTaxonomy taxonomy,
      DemoSettings settings,
      List<Municipality> municipalities) {
    this.catalog = catalog;
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.places = new DemoPlaces(municipalities);
    this.random = new Random(settings.seed());
    this.details = new DemoDetails(random, this::nextId);
    if (places.regions().isEmpty()) {
      throw new IllegalStateException(
          "No municipality with a point and a population to place demo data in");
    }
  }

  DemoData generate() {
    catalog.lines().forEach(this::provincialLine);
    int located = settings.services() - services.size();
    int minimum = Math.min(MINIMUM_PER_REGION, located / places.regions().size());
    Map<String, Integer> shares = places.shares(located, minimum);
    List<OrganizationKind> everyKindOnce = new ArrayList<>(catalog.kinds());
    for (RegionPlaces region : places.regions()) {
      int target = shares.get(region.code());
      int before = services.size();
      while (services.size() - before < target) {
        int remaining = target - (services.size() - before);
        OrganizationKind kind = everyKindOnce.isEmpty() ? weightedKind(region) : null;
        if (kind == null) {
          kind = firstPlaceable(everyKindOnce, region);
        }
        organization(kind, region, remaining);
      }
    }
    return new DemoData(
        List.copyOf(organizations), List.copyOf(identifiers), List.copyOf(services));
  }

  // --- organizations ------------------------------------------------------------------------

  /** Takes the first kind still owed a first organization that fits this region, else any kind. */
  private OrganizationKind firstPlaceable(List<OrganizationKind> owed, RegionPlaces region) {
    for (OrganizationKind kind : owed) {
      if (!candidates(kind, region).isEmpty()) {
        owed.remove(kind);
        return kind;
      }
    }
    return weightedKind(region);
  }

  private OrganizationKind weightedKind() {
    return pick(catalog.kinds(), OrganizationKind::weight);
  }

  /** A weighted kind that still has a free place in the region; any kind once none has. */
  private OrganizationKind weightedKind(RegionPlaces region) {
    Set<String> full = exhausted.computeIfAbsent(region.code(), k -> new HashSet<>());
    while (full.size() < catalog.kinds().size()) {
      List<OrganizationKind> open =
          catalog.kinds().stream().filter(k -> !full.contains(k.key())).toList();
      OrganizationKind kind = pick(open, OrganizationKind::weight);
      if (!candidates(kind, region).isEmpty()) {
        return kind;
      }
      full.add(kind.key());
    }
    return weightedKind();
  }

  private void organization(OrganizationKind kind, RegionPlaces region, int remaining) {
    List<Municipality> candidates = candidates(kind, region);
    boolean repeat = candidates.isEmpty();
    if (repeat) {
      candidates = region.municipalities(); // every place has one: a second office, named so
    }
    Municipality home = pick(candidates, m -> Math.pow(m.population(), 0.7));
    use(kind, region, home);
    DemoText.Place place =
        new DemoText.Place(home.name(), mrcName(home), home.regionCode(), home.regionName());
    String alternative =
        kind.alternatives().isEmpty()
            ? null
            : kind.alternatives().get(random.nextInt(kind.alternatives().size()));
    LocalizedText pattern =
        alternative == null ? kind.name() : LocalizedText.of(alternative, alternative);
    LocalizedText name = DemoText.fill(pattern, place);
    if (repeat) {
      String n = String.valueOf(2 + random.nextInt(8));
      name =
          LocalizedText.of(
              name.fr() + " – point de service " + n, name.en() + " – service point " + n);
    }
    Organization organization = newOrganization(name, kind.description(), kind.isPublicBody());
    UUID locationId = nextId();
    Located main = location(locationId, organization, home, kind.confidential());
    List<ServiceTemplate> templates = chooseTemplates(kind, remaining);
    for (ServiceTemplate template : templates) {
      services.add(service(template, kind, organization, main, home, region));
    }
  }

  /** Where an organization of this kind may still go in the region (kept up to date as used). */
  private List<Municipality> candidates(OrganizationKind kind, RegionPlaces region) {
    return open.computeIfAbsent(
        kind.key() + "@" + region.code(),
        k ->
            new ArrayList<>(
                region.municipalities().stream()
                    .filter(
                        m -> m.population() >= kind.minPopulation() || kind.scope() != Scope.MUN)
                    .toList()));
  }

  private void use(OrganizationKind kind, RegionPlaces region, Municipality home) {
    String key = placeKey(kind, home);
    candidates(kind, region).removeIf(m -> placeKey(kind, m).equals(key));
  }

  /** One organization of a kind per municipality, MRC or region, depending on its scope. */
  private static String placeKey(OrganizationKind kind, Municipality m) {
    return kind.key()
        + ":"
        + switch (kind.scope()) {
          case MUN -> m.code();
          case MRC -> mrcCode(m) == null ? m.code() : mrcCode(m);
          case REGION -> m.regionCode();
        };
  }

  private List<ServiceTemplate> chooseTemplates(OrganizationKind kind, int remaining) {
    List<ServiceTemplate> chosen = new ArrayList<>(List.of(kind.services().get(0)));
    for (ServiceTemplate t : kind.services().subList(1, kind.services().size())) {
      if (chosen.size() < remaining && random.nextDouble() < 0.45) {
        chosen.add(t);
      }
    }
    return chosen;
  }

  private Organization newOrganization(
      LocalizedText name, LocalizedText description, boolean isPublic) {
    UUID id = nextId();
    String slug = DemoText.slug(name.fr());
    Instant verified = verifiedAt();
    String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
    String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
    Organization organization =
        Organization.named(id, name).toBuilder()
            .description(description)
            .email("info@" + slug + ".example")
            .website("https://www." + slug + ".example")
            .taxStatus(isPublic ? null : "OBNL")
            .yearIncorporated(isPublic ? null : 1965 + random.nextInt(56))
            .legalStatus(isPublic ? "Organisme public" : "Organisme à but non lucratif")
            .trusted(isPublic)
            .internalNote(
                random.nextInt(8) == 0 ? "Mise à jour annuelle à faire en septembre." : null)
            .privateContactName(first + " " + last)
            .privateContactEmail(
                DemoText.slug(first) + "." + DemoText.slug(last) + "@" + slug + ".example")
            .lastVerifiedAt(verified)
            .lastVerifiedBy(VERIFIER)
            .createdAt(verified.minusSeconds(86_400L * (30 + random.nextInt(900))))
            .updatedAt(verified)
            .build();
    organizations.add(organization);
    identifiers.add(
        new OrganizationIdentifier(
            nextId(), id, IDENTIFIER_SCHEME, IDENTIFIER_TYPE, "seed:" + settings.seed()));
    return organization;
  }

  private Located location(
      UUID id, Organization organization, Municipality m, boolean confidential) {
    double lat = m.point().latitude() + (random.nextDouble() - 0.5) * 0.02;
    double lon = m.point().longitude() + (random.nextDouble() - 0.5) * 0.03;
    Instant at = organization.lastVerifiedAt();
    var location =
        new ca.repere.directory.Location(
            id,
            "physical",
            null,
            organization.id(),
            organization.name(),
            LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            Math.round(lat * 1e6) / 1e6,
            Math.round(lon * 1e6) / 1e6,
            null,
            null,
            confidential,
            m.code(),
            Lifecycle.PUBLISHED,
            confidential ? "Adresse confidentielle : ne jamais la communiquer." : null,
            at,
            VERIFIER,
            organization.createdAt(),
            at,
            0);
    var address =
        new ca.repere.directory.Address(
            nextId(),
            id,
            null,
            details.street(),
            details.unit(),
            m.name(),
            m.regionName(),
            "QC",
            details.postalCode(m.regionCode()),
            "CA",
            "physical");
    return new Located(
        null,
        location,
        List.of(address),
        List.of(),
        List.of(),
        details.accessibility(id),
        List.of());
  }

  // --- services -----------------------------------------------------------------------------

  private CompiledService service(
      ServiceTemplate template,
      OrganizationKind kind,
      Organization organization,
      Located main,
      Municipality home,
      RegionPlaces region) {
    UUID id = nextId();
    CostOption cost = details.cost(template.cost(), id);
    List<String> languageCodes =
        details.languageCodes(
            region.code(),
            template.audiences().contains("AUD-NOUVEAUX"),
            template.audiences().contains("AUD-AUTOCH"));
    Integer[] ages = ages(template.eligibility().fr());
    LocalDate[] dates = template.project() ? projectDates() : new LocalDate[2];
    CommunityService service =
        CommunityService.named(id, organization.id(), template.name()).toBuilder()
            .alternateName(
                template.project()
                    ? LocalizedText.of("Projet ponctuel", "Time-limited project")
                    : LocalizedText.EMPTY)
            .description(template.description())
            .email(organization.email())
            .interpretationServices(
                languageCodes.size() > 2
                    ? LocalizedText.of(
                        "Interprètes disponibles sur demande", "Interpreters available on request")
                    : LocalizedText.EMPTY)
            .applicationProcess(details.applicationProcess(template.schedule()))
            .feesDescription(details.feesDescription(cost))
            .eligibilityDescription(template.eligibility())
            .minimumAge(ages[0])
            .maximumAge(ages[1])
            .startDate(dates[0])
            .endDate(dates[1])
            .internalNote(
                random.nextInt(12) == 0
                    ? "Vérifier les heures d'été avec la coordonnatrice."
                    : null)
            .lastVerifiedAt(organization.lastVerifiedAt())
            .lastVerifiedBy(VERIFIER)
            .createdAt(organization.createdAt())
            .updatedAt(organization.updatedAt())
            .build();
    service = withStatus(service);
    List<Located> locations = new ArrayList<>(List.of(at(main, id)));
    if (kind.scope() != Scope.MUN && !kind.confidential() && random.nextDouble() < 0.08) {
      Municipality other = pick(sameArea(kind, home, region), m -> Math.pow(m.population(), 0.5));
      if (!other.code().equals(home.code())) {
        Located branch = location(nextId(), organization, other, kind.confidential());
        locations.add(at(withBranchName(branch, other), id));
      }
    }
    return CompiledService.of(service, organization)
        .withLocations(locations)
        .withDetails(
            phones(id, region.code(), kind.confidential()),
            details.schedules(template.schedule(), id),
            List.of(area(id, kind.scope(), home)),
            details.languages(languageCodes, id),
            List.of(cost),
            details.documents(template.documents(), id),
            terms(template.code(), template.audiences()))
        .withFundingAndContacts(funding(id, organization), List.of());
  }

  private void provincialLine(ProvincialLine line) {
    Organization organization =
        newOrganization(
            line.organization(),
            LocalizedText.of(
                "Ligne d'aide offerte partout au Québec.",
                "Helpline available everywhere in Québec."),
            false);
    UUID id = nextId();
    CommunityService service =
        CommunityService.named(id, organization.id(), line.name()).toBuilder()
            .description(line.description())
            .applicationProcess(
                LocalizedText.of(
                    "Appelez, c'est gratuit et confidentiel.",
                    "Call: it is free and confidential."))
            .feesDescription(LocalizedText.of("Gratuit", "Free"))
            .lastVerifiedAt(organization.lastVerifiedAt())
            .lastVerifiedBy(VERIFIER)
            .createdAt(organization.createdAt())
            .updatedAt(organization.updatedAt())
            .build();
    Phone phone =
        new Phone(
            nextId(),
            null,
            id,
            null,
            null,
            null,
            line.phone(),
            null,
            "voice",
            LocalizedText.of("Ligne sans frais", "Toll-free line"),
            false,
            0);
    ServiceArea province =
        new ServiceArea(
            nextId(),
            id,
            null,
            "Québec",
            LocalizedText.of("Tout le Québec", "All of Québec"),
            null,
            null,
            null,
            "qc");
    services.add(
        CompiledService.of(service, organization)
            .withDetails(
                List.of(phone),
                details.schedules(line.schedule(), id),
                List.of(province),
                details.languages(line.languages(), id),
                List.of(details.cost("free", id)),
                List.of(),
                terms(line.code(), line.audiences())));
  }

  /** A few services are inactive, temporarily closed or withdrawn, as in any real directory. */
  private CommunityService withStatus(CommunityService service) {
    double r = random.nextDouble();
    if (r < 0.02) {
      return service.withStatus(ServiceStatus.INACTIVE);
    }
    if (r < 0.03) {
      return service.withStatus(ServiceStatus.TEMPORARILY_CLOSED);
    }
    if (r < 0.045) {
      return service.withLifecycle(Lifecycle.WITHDRAWN);
    }
    return service;
  }

  /** Time-limited projects: the first has ended, the second is running, then either. */
  private LocalDate[] projectDates() {
    boolean ended = projects == 0 || (projects > 1 && random.nextBoolean());
    projects++;
    LocalDate today = settings.today();
    if (ended) {
      LocalDate end = today.minusDays(1 + random.nextInt(150));
      return new LocalDate[] {end.minusDays(30 + random.nextInt(60)), end};
    }
    return new LocalDate[] {
      today.minusDays(random.nextInt(60)), today.plusDays(14 + random.nextInt(140))
    };
  }

  private static Located at(Located located, UUID serviceId) {
    UUID salId =
        UUID.nameUUIDFromBytes(
            ("sal:" + serviceId + ":" + located.location().id()).getBytes(StandardCharsets.UTF_8));
    return new Located(
        new ca.repere.directory.ServiceAtLocation(
            salId, serviceId, located.location().id(), LocalizedText.EMPTY),
        located.location(),
        located.addresses(),
        located.phones(),
        located.schedules(),
        located.accessibility(),
        located.languages());
  }

  private static Located withBranchName(Located branch, Municipality m) {
    var l = branch.location();
    var named =
        new ca.repere.directory.Location(
            l.id(),
            l.locationType(),
            l.url(),
            l.organizationId(),
            LocalizedText.of(
                "Point de service " + DemoText.of(m.name()), m.name() + " service point"),
            l.alternateName(),
            l.description(),
            l.transportation(),
            l.latitude(),
            l.longitude(),
            l.externalIdentifier(),
            l.externalIdentifierType(),
            l.confidential(),
            l.municipalityCode(),
            l.lifecycle(),
            l.internalNote(),
            l.lastVerifiedAt(),
            l.lastVerifiedBy(),
            l.createdAt(),
            l.updatedAt(),
            l.version());
    return new Located(
        branch.serviceAtLocation(),
        named,
        branch.addresses(),
        branch.phones(),
        branch.schedules(),
        branch.accessibility(),
        branch.languages());
  }

  private List<Municipality> sameArea(
      OrganizationKind kind, Municipality home, RegionPlaces region) {
    if (kind.scope() == Scope.MRC && mrcCode(home) != null) {
      return region.byMrc().getOrDefault(home.mrcCode(), List.of(home));
    }
    return region.municipalities();
  }

  /** The public line; a confidential shelter adds its staff-only intake line for professionals. */
  private List<Phone> phones(UUID serviceId, String regionCode, boolean confidential) {
    List<Phone> phones = new ArrayList<>();
    phones.add(
        new Phone(
            nextId(),
            null,
            serviceId,
            null,
            null,
            null,
            details.phone(regionCode),
            null,
            "voice",
            confidential
                ? LocalizedText.of("Ligne 24/7", "24/7 line")
                : LocalizedText.of("Accueil", "Reception"),
            false,
            0));
    if (confidential || random.nextInt(20) == 0) {
      phones.add(
          new Phone(
              nextId(),
              null,
              serviceId,
              null,
              null,
              null,
              details.phone(regionCode),
              null,
              "voice",
              LocalizedText.of(
                  "Ligne d'accueil pour intervenants", "Intake line for professionals"),
              true,
              1));
    }
    return phones;
  }

  private ServiceArea area(UUID serviceId, Scope scope, Municipality m) {
    return switch (scope) {
      case MUN ->
          new ServiceArea(
              nextId(),
              serviceId,
              null,
              m.name(),
              LocalizedText.EMPTY,
              null,
              null,
              null,
              "mun:" + m.code());
      case MRC ->
          mrcCode(m) == null
              ? area(serviceId, Scope.MUN, m)
              : new ServiceArea(
                  nextId(),
                  serviceId,
                  null,
                  mrcName(m),
                  LocalizedText.EMPTY,
                  null,
                  null,
                  null,
                  "mrc:" + m.mrcCode());
      case REGION ->
          new ServiceArea(
              nextId(),
              serviceId,
              null,
              m.regionName(),
              LocalizedText.EMPTY,
              null,
              null,
              null,
              "region:" + m.regionCode());
    };
  }

  private List<Funding> funding(UUID serviceId, Organization organization) {
    if (organization.trusted() || random.nextDouble() < 0.5) {
      return List.of();
    }
    return List.of(
        new Funding(nextId(), null, serviceId, FUNDERS.get(random.nextInt(FUNDERS.size()))));
  }

  private List<TaxonomyTerm> terms(String code, List<String> audiences) {
    List<TaxonomyTerm> terms = new ArrayList<>();
    terms.add(term(code, RepereTaxonomy.NAME));
    audiences.forEach(a -> terms.add(term(a, RepereTaxonomy.AUDIENCES)));
    return terms;
  }

  private TaxonomyTerm term(String code, String taxonomyName) {
    var category =
        taxonomy
            .term(code)
            .orElseThrow(() -> new IllegalStateException("Unknown category " + code));
    return new TaxonomyTerm(
        category.id(),
        code,
        category.name(),
        category.description(),
        category.parentCode() == null ? null : RepereTaxonomy.termId(category.parentCode()),
        taxonomyName,
        RepereTaxonomy.taxonomyId(taxonomyName),
        null,
        null,
        code);
  }

  private static String mrcName(Municipality m) {
    return m.mrcName() == null || m.mrcName().isBlank() ? m.name() : m.mrcName();
  }

  /** The MRC (or equivalent territory) code; the municipality's own code when it has none. */
  private static String mrcCode(Municipality m) {
    return m.mrcCode() == null || m.mrcCode().isBlank() ? null : m.mrcCode();
  }

  /** "de 12 à 17 ans", "18 mois à 5 ans", "65 ans et plus" in the eligibility text. */
  private static Integer[] ages(String eligibility) {
    if (eligibility == null) {
      return new Integer[2];
    }
    Matcher range = AGE_RANGE.matcher(eligibility);
    if (range.find() && !eligibility.contains("mois")) {
      return new Integer[] {Integer.valueOf(range.group(1)), Integer.valueOf(range.group(2))};
    }
    Matcher min = AGE_MIN.matcher(eligibility);
    return min.find() ? new Integer[] {Integer.valueOf(min.group(1)), null} : new Integer[2];
  }

  private Instant verifiedAt() {
    return settings
        .today()
        .minusDays(random.nextInt(600))
        .atTime(9 + random.nextInt(8), random.nextInt(60))
        .toInstant(ZoneOffset.UTC);
  }

  /** As {@link UUID#nameUUIDFromBytes} gives, with one digest reused (ids are most of the work). */
  private UUID nextId() {
    byte[] hash =
        md5.digest(
            ("repere-demo:" + settings.seed() + ":" + counter++).getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (hash[i] & 0xff);
      lsb = (lsb << 8) | (hash[i + 8] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static java.security.MessageDigest md5() {
    try {
      return java.security.MessageDigest.getInstance("MD5");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
    double total = items.stream().mapToDouble(weight).sum();
    double r = random.nextDouble() * total;
    for (T item : items) {
      r -= weight.applyAsDouble(item);
      if (r < 0) {
        return item;
      }
    }
    return items.get(items.size() - 1);
  }
}
