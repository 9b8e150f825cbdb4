package ca.repere.search.engine;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Language;
import ca.repere.directory.Located;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Turns a service (its public view only: no confidential point, no staff-only phone or note) into
 * index documents: one per location, or one when it has none (phone-only, virtual).
 */
@Component
class ServiceDocuments {

  /** Audience terms are categories in HSDS, but a filter of their own here. */
  private static final String AUDIENCE_PREFIX = "AUD-";

  private final TaxonomyCatalog taxonomy;
  private final ConceptDictionary concepts;

  ServiceDocuments(TaxonomyCatalog taxonomy, ConceptDictionary concepts) {
    this.taxonomy = taxonomy;
    this.concepts = concepts;
  }

  /** Nothing when the service is not public on {@code day}. */
  List<Document> of(CompiledService compiled, LocalDate day) {
    if (!compiled.isPublicOn(day)) {
      return List.of();
    }
    CompiledService service = compiled.publicView();
    Set<String> codes = new LinkedHashSet<>();
    service.categories().forEach(term -> codes.addAll(taxonomy.codesOf(term)));
    List<Document> documents = new ArrayList<>();
    for (Located located : service.locations()) {
      Document doc = common(service, codes);
      addLocation(doc, service, located, day);
      card(doc, ResultCards.of(service, java.util.Optional.of(located), day));
      ids(
          doc,
          new ResultIds(
              service.service().id(),
              located.location().id(),
              located.location().confidential() ? null : located.location().point()));
      documents.add(doc);
    }
    if (documents.isEmpty()) {
      Document doc = common(service, codes);
      doc.add(new StringField(Fields.KEY, service.service().id().toString(), Field.Store.NO));
      addHours(doc, OpeningHours.of(service.schedules(), day));
      addLanguages(doc, service.languages());
      facet(doc, Fields.WHEELCHAIR, "false");
      card(doc, ResultCards.of(service, java.util.Optional.empty(), day));
      ids(doc, new ResultIds(service.service().id(), null, null));
      documents.add(doc);
    }
    return documents;
  }

  private Document common(CompiledService s, Set<String> codes) {
    Document doc = new Document();
    UUID id = s.service().id();
    doc.add(new StringField(Fields.SERVICE_ID, id.toString(), Field.Store.YES));
    text(doc, Fields.NAME_FR, Fields.NAME_EN, s.service().name());
    text(doc, Fields.NAME_FR, Fields.NAME_EN, s.service().alternateName());
    text(doc, Fields.DESCRIPTION_FR, Fields.DESCRIPTION_EN, s.service().description());
    text(doc, Fields.DESCRIPTION_FR, Fields.DESCRIPTION_EN, s.service().eligibilityDescription());
    text(doc, Fields.ORGANIZATION_FR, Fields.ORGANIZATION_EN, s.organization().name());
    text(doc, Fields.ORGANIZATION_FR, Fields.ORGANIZATION_EN, s.organization().alternateName());
    stored(doc, Fields.STORED_NAME_FR, s.service().name().in(ca.repere.shared.Lang.FR));
    stored(doc, Fields.STORED_NAME_EN, s.service().name().in(ca.repere.shared.Lang.EN));
    for (String name :
        List.of(
            nonNull(s.service().name().fr()),
            nonNull(s.service().name().en()),
            nonNull(s.organization().name().fr()),
            nonNull(s.organization().name().en()))) {
      if (!name.isEmpty()) {
        doc.add(new TextField(Fields.NAME_PREFIX, name, Field.Store.NO));
      }
    }
    addCategories(doc, s, codes);
    addAreas(doc, s.serviceAreas());
    boolean free = ServiceTraits.isFree(s);
    facet(doc, Fields.FREE, String.valueOf(free));
    ServiceTraits.audiences(s, codes).forEach(a -> facet(doc, Fields.AUDIENCE, a));
    long endDay =
        s.service().endDate() == null ? Long.MAX_VALUE : s.service().endDate().toEpochDay();
    doc.add(new LongPoint(Fields.END_DAY, endDay));
    doc.add(new NumericDocValuesField(Fields.END_DAY, endDay));
    return doc;
  }

  private void addCategories(Document doc, CompiledService s, Set<String> codes) {
    for (String code : codes) {
      doc.add(new StringField(Fields.CATEGORY, code, Field.Store.NO));
      if (!code.startsWith(AUDIENCE_PREFIX)) {
        facet(doc, taxonomy.isTopLevel(code) ? Fields.TOP_CATEGORY : Fields.SUBCATEGORY, code);
      }
      TaxonomyTerm term = taxonomy.byCode().get(code);
      if (term != null) {
        text(doc, Fields.TAXONOMY_FR, Fields.TAXONOMY_EN, term.name());
      }
      concepts
          .phrasesOf(code)
          .forEach(
              p -> {
                doc.add(new TextField(Fields.TAXONOMY_FR, p, Field.Store.NO));
                doc.add(new TextField(Fields.TAXONOMY_EN, p, Field.Store.NO));
              });
    }
    for (TaxonomyTerm term : s.categories()) {
      text(doc, Fields.TAXONOMY_FR, Fields.TAXONOMY_EN, term.name());
    }
  }

  private static void addAreas(Document doc, List<ServiceArea> areas) {
    boolean provinceWide = false;
    for (ServiceArea area : areas) {
      String territory = area.territory();
      if (territory == null) {
        continue;
      }
      if (territory.startsWith("radius:")) {
        doc.add(new StringField(Fields.RADIUS_AREA, territory, Field.Store.YES));
      } else {
        doc.add(new StringField(Fields.AREA, territory, Field.Store.NO));
        provinceWide |= territory.equals("qc");
      }
    }
    doc.add(new StringField(Fields.PROVINCE_WIDE, String.valueOf(provinceWide), Field.Store.NO));
  }

  private void addLocation(Document doc, CompiledService s, Located located, LocalDate day) {
    doc.add(
        new StringField(Fields.KEY, located.serviceAtLocation().id().toString(), Field.Store.NO));
    GeoPoint point = located.location().confidential() ? null : located.location().point();
    if (point != null) {
      doc.add(new LatLonPoint(Fields.POINT, point.latitude(), point.longitude()));
      doc.add(new LatLonDocValuesField(Fields.POINT, point.latitude(), point.longitude()));
    }
    text(doc, Fields.NAME_FR, Fields.NAME_EN, located.location().name());
    text(
        doc,
        Fields.DESCRIPTION_FR,
        Fields.DESCRIPTION_EN,
        located.serviceAtLocation().description());
    addHours(doc, OpeningHours.of(schedulesAt(s, located), day));
    addLanguages(doc, located.languages().isEmpty() ? s.languages() : located.languages());
    facet(doc, Fields.WHEELCHAIR, String.valueOf(ServiceTraits.isWheelchairAccessible(located)));
  }

  /** The hours of this location: its own rows first, else the service's general ones. */
  static List<Schedule> schedulesAt(CompiledService s, Located located) {
    UUID salId = located.serviceAtLocation().id();
    UUID locationId = located.location().id();
    List<Schedule> specific =
        s.schedules().stream()
            .filter(x -> salId.equals(x.serviceAtLocationId()) || locationId.equals(x.locationId()))
            .toList();
    if (!specific.isEmpty()) {
      return specific;
    }
    if (!located.schedules().isEmpty()) {
      return located.schedules();
    }
    return s.schedules().stream()
        .filter(x -> x.locationId() == null && x.serviceAtLocationId() == null)
        .toList();
  }

  private static void addHours(Document doc, OpeningHours hours) {
    for (OpeningHours.Interval interval : hours.intervals()) {
      doc.add(
          new IntRange(Fields.OPEN, new int[] {interval.start()}, new int[] {interval.end() - 1}));
    }
    doc.add(
        new StringField(Fields.ALWAYS_OPEN, String.valueOf(hours.isAlwaysOpen()), Field.Store.NO));
  }

  private static void addLanguages(Document doc, List<Language> languages) {
    languages.stream()
        .map(Language::code)
        .filter(c -> c != null && !c.isBlank())
        .map(c -> c.trim().toLowerCase(java.util.Locale.ROOT))
        .map(c -> c.length() > 2 ? c.substring(0, 2) : c)
        .distinct()
        .forEach(code -> facet(doc, Fields.LANGUAGE, code));
  }

  private static void facet(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  private static void text(Document doc, String frField, String enField, LocalizedText text) {
    if (text == null) {
      return;
    }
    if (text.fr() != null) {
      doc.add(new TextField(frField, text.fr(), Field.Store.NO));
      doc.add(new TextField(Fields.PLAIN, text.fr(), Field.Store.NO));
    }
    if (text.en() != null) {
      doc.add(new TextField(enField, text.en(), Field.Store.NO));
      doc.add(new TextField(Fields.PLAIN, text.en(), Field.Store.NO));
    }
  }

  /** Kept in doc values, not stored fields: a page reads ten cards without decompressing blocks. */
  private static void card(Document doc, ca.repere.search.ResultCard card) {
    doc.add(new BinaryDocValuesField(Fields.CARD, new BytesRef(ResultCards.encode(card))));
  }

  private static void ids(Document doc, ResultIds ids) {
    doc.add(new BinaryDocValuesField(Fields.IDS, ids.encode()));
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
