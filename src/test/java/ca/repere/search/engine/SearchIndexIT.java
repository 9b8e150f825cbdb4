package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.ChangeLog;
import ca.repere.directory.Directory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@RepereApplicationTest
class SearchIndexIT {

  @Autowired ReindexTask reindex;
  @Autowired SearchIndex index;
  @Autowired ChangeLog changeLog;
  @Autowired Directory directory;
  @Autowired ServiceDocuments documents;
  @Autowired TaxonomyCatalog taxonomy;
  @Autowired ConceptDictionary concepts;

  @TempDir Path dataDir;

  @org.junit.jupiter.api.BeforeEach
  void aPublishedService() {
    java.util.UUID org = java.util.UUID.randomUUID();
    directory.save(
        ca.repere.directory.Organization.named(
            org, ca.repere.shared.LocalizedText.of("Index", null)),
        "search-test");
    directory.save(
        ca.repere.directory.CompiledService.of(
            ca.repere.directory.CommunityService.named(
                java.util.UUID.randomUUID(),
                org,
                ca.repere.shared.LocalizedText.of("Indexé", null)),
            directory.organization(org).orElseThrow()),
        "search-test");
  }

  private SearchIndex replica() {
    return new SearchIndex(
        dataDir.toString(), directory, changeLog, documents, taxonomy, concepts, Optional.empty());
  }

  @Test
  void theReindexTaskRebuildsUpToTheLastChange() {
    assertThat(reindex.call()).isZero();

    assertThat(index.sequence()).isEqualTo(changeLog.last());
    assertThat(index.documentCount()).isPositive();
  }

  @Test
  void aMissingIndexIsBuiltAndACorruptOneRebuiltAtStart() throws Exception {
    int expected;
    try (SearchIndex replica = replica()) {
      replica.open(); // no index folder yet: built from the directory
      expected = replica.documentCount();
      assertThat(replica.sequence()).isPositive();
    }
    assertThat(expected).isPositive();
    try (var files = Files.list(dataDir.resolve("index"))) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(file, "not a Lucene commit");
      }
    }

    try (SearchIndex replica = replica()) {
      replica.open();
      assertThat(replica.documentCount()).isEqualTo(expected);
    }
  }

  @Test
  void anIndexBuiltOnAnotherDatabaseIsRebuilt() throws Exception {
    try (SearchIndex replica = replica()) {
      replica.open();
    }
    // the recorded change no longer matches: as if the database had been replaced
    try (var writer =
        new org.apache.lucene.index.IndexWriter(
            org.apache.lucene.store.FSDirectory.open(dataDir.resolve("index")),
            new org.apache.lucene.index.IndexWriterConfig(Analyzers.INDEXING))) {
      writer.deleteAll();
      writer.setLiveCommitData(
          java.util.Map.of(
                  SearchIndex.SEQUENCE, "1", SearchIndex.SEQUENCE_CHANGE, "SERVICE:elsewhere")
              .entrySet());
      writer.commit();
    }

    try (SearchIndex replica = replica()) {
      replica.open();
      assertThat(replica.documentCount()).isEqualTo(index.documentCount());
    }
  }
}
