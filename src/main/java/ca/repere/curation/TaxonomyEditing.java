package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Curators maintain Repère's categories of needs from the application: add a term, rename it in
 * French and English, move it under another top category, retire it. A retired term is offered no
 * more (contact form, synonyms) but stays on the records that carry it, with its name, until a
 * curator moves them; it can be put back in use. Search follows within seconds (its index is
 * rebuilt from the change log on every node); the seeding of the taxonomy files never overwrites
 * these edits.
 */
@Service
public class TaxonomyEditing {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}(-[A-Z0-9]{1,15})?");
  static final int NAME_LENGTH = 120;

  /** A category as the curator sees it: retired or not, and how many services carry it. */
  public record Term(RepereCategory category, boolean retired, long services) {}

  private final Directory directory;
  private final RepereTaxonomy taxonomy;
  private final AuditLog audit;

  TaxonomyEditing(Directory directory, RepereTaxonomy taxonomy, AuditLog audit) {
    this.directory = directory;
    this.taxonomy = taxonomy;
    this.audit = audit;
  }

  public List<Term> terms(CurrentUser curator) {
    Review.requireCurator(curator);
    Map<UUID, Long> counts = directory.serviceCountsByTerm(taxonomyId());
    return taxonomy.allCategories().stream()
        .map(c -> new Term(c, taxonomy.isRetired(c.code()), counts.getOrDefault(c.id(), 0L)))
        .toList();
  }

  /** One category as the curator sees it, by code. */
  public Term term(CurrentUser curator, String code) {
    return terms(curator).stream()
        .filter(t -> t.category().code().equals(code))
        .findFirst()
        .orElseThrow(() -> new UnknownTermException(code));
  }

  /** Top categories in use: where a term may go. */
  public List<RepereCategory> parents(CurrentUser curator) {
    Review.requireCurator(curator);
    return taxonomy.topCategories();
  }

  /**
   * Adds a category; {@code parentCode} blank for a top category.
   *
   * @throws InvalidSubmissionException naming each field that is wrong
   */
  public void add(
      CurrentUser curator, String code, String parentCode, String nameFr, String nameEn) {
    Review.requireCurator(curator);
    String clean = upper(code);
    String parent = upper(parentCode);
    List<Problem> problems = new ArrayList<>();
    if (clean == null || !CODE.matcher(clean).matches()) {
      problems.add(Problem.of("code", "curation.problem.taxonomy-code"));
    } else if (taxonomy.term(clean).isPresent()) {
      problems.add(Problem.of("code", "curation.problem.taxonomy-code-exists", clean));
    }
    checkParent(parent, problems);
    LocalizedText name = name(nameFr, nameEn, problems);
    refuseIfAny(problems);
    directory.saveCurated(
        term(RepereTaxonomy.termId(clean), clean, name, LocalizedText.EMPTY, parent));
    changed(curator, "curation.taxonomy.add", clean);
  }

  /** Renames a category in French and English and puts it under {@code parentCode}. */
  public void edit(
      CurrentUser curator, String code, String nameFr, String nameEn, String parentCode) {
    Review.requireCurator(curator);
    TaxonomyTerm stored = stored(code);
    String parent = upper(parentCode);
    List<Problem> problems = new ArrayList<>();
    if (parent != null) {
      checkParent(parent, problems);
      if (parent.equals(stored.code())) {
        problems.add(Problem.of("parentCode", "curation.problem.taxonomy-own-parent"));
      } else if (!taxonomy.subCategories(stored.code()).isEmpty()) {
        problems.add(Problem.of("parentCode", "curation.problem.taxonomy-has-children"));
      }
    }
    LocalizedText name = name(nameFr, nameEn, problems);
    refuseIfAny(problems);
    directory.saveCurated(term(stored.id(), stored.code(), name, stored.description(), parent));
    changed(curator, "curation.taxonomy.edit", stored.code());
  }

  /** Offers the category no more; the services that carry it keep it. */
  public void retire(CurrentUser curator, String code) {
    Review.requireCurator(curator);
    TaxonomyTerm stored = stored(code);
    if (!taxonomy.subCategories(stored.code()).isEmpty()) {
      throw new InvalidSubmissionException(
          List.of(
              Problem.of("status", "curation.problem.taxonomy-retire-children", stored.code())));
    }
    directory.retire(stored.id(), true);
    changed(curator, "curation.taxonomy.retire", stored.code());
  }

  public void restore(CurrentUser curator, String code) {
    Review.requireCurator(curator);
    TaxonomyTerm stored = stored(code);
    RepereCategory category = taxonomy.term(stored.code()).orElseThrow();
    if (category.parentCode() != null && taxonomy.isRetired(category.parentCode())) {
      throw new InvalidSubmissionException(
          List.of(
              Problem.of(
                  "status", "curation.problem.taxonomy-parent-retired", category.parentCode())));
    }
    directory.retire(stored.id(), false);
    changed(curator, "curation.taxonomy.restore", stored.code());
  }

  /** The external taxonomies whose terms curators map to Repère's categories. */
  public static final List<String> EXTERNAL =
      List.of(RepereTaxonomy.AIRS, RepereTaxonomy.OPEN_ELIGIBILITY);

  /** A term of an external taxonomy and the Repère codes it maps to, main one first. */
  public record Mapping(String code, LocalizedText name, List<String> repereCodes) {}

  /** The crosswalk of an external taxonomy, term by term. */
  public List<Mapping> crosswalk(CurrentUser curator, String externalTaxonomy) {
    Review.requireCurator(curator);
    return directory.taxonomyTerms(RepereTaxonomy.taxonomyId(externalTaxonomy)).stream()
        .map(
            t -> new Mapping(t.code(), t.name(), taxonomy.crosswalkAll(externalTaxonomy, t.code())))
        .toList();
  }

  /**
   * Maps a term of an external taxonomy to the Repère codes typed as "ALIM-BANQ, ALIM" (main one
   * first); imports and search use the new mapping.
   *
   * @throws InvalidSubmissionException naming each field that is wrong
   */
  public void map(
      CurrentUser curator, String externalTaxonomy, String externalCode, String codesText) {
    Review.requireCurator(curator);
    List<Problem> problems = new ArrayList<>();
    TaxonomyTerm external = null;
    if (externalTaxonomy == null || !EXTERNAL.contains(externalTaxonomy)) {
      problems.add(Problem.of("externalTaxonomy", "curation.problem.required"));
    } else {
      String code = Texts.clean(externalCode);
      external =
          directory.taxonomyTerms(RepereTaxonomy.taxonomyId(externalTaxonomy)).stream()
              .filter(t -> code != null && t.code().equalsIgnoreCase(code))
              .findFirst()
              .orElse(null);
      if (external == null) {
        problems.add(
            Problem.of(
                "externalCode",
                "curation.problem.external-code",
                String.valueOf(code),
                externalTaxonomy));
      }
    }
    List<String> codes = SynonymDictionary.codes(codesText);
    if (codes.isEmpty()) {
      problems.add(Problem.of("repereCodes", "curation.problem.required"));
    }
    codes.stream()
        .filter(c -> taxonomy.categories().stream().noneMatch(k -> k.code().equals(c)))
        .forEach(c -> problems.add(Problem.of("repereCodes", "curation.problem.unknown-code", c)));
    refuseIfAny(problems);
    directory.saveCrosswalk(external, codes);
    changed(curator, "curation.taxonomy.crosswalk", externalTaxonomy + ":" + external.code());
  }

  private void checkParent(String parent, List<Problem> problems) {
    boolean usable =
        parent == null || taxonomy.topCategories().stream().anyMatch(c -> c.code().equals(parent));
    if (!usable) {
      problems.add(Problem.of("parentCode", "curation.problem.taxonomy-parent", parent));
    }
  }

  private static LocalizedText name(String nameFr, String nameEn, List<Problem> problems) {
    String fr = Texts.clean(nameFr);
    String en = Texts.clean(nameEn);
    check("nameFr", fr, problems);
    check("nameEn", en, problems);
    return LocalizedText.of(fr, en);
  }

  private static void check(String field, String value, List<Problem> problems) {
    if (value == null) {
      problems.add(Problem.of(field, "curation.problem.required"));
    } else if (value.length() > NAME_LENGTH) {
      problems.add(Problem.of(field, "curation.problem.too-long", NAME_LENGTH));
    }
  }

  private static void refuseIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
  }

  private TaxonomyTerm stored(String code) {
    String clean = upper(code);
    return directory.taxonomyTerms(taxonomyId()).stream()
        .filter(t -> t.code().equals(clean))
        .findFirst()
        .orElseThrow(() -> new UnknownTermException(code));
  }

  private static TaxonomyTerm term(
      UUID id, String code, LocalizedText name, LocalizedText description, String parent) {
    return new TaxonomyTerm(
        id,
        code,
        name,
        description,
        parent == null ? null : RepereTaxonomy.termId(parent),
        RepereTaxonomy.NAME,
        taxonomyId(),
        null,
        null,
        code);
  }

  private void changed(CurrentUser curator, String action, String code) {
    taxonomy.refresh();
    audit.record(curator.email(), action, code, null);
  }

  private static UUID taxonomyId() {
    return RepereTaxonomy.taxonomyId(RepereTaxonomy.NAME);
  }

  private static String upper(String value) {
    String clean = Texts.clean(value);
    return clean == null ? null : clean.toUpperCase(Locale.ROOT);
  }

  /** No category of Repère's taxonomy has this code. */
  public static class UnknownTermException extends RuntimeException {
    UnknownTermException(String code) {
      super("No taxonomy term " + code);
    }
  }
}
