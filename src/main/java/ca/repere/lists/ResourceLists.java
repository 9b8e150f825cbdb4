package ca.repere.lists;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists' API: create and edit lists, find them by owner or share token, and read their entries
 * live from the directory (public view only) or, for a living list, from search.
 */
@Service
public class ResourceLists {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Search search;
  private final Clock clock;

  ResourceLists(JdbcClient jdbc, Directory directory, Search search, Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.search = search;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  // --- creating and editing --------------------------------------------------------------------

  /** A new hand-made list, or a living one when {@code savedSearch} is not null. */
  @Transactional
  public ResourceList create(
      LocalizedText title, UUID ownerId, Visibility visibility, SavedSearch savedSearch) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO lists.resource_list (id, title_fr, title_en, owner_id, visibility,"
                + " share_token, search_text, search_where, search_categories)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            title.fr(),
            title.en(),
            ownerId,
            visibility.name().toLowerCase(),
            newToken(),
            savedSearch == null ? null : savedSearch.text(),
            savedSearch == null ? null : savedSearch.where(),
            savedSearch == null ? null : savedSearch.categories().toArray(String[]::new))
        .update();
    return find(id).orElseThrow();
  }

  @Transactional
  public void describe(UUID listId, LocalizedText title, Visibility visibility) {
    jdbc.sql(
            "UPDATE lists.resource_list SET title_fr = ?, title_en = ?, visibility = ?,"
                + " updated_at = now() WHERE id = ?")
        .params(title.fr(), title.en(), visibility.name().toLowerCase(), listId)
        .update();
  }

  /** Appends a service at the end; a service already on the list stays where it is. */
  @Transactional
  public void add(UUID listId, UUID serviceId) {
    jdbc.sql(
            "INSERT INTO lists.list_item (list_id, position, service_id)"
                + " SELECT ?, coalesce(max(position), 0) + 1, ? FROM lists.list_item"
                + " WHERE list_id = ? ON CONFLICT DO NOTHING")
        .params(listId, serviceId, listId)
        .update();
    touch(listId);
  }

  @Transactional
  public void annotate(UUID listId, UUID serviceId, LocalizedText note) {
    jdbc.sql(
            "UPDATE lists.list_item SET note_fr = ?, note_en = ? WHERE list_id = ? AND service_id = ?")
        .params(note.fr(), note.en(), listId, serviceId)
        .update();
    touch(listId);
  }

  /** Moves an item one place up ({@code -1}) or down ({@code +1}), swapping with its neighbour. */
  @Transactional
  public void move(UUID listId, UUID serviceId, int direction) {
    List<UUID> order =
        new java.util.ArrayList<>(
            find(listId).orElseThrow().items().stream().map(ListItem::serviceId).toList());
    int from = order.indexOf(serviceId);
    int to = from + Integer.signum(direction);
    if (from < 0 || to < 0 || to >= order.size()) {
      return;
    }
    java.util.Collections.swap(order, from, to);
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql("UPDATE lists.list_item SET position = ? WHERE list_id = ? AND service_id = ?")
          .params(i + 1, listId, order.get(i))
          .update();
    }
    touch(listId);
  }

  @Transactional
  public void remove(UUID listId, UUID serviceId) {
    jdbc.sql("DELETE FROM lists.list_item WHERE list_id = ? AND service_id = ?")
        .params(listId, serviceId)
        .update();
    touch(listId);
  }

  @Transactional
  public void delete(UUID listId) {
    jdbc.sql("DELETE FROM lists.resource_list WHERE id = ?").param(listId).update();
  }

  // --- reading ---------------------------------------------------------------------------------

  public Optional<ResourceList> find(UUID id) {
    return jdbc.sql("SELECT * FROM lists.resource_list WHERE id = ?")
        .param(id)
        .query(this::list)
        .optional();
  }

  /** A list as the public may open it: shared by link or public, never a private one. */
  public Optional<ResourceList> shared(String token) {
    return jdbc.sql(
            "SELECT * FROM lists.resource_list WHERE share_token = ? AND visibility <> 'private'")
        .param(token)
        .query(this::list)
        .optional();
  }

  public List<ResourceList> ownedBy(UUID ownerId) {
    return jdbc.sql("SELECT * FROM lists.resource_list WHERE owner_id = ? ORDER BY title_fr")
        .param(ownerId)
        .query(this::list)
        .list();
  }

  /**
   * What the list shows now, read live: for a hand-made list every item in order (services no
   * longer offered included, so the reader knows); for a living list the search's current results.
   */
  public List<ListEntry> entries(ResourceList list, Lang lang) {
    if (list.isLiving()) {
      List<UUID> ids =
          search.search(list.savedSearch().query(lang)).hits().stream()
              .map(SearchHit::serviceId)
              .distinct()
              .toList();
      return publicServices(ids).values().stream()
          .map(s -> new ListEntry(s.service().id(), LocalizedText.EMPTY, s))
          .toList();
    }
    Map<UUID, CompiledService> offered =
        publicServices(list.items().stream().map(ListItem::serviceId).toList());
    return list.items().stream()
        .map(i -> new ListEntry(i.serviceId(), i.note(), offered.get(i.serviceId())))
        .toList();
  }

  private Map<UUID, CompiledService> publicServices(List<UUID> ids) {
    LocalDate today = LocalDate.now(clock);
    Map<UUID, CompiledService> byId =
        directory.services(ids).stream()
            .filter(s -> s.isPublicOn(today))
            .map(CompiledService::publicView)
            .collect(Collectors.toMap(s -> s.service().id(), Function.identity()));
    // keep the order of ids
    Map<UUID, CompiledService> ordered = new java.util.LinkedHashMap<>();
    ids.stream().filter(byId::containsKey).forEach(id -> ordered.put(id, byId.get(id)));
    return ordered;
  }

  private ResourceList list(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    boolean living =
        rs.getString("search_text") != null
            || rs.getString("search_where") != null
            || rs.getArray("search_categories") != null;
    return new ResourceList(
        id,
        LocalizedText.of(rs.getString("title_fr"), rs.getString("title_en")),
        rs.getObject("owner_id", UUID.class),
        Visibility.valueOf(rs.getString("visibility").toUpperCase()),
        rs.getString("share_token"),
        living
            ? new SavedSearch(
                rs.getString("search_text"),
                rs.getString("search_where"),
                strings(rs.getArray("search_categories")))
            : null,
        living ? List.of() : items(id));
  }

  private List<ListItem> items(UUID listId) {
    return jdbc.sql(
            "SELECT service_id, note_fr, note_en FROM lists.list_item WHERE list_id = ? ORDER BY position")
        .param(listId)
        .query(
            (rs, i) ->
                new ListItem(
                    rs.getObject("service_id", UUID.class),
                    LocalizedText.of(rs.getString("note_fr"), rs.getString("note_en"))))
        .list();
  }

  private void touch(UUID listId) {
    jdbc.sql("UPDATE lists.resource_list SET updated_at = now() WHERE id = ?")
        .param(listId)
        .update();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** 128 random bits: a share link cannot be guessed. */
  private static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
