package ca.repere.chat.web;

import ca.repere.chat.conversation.Chat;
import ca.repere.chat.conversation.ChatEvents;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.ChatRejected;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Message;
import ca.repere.chat.conversation.Sender;
import ca.repere.shared.Lang;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The citizen's side over plain HTTP, which is also the fallback of the WebSocket: POST to send,
 * and receive with a long poll ({@code events?after=<seq>&wait=true}) or server-sent events ({@code
 * stream?after=<seq>}). Any node can answer any request: the chat's token (header {@value
 * ChatAccess#TOKEN_HEADER}) is checked in the database, and a client resumes from the last sequence
 * number it has.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RestController
@RequestMapping("/api/chat")
class ChatApiController {

  private static final Duration LONG_POLL = Duration.ofSeconds(25);

  private final Chats chats;
  private final ChatHours hours;
  private final ChatEvents events;
  private final ChatAccess access;
  private final ChatViews views;
  private final LocalWaiters waiters;
  private final DeliveryThreads threads;
  private final Transcripts transcripts;

  ChatApiController(
      Chats chats,
      ChatHours hours,
      ChatEvents events,
      ChatAccess access,
      ChatViews views,
      LocalWaiters waiters,
      DeliveryThreads threads,
      Transcripts transcripts) {
    this.chats = chats;
    this.hours = hours;
    this.events = events;
    this.access = access;
    this.views = views;
    this.waiters = waiters;
    this.threads = threads;
    this.transcripts = transcripts;
  }

  record StartRequest(String language, String place, boolean consent) {}

  record SendRequest(String text, String clientId) {}

  record Received(long seq) {}

  /** Joins the queue; the token in the answer is the only key to the chat. */
  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    if (!request.consent()) {
      throw new ChatRejected(400, "chat.error.consent");
    }
    if (!hours.isOpenNow()) {
      throw new ChatRejected(409, "chat.error.closed");
    }
    Chats.Started started = chats.start(Lang.parse(request.language()), request.place());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("chatId", started.chat().id().toString());
    body.put("token", started.token());
    body.put("place", started.chat().placeName());
    body.put("state", views.state(started.chat()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  @PostMapping("/{id}/messages")
  ResponseEntity<Map<String, Object>> send(
      @PathVariable UUID id,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token,
      @RequestBody SendRequest request,
      Locale locale) {
    access.requireCitizen(id, token);
    Message message =
        chats.post(id, Sender.CITIZEN, null, null, request.text(), request.clientId());
    return ResponseEntity.status(HttpStatus.CREATED).body(views.message(message, locale));
  }

  @PostMapping("/{id}/typing")
  ResponseEntity<Void> typing(
      @PathVariable UUID id,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token) {
    access.requireCitizen(id, token);
    events.typing(id, Sender.CITIZEN);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/received")
  ResponseEntity<Void> received(
      @PathVariable UUID id,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token,
      @RequestBody Received received) {
    access.requireCitizen(id, token);
    chats.received(id, Sender.CITIZEN, received.seq());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/end")
  Map<String, Object> end(
      @PathVariable UUID id,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token) {
    access.requireCitizen(id, token);
    return views.state(chats.end(id, Sender.CITIZEN, null));
  }

  /**
   * Messages after {@code after} and the chat's state; with {@code wait=true} and nothing new,
   * waits (up to 25 s) for a message, a change or the other side typing.
   */
  @GetMapping("/{id}/events")
  CompletableFuture<Map<String, Object>> events(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "false") boolean wait,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token,
      Locale locale) {
    access.requireReader(id, token);
    CompletableFuture<String> woken = new CompletableFuture<>();
    LocalWaiters.Waiter waiter = side -> woken.complete(side == null ? "" : side);
    waiters.add(id, waiter);
    Chat chat = chats.get(id);
    if (!wait || chat.lastSeq() > after || chat.isEnded()) {
      waiters.remove(id, waiter);
      return CompletableFuture.completedFuture(snapshot(chat, after, locale, ""));
    }
    return woken
        .completeOnTimeout("", LONG_POLL.toMillis(), TimeUnit.MILLISECONDS)
        .thenApplyAsync(
            typing -> {
              waiters.remove(id, waiter);
              return snapshot(chats.get(id), after, locale, typing);
            },
            threads.executor());
  }

  /** Server-sent events: "message" (id = sequence number), "state" and "typing". */
  @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") long after,
      @RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token,
      Locale locale) {
    access.requireReader(id, token);
    SseEmitter emitter = new SseEmitter(Duration.ofMinutes(10).toMillis());
    AtomicLong sent = new AtomicLong(lastEventId != null ? lastEventId : after);
    LocalWaiters.Waiter waiter =
        side -> threads.executor().execute(() -> push(emitter, id, sent, side, locale));
    waiters.add(id, waiter);
    Runnable stop = () -> waiters.remove(id, waiter);
    emitter.onCompletion(stop);
    emitter.onTimeout(stop);
    emitter.onError(e -> stop.run());
    threads.executor().execute(() -> push(emitter, id, sent, null, locale));
    return emitter;
  }

  @GetMapping("/{id}/transcript")
  ResponseEntity<String> transcript(
      @PathVariable UUID id,
      @RequestHeader(value = ChatAccess.TOKEN_HEADER, required = false) String token,
      Locale locale) {
    access.requireCitizen(id, token);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"clavardage-211.txt\"")
        .cacheControl(CacheControl.noStore())
        .body(transcripts.of(id, locale));
  }

  private Map<String, Object> snapshot(Chat chat, long after, Locale locale, String typing) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messages", views.messages(chat.id(), after, locale));
    body.put("state", views.state(chat));
    if (!typing.isEmpty()) {
      body.put("typing", typing);
    }
    return body;
  }

  private void push(SseEmitter emitter, UUID id, AtomicLong sent, String typing, Locale locale) {
    synchronized (emitter) {
      try {
        for (Map<String, Object> message : views.messages(id, sent.get(), locale)) {
          long seq = ((Number) message.get("seq")).longValue();
          emitter.send(SseEmitter.event().name("message").id(Long.toString(seq)).data(message));
          sent.set(seq);
        }
        emitter.send(SseEmitter.event().name("state").data(views.state(chats.get(id))));
        if (typing != null) {
          emitter.send(SseEmitter.event().name("typing").data(Map.of("side", typing)));
        }
      } catch (IOException | RuntimeException e) {
        emitter.completeWithError(e);
      }
    }
  }
}
