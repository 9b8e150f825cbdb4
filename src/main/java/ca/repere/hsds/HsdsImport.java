package ca.repere.hsds;

import ca.repere.directory.BulkInsert;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.Program;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.hsds.importing.Crosswalk;
import ca.repere.hsds.importing.HsdsFiles;
import ca.repere.hsds.importing.HsdsFiles.SourceRecord;
import ca.repere.hsds.importing.HsdsSchemas;
import ca.repere.hsds.mapping.ChildIds;
import ca.repere.hsds.mapping.FromHsds;
import ca.repere.hsds.mapping.ParsedService;
import ca.repere.hsds.tabular.Origins;
import ca.repere.platform.Progress;
import ca.repere.shared.GeoPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports HSDS 3.0 services, all or nothing: a first pass reads every record and checks it against
 * the official schema and Repère's rules (references, values, sizes) and collects every problem;
 * only when there is none does a second pass write everything in one transaction. Records are
 * matched by id, so importing the same file again updates (with history) instead of duplicating.
 * Staff-only data already in the directory (internal notes, intake lines, confidential locations,
 * private contacts) is kept: HSDS never carries it.
 */
@Service
public class HsdsImport {

  private static final int BATCH = 200;

  private final Directory directory;
  private final DirectoryQueries queries;
  private final HsdsSchemas schemas;
  private final ObjectProvider<Geography> geography;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final Crosswalk crosswalk;
  private final BulkInsert bulk;

  HsdsImport(
      Directory directory,
      BulkInsert bulk,
      DirectoryQueries queries,
      HsdsSchemas schemas,
      ObjectProvider<Geography> geography,
      MessageSource messages,
      TransactionTemplate transaction,
      RepereTaxonomy taxonomy) {
    this.directory = directory;
    this.bulk = bulk;
    this.queries = queries;
    this.schemas = schemas;
    this.geography = geography;
    this.messages = messages;
    this.transaction = transaction;
    this.crosswalk = new Crosswalk(taxonomy);
  }

  public ImportReport run(Path path, ImportOptions options) {
    long start = System.nanoTime();
    Validation validation = new Validation(options);
    if (!Files.exists(path)) {
      validation.problem(path.toString(), 0, "", "hsds.import.error.no-file", path);
    } else if (!schemas.available()) {
      validation.problem(
          path.toString(), 0, "", "hsds.import.error.no-schema", schemas.dir().toAbsolutePath());
    } else {
      if (!Sources.read(path, schemas.dir(), validation)) {
        validation.problem(path.toString(), 0, "", "hsds.import.error.no-file", path);
      }
      validation.checkReferences();
    }
    long created = 0;
    long updated = 0;
    if (validation.problems.isEmpty() && !options.dryRun()) {
      Writing writing = new Writing(options, validation.services.size());
      transaction.executeWithoutResult(
          status -> {
            // a record may name an organization that a later batch brings
            bulk.deferOrganizationReferences();
            Sources.read(path, schemas.dir(), writing.reader());
            writing.flush();
            directory.announceBulkChange();
          });
      created = writing.created;
      updated = writing.updated;
    }
    return new ImportReport(
        validation.services.size(),
        created,
        updated,
        validation.organizations.size(),
        List.copyOf(validation.problems),
        List.copyOf(validation.unresolvedAreas),
        options.dryRun(),
        Duration.ofNanos(System.nanoTime() - start),
        validation.coverage(),
        List.copyOf(validation.skipped),
        List.copyOf(validation.drafts));
  }

  private Function<String, Optional<String>> territories() {
    Geography places = geography.getIfAvailable();
    return places == null ? name -> Optional.empty() : places::territoryOf;
  }

  /** Where a postal code or municipality lies, for locations given without coordinates. */
  private Function<String, Optional<GeoPoint>> places() {
    Geography places = geography.getIfAvailable();
    return places == null
        ? name -> Optional.empty()
        : name -> places.tryResolve(name).map(Place::point).filter(p -> p != null);
  }

  /** Within one import, a name is looked up once (100k services name a few hundred places). */
  private static <T> Function<String, T> remembered(Function<String, T> lookup) {
    Map<String, T> known = new HashMap<>();
    return name -> known.computeIfAbsent(name, lookup);
  }

  /**
   * The message, always through {@code MessageFormat} (Spring returns a message without arguments
   * as written, which would show its doubled apostrophes: "n''est").
   */
  private String message(Locale locale, String key, Object... args) {
    String pattern = messages.getMessage(key, null, key, locale);
    return new java.text.MessageFormat(pattern, locale).format(args);
  }

  /** First pass: reads everything, writes nothing, remembers every problem. */
  private final class Validation implements HsdsFiles.Sink {

    final ImportOptions options;
    final List<ImportProblem> problems = new ArrayList<>();
    final List<ImportProblem> skipped = new ArrayList<>();
    final List<ImportProblem> drafts = new ArrayList<>();
    final Map<UUID, String> services = new HashMap<>();
    final Set<UUID> organizations = new HashSet<>();
    final Set<UUID> programs = new HashSet<>();
    final Set<UUID> terms = new HashSet<>();
    final Set<UUID> taxonomies = new HashSet<>();
    final Map<ParsedService.Reference, SourceRecord> references = new LinkedHashMap<>();
    final Set<String> unresolvedAreas = new LinkedHashSet<>();
    final Map<String, long[]> coverage = new LinkedHashMap<>();
    final ChildIds ids = new ChildIds();
    final Function<String, Optional<String>> territories = remembered(territories());
    final Function<String, Optional<GeoPoint>> places = remembered(places());
    long read;

    Validation(ImportOptions options) {
      this.options = options;
    }

    @Override
    public void record(SourceRecord record) {
      schemas
          .validate("service", record.node(), options.messages())
          .forEach(v -> problemIn(record, v.pointer(), "hsds.import.error.schema", v.message()));
      FromHsds reader =
          new FromHsds(
              options.dataLang(),
              (pointer, key, args) -> problemIn(record, pointer, key, args),
              ids,
              territories,
              places);
      ParsedService parsed = reader.service(record.node(), "");
      UUID id = parsed.compiled().service().id();
      if (id != null) {
        String at = record.file() + ":" + record.line();
        String first = services.putIfAbsent(id, at);
        if (first != null) {
          problem(
              record.file(),
              record.line(),
              record.pointer() + "/id",
              "hsds.import.error.duplicate",
              id,
              first);
        }
      }
      if (parsed.organization() != null) {
        organizations.add(parsed.organization().id());
        organizationObjects.add(parsed.organization().id());
        Optional.ofNullable(parsed.organization().parentOrganizationId())
            .ifPresent(
                parent ->
                    reference(
                        record,
                        new ParsedService.Reference(
                            "organization", parent, "/organization/parent_organization_id")));
      } else if (parsed.compiled().service().organizationId() != null) {
        organizations.add(parsed.compiled().service().organizationId());
      }
      if (parsed.program() != null) {
        programs.add(parsed.program().id());
      }
      parsed.taxonomies().forEach(t -> taxonomies.add(t.id()));
      for (TaxonomyTerm term : parsed.terms()) {
        if (terms.add(term.id())) {
          String name = taxonomyName(parsed, term);
          boolean mapped = crosswalk.map(term, name).repereCode() != null;
          coverage.merge(
              name == null ? "?" : name, new long[] {1, mapped ? 1 : 0}, HsdsImport::add);
        }

        if (term.taxonomyId() == null) {
          problem(
              record.file(),
              record.line(),
              record.pointer() + "/attributes",
              "hsds.import.error.term-without-taxonomy",
              term.id());
        } else if (!taxonomies.contains(term.taxonomyId())) {
          reference(
              record, new ParsedService.Reference("taxonomy", term.taxonomyId(), "/attributes"));
        }
      }
      parsed.references().forEach(r -> reference(record, r));
      unresolvedAreas.addAll(parsed.unresolvedAreas());
      if (++read % 5000 == 0 && options.progress() != null) {
        options.progress().println(message(options.messages(), "hsds.import.progress.read", read));
      }
    }

    /**
     * Keeps a reference until every file is read, with where it is (without the record's JSON): for
     * a record assembled from rows, the row and column the id comes from ({@code locations.csv},
     * line 12, {@code organization_id}).
     */
    private void reference(SourceRecord record, ParsedService.Reference reference) {
      SourceRecord where =
          Origins.of(record.node(), reference.pointer())
              .map(o -> new SourceRecord(o.file(), o.line(), o.field(), null))
              .orElseGet(
                  () ->
                      new SourceRecord(
                          record.file(),
                          record.line(),
                          record.pointer() + reference.pointer(),
                          null));
      references.put(reference, where);
    }

    List<TaxonomyCoverage> coverage() {
      return coverage.entrySet().stream()
          .map(e -> new TaxonomyCoverage(e.getKey(), e.getValue()[0], e.getValue()[1]))
          .toList();
    }

    /** References to ids neither in the import nor already in the directory. */
    void checkReferences() {
      Map<String, Set<UUID>> known =
          Map.of(
              "organization", existingOrganizations(),
              "program",
                  existing(
                      "program", programs, ids -> queries.programs(ids).stream().map(Program::id)),
              "taxonomy_term",
                  existing(
                      "taxonomy_term",
                      terms,
                      ids -> queries.taxonomyTerms(ids).stream().map(TaxonomyTerm::id)),
              "taxonomy",
                  existing(
                      "taxonomy",
                      taxonomies,
                      ids ->
                          directory.taxonomies().stream().map(Taxonomy::id).filter(ids::contains)));
      references.forEach(
          (reference, record) -> {
            if (!known.get(reference.kind()).contains(reference.id())) {
              problem(
                  record.file(),
                  record.line(),
                  record.pointer(),
                  "hsds.import.error.unknown-reference",
                  reference.kind(),
                  reference.id());
            }
          });
    }

    private Set<UUID> existingOrganizations() {
      Set<UUID> wanted = referenced("organization");
      Set<UUID> result = new HashSet<>(organizationsDefinedInFull());
      wanted.removeAll(result);
      directory.organizations(wanted).forEach(o -> result.add(o.id()));
      return result;
    }

    private Set<UUID> organizationsDefinedInFull() {
      return organizationObjects;
    }

    private Set<UUID> existing(
        String kind, Set<UUID> defined, Function<Set<UUID>, java.util.stream.Stream<UUID>> lookup) {
      Set<UUID> wanted = referenced(kind);
      wanted.removeAll(defined);
      Set<UUID> result = new HashSet<>(defined);
      if (!wanted.isEmpty()) {
        lookup.apply(wanted).forEach(result::add);
      }
      return result;
    }

    private Set<UUID> referenced(String kind) {
      return references.keySet().stream()
          .filter(r -> r.kind().equals(kind))
          .map(ParsedService.Reference::id)
          .collect(Collectors.toCollection(HashSet::new));
    }

    final Set<UUID> organizationObjects = new HashSet<>();

    /**
     * A problem at a pointer of a record: for a record assembled from CSV rows, at the row (file,
     * line, column) the value came from.
     */
    void problemIn(SourceRecord record, String pointer, String key, Object... args) {
      Optional<Origins.Origin> origin = Origins.of(record.node(), pointer);
      if (origin.isPresent()) {
        problem(origin.get().file(), origin.get().line(), origin.get().field(), key, args);
      } else {
        problem(record.file(), record.line(), record.pointer() + pointer, key, args);
      }
    }

    @Override
    public void problem(String file, long line, String pointer, String key, Object... args) {
      problems.add(new ImportProblem(file, line, pointer, message(options.messages(), key, args)));
    }

    @Override
    public void skipped(String file, long line, String pointer, String key, Object... args) {
      skipped.add(new ImportProblem(file, line, pointer, message(options.messages(), key, args)));
    }

    @Override
    public void drafted(String file, long line, String pointer, String key, Object... args) {
      drafts.add(new ImportProblem(file, line, pointer, message(options.messages(), key, args)));
    }
  }

  /** Second pass, inside the one transaction: maps again and writes by batches. */
  private final class Writing {

    final ImportOptions options;
    final Progress progress;
    final ChildIds ids = new ChildIds();
    final Function<String, Optional<String>> territories = remembered(territories());
    final Function<String, Optional<GeoPoint>> places = remembered(places());
    final Set<UUID> savedOrganizations = new HashSet<>();
    final Set<UUID> savedTerms = new HashSet<>();
    final List<ParsedService> batch = new ArrayList<>();
    long created;
    long updated;

    Writing(ImportOptions options, long total) {
      this.options = options;
      this.progress =
          options.progress() == null
              ? Progress.silent()
              : new Progress(
                  message(options.messages(), "hsds.import.progress.write"),
                  total,
                  options.progress());
    }

    HsdsFiles.Sink reader() {
      return new HsdsFiles.Sink() {
        @Override
        public void record(SourceRecord record) {
          FromHsds reader =
              new FromHsds(
                  options.dataLang(),
                  (pointer, key, args) -> {
                    throw new IllegalStateException("changed since validation: " + pointer);
                  },
                  ids,
                  territories,
                  places);
          batch.add(reader.service(record.node(), ""));
          if (batch.size() >= BATCH) {
            flush();
          }
        }

        @Override
        public void problem(String file, long line, String pointer, String key, Object... args) {
          throw new IllegalStateException(file + " changed since validation");
        }
      };
    }

    /**
     * Writes one batch. New records (ids not yet in the directory) are copied in bulk, with a
     * creation entry in their history; existing ones go through {@link Directory#save} so that the
     * history records what changed. A new service whose location already exists is saved too, so
     * that the shared location is updated rather than inserted twice.
     */
    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      saveTaxonomies();
      saveOrganizations();
      batch.stream().map(ParsedService::program).filter(p -> p != null).forEach(directory::save);
      Set<UUID> known =
          bulk.existingServices(batch.stream().map(p -> p.compiled().service().id()).toList());
      Map<UUID, CompiledService> previous =
          known.isEmpty()
              ? Map.of()
              : directory.services(known).stream()
                  .collect(Collectors.toMap(c -> c.service().id(), c -> c));
      Set<UUID> knownLocations =
          bulk.existingLocations(
              batch.stream()
                  .flatMap(p -> p.compiled().locations().stream())
                  .map(l -> l.location().id())
                  .collect(Collectors.toSet()));
      List<CompiledService> fresh = new ArrayList<>();
      List<ParsedService> saved = new ArrayList<>();
      for (ParsedService parsed : batch) {
        CompiledService compiled = parsed.compiled();
        boolean exists = known.contains(compiled.service().id());
        if (!exists
            && compiled.locations().stream()
                .noneMatch(l -> knownLocations.contains(l.location().id()))) {
          fresh.add(compiled);
        } else {
          saved.add(parsed);
        }
        if (exists) {
          updated++;
        } else {
          created++;
        }
      }
      bulk.insert(List.of(), List.of(), fresh);
      bulk.recordCreation(
          "service", fresh.stream().map(c -> c.service().id()).toList(), options.actor());
      for (ParsedService parsed : saved) {
        CompiledService before = previous.get(parsed.compiled().service().id());
        directory.save(keepStaffOnly(parsed.compiled(), before), options.actor());
      }
      progress.advance(batch.size());
      batch.clear();
    }

    private void saveTaxonomies() {
      Map<UUID, Taxonomy> known =
          directory.taxonomies().stream().collect(Collectors.toMap(Taxonomy::id, t -> t));
      Map<UUID, Taxonomy> taxonomies = new LinkedHashMap<>(known);
      batch.forEach(p -> p.taxonomies().forEach(t -> taxonomies.put(t.id(), t)));
      Map<UUID, List<TaxonomyTerm>> terms = new LinkedHashMap<>();
      for (ParsedService p : batch) {
        for (TaxonomyTerm term : p.terms()) {
          if (savedTerms.add(term.id())) {
            terms
                .computeIfAbsent(term.taxonomyId(), k -> new ArrayList<>())
                .add(crosswalk.map(term, taxonomyName(p, term)));
          }
        }
      }
      terms.forEach((taxonomyId, list) -> directory.save(taxonomies.get(taxonomyId), list));
    }

    /** New organizations in bulk, existing ones through the directory (with their history). */
    private void saveOrganizations() {
      List<Organization> organizations =
          batch.stream()
              .map(ParsedService::organization)
              .filter(o -> o != null && savedOrganizations.add(o.id()))
              .toList();
      if (organizations.isEmpty()) {
        return;
      }
      Map<UUID, Organization> existing =
          directory.organizations(organizations.stream().map(Organization::id).toList()).stream()
              .collect(Collectors.toMap(Organization::id, o -> o));
      List<Organization> fresh =
          organizations.stream().filter(o -> !existing.containsKey(o.id())).toList();
      // one COPY: a parent and its child in the same batch need no particular order
      bulk.insert(fresh, List.of(), List.of());
      bulk.recordCreation(
          "organization", fresh.stream().map(Organization::id).toList(), options.actor());
      for (Organization organization : organizations) {
        Organization before = existing.get(organization.id());
        if (before != null) {
          directory.save(keepStaffOnly(organization, before), options.actor());
        }
      }
    }
  }

  /** The name of a term's taxonomy: its {@code taxonomy_detail}, else its {@code taxonomy}. */
  private static String taxonomyName(ParsedService parsed, TaxonomyTerm term) {
    return parsed.taxonomies().stream()
        .filter(t -> t.id().equals(term.taxonomyId()))
        .map(Taxonomy::name)
        .findFirst()
        .orElse(term.taxonomy());
  }

  private static long[] add(long[] a, long[] b) {
    return new long[] {a[0] + b[0], a[1] + b[1]};
  }

  private static Organization keepStaffOnly(Organization imported, Organization before) {
    if (before == null) {
      return imported;
    }
    return imported.toBuilder()
        .lifecycle(before.lifecycle())
        .trusted(before.trusted())
        .internalNote(before.internalNote())
        .privateContactName(before.privateContactName())
        .privateContactEmail(before.privateContactEmail())
        .privateContactPhone(before.privateContactPhone())
        .lastVerifiedAt(before.lastVerifiedAt())
        .lastVerifiedBy(before.lastVerifiedBy())
        .createdAt(before.createdAt())
        .updatedAt(before.updatedAt())
        .version(before.version())
        .build();
  }

  /** The imported service, with what only staff know kept from the version in the directory. */
  private static CompiledService keepStaffOnly(CompiledService imported, CompiledService before) {
    if (before == null) {
      return imported;
    }
    var b = before.service();
    var service =
        imported.service().toBuilder()
            .lifecycle(b.lifecycle())
            .internalNote(b.internalNote())
            .lastVerifiedAt(b.lastVerifiedAt())
            .lastVerifiedBy(b.lastVerifiedBy())
            .createdAt(b.createdAt())
            .updatedAt(b.updatedAt())
            .version(b.version())
            .build();
    List<Phone> phones = new ArrayList<>(imported.phones());
    before.phones().stream().filter(Phone::staffOnly).forEach(phones::add);
    Map<UUID, Located> beforeLocations =
        before.locations().stream()
            .collect(Collectors.toMap(l -> l.location().id(), l -> l, (x, y) -> x));
    List<Located> locations =
        imported.locations().stream()
            .map(l -> keepStaffOnly(l, beforeLocations.get(l.location().id())))
            .toList();
    return new CompiledService(
        service,
        imported.organization(),
        imported.program(),
        locations,
        phones,
        imported.schedules(),
        imported.serviceAreas(),
        imported.languages(),
        imported.costOptions(),
        imported.requiredDocuments(),
        imported.funding(),
        imported.contacts(),
        imported.categories());
  }

  private static Located keepStaffOnly(Located imported, Located before) {
    if (before == null) {
      return imported;
    }
    Location l = imported.location();
    Location b = before.location();
    boolean confidential = b.confidential();
    Location kept =
        l.toBuilder()
            .latitude(confidential && l.latitude() == null ? b.latitude() : l.latitude())
            .longitude(confidential && l.longitude() == null ? b.longitude() : l.longitude())
            .confidential(confidential)
            .municipalityCode(b.municipalityCode())
            .lifecycle(b.lifecycle())
            .internalNote(b.internalNote())
            .lastVerifiedAt(b.lastVerifiedAt())
            .lastVerifiedBy(b.lastVerifiedBy())
            .createdAt(b.createdAt())
            .updatedAt(b.updatedAt())
            .version(b.version())
            .build();
    List<Phone> phones = new ArrayList<>(imported.phones());
    before.phones().stream().filter(Phone::staffOnly).forEach(phones::add);
    return new Located(
        imported.serviceAtLocation(),
        kept,
        confidential && imported.addresses().isEmpty() ? before.addresses() : imported.addresses(),
        phones,
        imported.schedules(),
        imported.accessibility(),
        imported.languages());
  }
}
