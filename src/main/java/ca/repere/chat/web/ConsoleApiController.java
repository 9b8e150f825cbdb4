package ca.repere.chat.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.chat.conversation.CannedReplies;
import ca.repere.chat.conversation.Chat;
import ca.repere.chat.conversation.ChatEvents;
import ca.repere.chat.conversation.ChatQueue;
import ca.repere.chat.conversation.ChatRejected;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Message;
import ca.repere.chat.conversation.Notes;
import ca.repere.chat.conversation.Sender;
import ca.repere.chat.conversation.Specialist;
import ca.repere.chat.conversation.Specialists;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the specialist console does, as JSON over the staff session (requests carry the CSRF token
 * in a header): availability, the queue, accepting, writing, sharing a service, notes, transfer and
 * closing into a pre-filled contact record.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RestController
@RequestMapping("/staff/clavardage")
class ConsoleApiController {

  private final ChatAccess access;
  private final Chats chats;
  private final ChatQueue queue;
  private final Specialists specialists;
  private final Notes notes;
  private final CannedReplies canned;
  private final ChatEvents events;
  private final ChatViews views;
  private final ServiceCards cards;

  ConsoleApiController(
      ChatAccess access,
      Chats chats,
      ChatQueue queue,
      Specialists specialists,
      Notes notes,
      CannedReplies canned,
      ChatEvents events,
      ChatViews views,
      ServiceCards cards) {
    this.access = access;
    this.chats = chats;
    this.queue = queue;
    this.specialists = specialists;
    this.notes = notes;
    this.canned = canned;
    this.events = events;
    this.views = views;
    this.cards = cards;
  }

  record Availability(
      boolean available, int maxChats, List<String> languages, List<String> regions) {}

  record Text(String text, String clientId) {}

  record Share(UUID serviceId) {}

  record Transfer(UUID to, String note) {}

  record Received(long seq) {}

  /** Everything the console shows, refreshed whenever {@code /topic/staff} says something moved. */
  @GetMapping("/etat")
  Map<String, Object> state() {
    Specialist me = enrol(access.staff());
    Instant now = Instant.now();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("me", me);
    List<UUID> servable = queue.waitingFor(me.id()).stream().map(Chat::id).toList();
    body.put(
        "queue",
        queue.waiting().stream().map(c -> row(c, now, servable.contains(c.id()))).toList());
    body.put("chats", queue.activeOf(me.id()).stream().map(c -> row(c, now, true)).toList());
    body.put(
        "colleagues", specialists.all().stream().filter(s -> !s.id().equals(me.id())).toList());
    body.put("canned", canned.all());
    return body;
  }

  @PostMapping("/disponibilite")
  Specialist availability(@RequestBody Availability request) {
    Specialist me = enrol(access.staff());
    return specialists.update(
        me.id(),
        request.available(),
        request.maxChats(),
        request.languages() == null ? List.of() : request.languages(),
        request.regions() == null ? List.of() : request.regions());
  }

  /** Takes the oldest chat this specialist may serve. */
  @PostMapping("/suivant")
  ResponseEntity<Map<String, Object>> acceptNext() {
    Specialist me = enrol(access.staff());
    return queue
        .acceptNext(me.id())
        .map(chat -> ResponseEntity.ok(row(chat, Instant.now(), true)))
        .orElseThrow(() -> new ChatRejected(404, "chat.error.queue-empty"));
  }

  @PostMapping("/chats/{id}/messages")
  ResponseEntity<Map<String, Object>> send(
      @PathVariable UUID id, @RequestBody Text text, Locale locale) {
    CurrentUser me = access.staff();
    Message message =
        chats.post(id, Sender.SPECIALIST, me.id(), firstName(me), text.text(), text.clientId());
    return ResponseEntity.status(201).body(views.message(message, locale));
  }

  @PostMapping("/chats/{id}/partager")
  ResponseEntity<Map<String, Object>> share(
      @PathVariable UUID id, @RequestBody Share share, Locale locale) {
    CurrentUser me = access.staff();
    Chat chat = chats.get(id);
    String card = cards.card(share.serviceId(), chat.language());
    Message message = chats.share(id, me.id(), firstName(me), share.serviceId(), card);
    return ResponseEntity.status(201).body(views.message(message, locale));
  }

  @PostMapping("/chats/{id}/ecrit")
  ResponseEntity<Void> typing(@PathVariable UUID id) {
    access.staff();
    chats.get(id);
    events.typing(id, Sender.SPECIALIST);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/chats/{id}/recu")
  ResponseEntity<Void> received(@PathVariable UUID id, @RequestBody Received received) {
    access.staff();
    chats.received(id, Sender.SPECIALIST, received.seq());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/chats/{id}/notes")
  List<Notes.Note> notes(@PathVariable UUID id) {
    access.staff();
    chats.get(id);
    return notes.of(id);
  }

  @PostMapping("/chats/{id}/notes")
  List<Notes.Note> addNote(@PathVariable UUID id, @RequestBody Text note) {
    CurrentUser me = access.staff();
    chats.get(id);
    if (note.text() == null || note.text().isBlank()) {
      throw new ChatRejected(400, "chat.error.blank");
    }
    notes.add(id, me.id(), me.displayName(), note.text());
    return notes.of(id);
  }

  @PostMapping("/chats/{id}/transfert")
  Map<String, Object> transfer(@PathVariable UUID id, @RequestBody Transfer transfer) {
    CurrentUser me = access.staff();
    Chat chat = queue.transfer(id, me.id(), me.displayName(), transfer.to(), transfer.note());
    return views.state(chat);
  }

  /** Ends the chat; the answer says where its contact record is pre-filled. */
  @PostMapping("/chats/{id}/fin")
  Map<String, Object> end(@PathVariable UUID id) {
    CurrentUser me = access.staff();
    Chat chat = chats.get(id);
    if (chat.specialistId() != null && !chat.specialistId().equals(me.id())) {
      throw new ChatRejected(403, "chat.error.not-yours");
    }
    Chat ended = chats.end(id, Sender.SPECIALIST, firstName(me));
    return Map.of(
        "contactForm",
        ContactFormLink.of(ended, chats.sharedServices(id)),
        "state",
        views.state(ended));
  }

  /** Directory search inside the console. */
  @GetMapping("/recherche")
  List<ServiceCards.Hit> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String where,
      Locale locale) {
    access.staff();
    return cards.search(q, where, ca.repere.shared.Lang.of(locale));
  }

  private Specialist enrol(CurrentUser user) {
    return specialists.enrol(user.id(), user.displayName(), user.has(Role.SUPERVISOR));
  }

  private Map<String, Object> row(Chat chat, Instant now, boolean servable) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("chatId", chat.id().toString());
    row.put("language", chat.language().code());
    row.put("place", chat.placeName());
    row.put("region", chat.regionCode());
    row.put("status", chat.status().code());
    row.put("crisis", chat.crisis());
    row.put("lastSeq", chat.lastSeq());
    row.put("citizenReceived", chat.citizenReceived());
    row.put("waitingSeconds", Duration.between(chat.queuedAt(), now).toSeconds());
    row.put("servable", servable);
    return row;
  }

  /** Citizens see the specialist's first name only. */
  static String firstName(CurrentUser user) {
    String name = user.displayName() == null ? "" : user.displayName().trim();
    return name.isEmpty() ? "211" : name.split("\\s+")[0];
  }
}
