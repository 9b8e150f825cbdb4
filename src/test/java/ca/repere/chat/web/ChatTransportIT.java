package ca.repere.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.chat.ChatFixtures;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.ChatQueue;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Sender;
import ca.repere.chat.conversation.Specialist;
import ca.repere.chat.conversation.Specialists;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat's two transports against the running application: a real STOMP client over WebSocket,
 * and the stateless fallback (POST, long poll, server-sent events). A client that resumes from its
 * last sequence number gets every message exactly once.
 */
@RepereApplicationTest
class ChatTransportIT {

  @LocalServerPort int port;
  @Autowired Chats chats;
  @Autowired ChatQueue queue;
  @Autowired Specialists specialists;
  @Autowired ChatHours hours;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ca.repere.chat.conversation.ChatEvents events;

  final HttpClient http = HttpClient.newHttpClient();
  final List<StompSession> sessions = new ArrayList<>();
  ChatFixtures fixtures;
  Specialist specialist;

  @BeforeEach
  void floor() {
    fixtures = new ChatFixtures(jdbc, specialists, hours, chats).cleanFloor();
    specialist = fixtures.specialist("Camille");
  }

  @AfterEach
  void disconnect() {
    sessions.forEach(
        s -> {
          if (s.isConnected()) {
            s.disconnect();
          }
        });
  }

  record Started(UUID chatId, String token) {}

  @Test
  void stompDeliversEveryMessageOnceAndAClientResumesFromItsLastSequence() throws Exception {
    Started chat = start("fr");
    queue.acceptNext(specialist.id());
    BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    StompSession session = subscribe(chat, frames);

    session.send(
        sendHeaders(chat, "send"), "{\"text\":\"Bonjour <b>211</b>\",\"clientId\":\"w-1\"}");
    Map<String, Object> echo = nextMessage(frames);
    chats.post(chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", "Bonjour!", "s-1");
    Map<String, Object> reply = nextMessage(frames);

    assertThat(echo).containsEntry("clientId", "w-1").containsEntry("text", "Bonjour <b>211</b>");
    assertThat(((Number) reply.get("seq")).longValue())
        .isEqualTo(((Number) echo.get("seq")).longValue() + 1);

    session.disconnect();
    long last = ((Number) reply.get("seq")).longValue();
    chats.post(
        chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", "Vous êtes là?", "s-2");
    chats.post(chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", "Je reste là.", "s-3");
    BlockingQueue<Map<String, Object>> again = new LinkedBlockingQueue<>();
    subscribe(chat, again);
    List<Map<String, Object>> missed = messages(get(chat, "/events?after=" + last));
    chats.post(
        chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", "Et maintenant?", "s-4");

    assertThat(missed)
        .extracting(m -> m.get("text"))
        .containsExactly("Vous êtes là?", "Je reste là.");
    assertThat(nextMessage(again)).containsEntry("text", "Et maintenant?");
  }

  @Test
  void stompStoresQuickSendsOfOneConnectionInTheOrderTheyWereSent() throws Exception {
    Started chat = start("fr");
    BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    StompSession session = subscribe(chat, frames);

    for (int i = 1; i <= 12; i++) {
      session.send(
          sendHeaders(chat, "send"), "{\"text\":\"m" + i + "\",\"clientId\":\"o-" + i + "\"}");
    }
    List<Object> clientIdsBySeq = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      clientIdsBySeq.add(nextMessage(frames).get("clientId"));
    }

    assertThat(chats.after(chat.chatId(), 0))
        .extracting(ca.repere.chat.conversation.Message::clientId)
        .containsExactly(
            "o-1", "o-2", "o-3", "o-4", "o-5", "o-6", "o-7", "o-8", "o-9", "o-10", "o-11", "o-12");
    assertThat(clientIdsBySeq)
        .containsExactly(
            "o-1", "o-2", "o-3", "o-4", "o-5", "o-6", "o-7", "o-8", "o-9", "o-10", "o-11", "o-12");
  }

  /** A notification holds 8,000 bytes: a longer message is announced by its id and read. */
  @Test
  void deliversAMessageTooLongToCarryInItsNotification() throws Exception {
    Started chat = start("fr");
    queue.acceptNext(specialist.id());
    BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    subscribe(chat, frames);
    String accented = "é".repeat(4000);

    chats.post(chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", accented, "long-1");
    chats.post(chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", "court", "short-1");

    Map<String, Object> first = nextMessage(frames);
    Map<String, Object> second = nextMessage(frames);
    assertThat(first).containsEntry("text", accented).containsEntry("clientId", "long-1");
    assertThat(second).containsEntry("text", "court").containsEntry("author", "Camille");
    assertThat(((Number) second.get("seq")).longValue())
        .isEqualTo(((Number) first.get("seq")).longValue() + 1);
  }

  @Test
  void stompRefusesAHundredThousandCharactersWithAReasonAndKeepsTheConnection() throws Exception {
    Started chat = start("fr");
    BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    StompSession session = subscribe(chat, frames);

    session.send(
        sendHeaders(chat, "send"),
        "{\"text\":\"" + "x".repeat(100_000) + "\",\"clientId\":\"huge\"}");
    Map<String, Object> refusal = next(frames, "rejected");

    assertThat(refusal).containsEntry("clientId", "huge");
    assertThat((String) refusal.get("error")).contains("trop long").containsPattern("100\\D?000");
    assertThat(session.isConnected()).isTrue();
    assertThat(chats.get(chat.chatId()).lastSeq()).isZero();
  }

  @Test
  void stompRefusesASubscriptionWithoutTheChatsToken() throws Exception {
    Started chat = start("fr");
    CompletableFuture<Throwable> refused = new CompletableFuture<>();
    BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    StompSession session =
        connect(
            new StompSessionHandlerAdapter() {
              @Override
              public void handleTransportError(StompSession s, Throwable exception) {
                refused.complete(exception);
              }

              @Override
              public void handleFrame(StompHeaders headers, Object payload) {
                refused.complete(new IllegalStateException(String.valueOf(headers.get("message"))));
              }
            });
    StompHeaders headers = new StompHeaders();
    headers.setDestination("/topic/chat." + chat.chatId());
    headers.add("token", "not-the-token");
    session.subscribe(headers, collector(frames));
    chats.post(chat.chatId(), Sender.CITIZEN, null, null, "secret", "x-1");

    assertThat(refused.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(frames.poll(1, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void fanOutCatchesUpAfterItsListeningConnectionIsCut() throws Exception {
    Started chat = start("fr");
    BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    subscribe(chat, frames);

    int cut =
        jdbc.sql(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where query ilike 'LISTEN chat_events%'")
            .query(Integer.class)
            .single();
    chats.post(chat.chatId(), Sender.CITIZEN, null, null, "pendant la coupure", "cut-1");

    assertThat(cut).isEqualTo(1);
    assertThat(nextMessage(frames)).containsEntry("text", "pendant la coupure");
  }

  @Test
  void theFallbackSendsWithPostAndReceivesByLongPollAndServerSentEvents() throws Exception {
    Started chat = start("en");
    queue.acceptNext(specialist.id());
    long joined = chats.get(chat.chatId()).lastSeq();

    HttpResponse<String> sent =
        post(chat, "/messages", "{\"text\":\"Hello\",\"clientId\":\"p-1\"}");
    HttpResponse<String> resent =
        post(chat, "/messages", "{\"text\":\"Hello\",\"clientId\":\"p-1\"}");
    assertThat(sent.statusCode()).isEqualTo(201);
    assertThat(read(resent.body()).get("seq")).isEqualTo(read(sent.body()).get("seq"));

    long after = ((Number) read(sent.body()).get("seq")).longValue();
    CompletableFuture<HttpResponse<String>> poll =
        http.sendAsync(
            request(chat, "/events?wait=true&after=" + after).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    assertThat(poll).isNotDone();
    chats.post(chat.chatId(), Sender.SPECIALIST, specialist.id(), "Camille", "Hi there", "s-9");
    assertThat(messages(poll.get(10, TimeUnit.SECONDS).body()))
        .extracting(m -> m.get("text"))
        .containsExactly("Hi there");

    List<String> events = serverSentEvents(chat, joined, 2);
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).contains("\"text\":\"Hello\"");
    assertThat(events.get(1)).contains("\"text\":\"Hi there\"");
  }

  @Test
  void theFallbackRefusesOversizedMessagesAndStrangers() throws Exception {
    Started chat = start("en");

    HttpResponse<String> huge =
        post(
            chat,
            "/messages?lang=en",
            "{\"text\":\"" + "x".repeat(100_000) + "\",\"clientId\":\"h\"}");
    HttpResponse<String> stranger =
        http.send(
            HttpRequest.newBuilder(uri("/api/chat/" + chat.chatId() + "/messages"))
                .header("Content-Type", "application/json")
                .header("X-Chat-Token", "wrong")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat((String) read(huge.body()).get("error")).contains("too long", "4,000");
    assertThat(stranger.statusCode()).isEqualTo(404);
    assertThat(chats.get(chat.chatId()).lastSeq()).isZero();
  }

  // ---- helpers ----

  private Started start(String language) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/chat?lang=" + language))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"language\":\"" + language + "\",\"place\":\"\",\"consent\":true}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Map<String, Object> body = read(response.body());
    return new Started(UUID.fromString((String) body.get("chatId")), (String) body.get("token"));
  }

  private StompSession subscribe(Started chat, BlockingQueue<Map<String, Object>> frames)
      throws Exception {
    StompSession session = connect(new StompSessionHandlerAdapter() {});
    StompHeaders headers = new StompHeaders();
    headers.setDestination("/topic/chat." + chat.chatId());
    headers.add("token", chat.token());
    session.subscribe(headers, collector(frames));
    awaitSubscription(chat, frames);
    return session;
  }

  /**
   * The simple broker sends no receipt: the subscription is live once a typing signal gets through.
   */
  private void awaitSubscription(Started chat, BlockingQueue<Map<String, Object>> frames)
      throws InterruptedException {
    for (int attempt = 0; attempt < 40; attempt++) {
      events.typing(chat.chatId(), Sender.SYSTEM);
      Map<String, Object> frame = frames.poll(250, TimeUnit.MILLISECONDS);
      if (frame != null && "typing".equals(frame.get("type"))) {
        frames.removeIf(f -> "typing".equals(f.get("type")));
        return;
      }
    }
    throw new AssertionError("subscription not live within 10 s");
  }

  private StompSession connect(StompSessionHandlerAdapter handler) throws Exception {
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    client.setMessageConverter(new JsonAsText());
    client.setInboundMessageSizeLimit(1024 * 1024);
    client.setTaskScheduler(scheduler());
    StompSession session =
        client
            .connectAsync("ws://localhost:" + port + "/ws/chat", handler)
            .get(10, TimeUnit.SECONDS);
    sessions.add(session);
    return session;
  }

  /** Frames arrive as application/json: the test reads them as text and parses them itself. */
  static class JsonAsText extends StringMessageConverter {
    JsonAsText() {
      addSupportedMimeTypes(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
    }
  }

  private static org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler scheduler() {
    var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
    scheduler.setDaemon(true);
    scheduler.initialize();
    return scheduler;
  }

  private StompFrameHandler collector(BlockingQueue<Map<String, Object>> frames) {
    return new StompFrameHandler() {
      @Override
      public Type getPayloadType(StompHeaders headers) {
        return String.class;
      }

      @Override
      public void handleFrame(StompHeaders headers, Object payload) {
        frames.add(read((String) payload));
      }
    };
  }

  private static StompHeaders sendHeaders(Started chat, String action) {
    StompHeaders headers = new StompHeaders();
    headers.setDestination("/app/chat." + chat.chatId() + "." + action);
    headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
    headers.add("token", chat.token());
    return headers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> nextMessage(BlockingQueue<Map<String, Object>> frames)
      throws InterruptedException {
    Map<String, Object> frame = next(frames, "message");
    Map<String, Object> message = (Map<String, Object>) frame.get("message");
    return message.get("kind").equals("event") ? nextMessage(frames) : message;
  }

  private static Map<String, Object> next(BlockingQueue<Map<String, Object>> frames, String type)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, Object> frame = frames.poll(500, TimeUnit.MILLISECONDS);
      if (frame != null && type.equals(frame.get("type"))) {
        return frame;
      }
    }
    throw new AssertionError("no '" + type + "' frame within 15 s");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String body) {
    return json.readValue(body, Map.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> messages(String body) {
    return ((List<Map<String, Object>>) read(body).get("messages"))
        .stream().filter(m -> !"event".equals(m.get("kind"))).toList();
  }

  private String get(Started chat, String path) throws Exception {
    return http.send(request(chat, path).GET().build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private HttpResponse<String> post(Started chat, String path, String body) throws Exception {
    return http.send(
        request(chat, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(Started chat, String path) {
    return HttpRequest.newBuilder(uri("/api/chat/" + chat.chatId() + path))
        .header("X-Chat-Token", chat.token())
        .timeout(Duration.ofSeconds(40));
  }

  /** Reads {@code count} "message" events of the stream opened after {@code after}. */
  private List<String> serverSentEvents(Started chat, long after, int count) throws Exception {
    HttpResponse<InputStream> stream =
        http.send(
            request(chat, "/stream?after=" + after)
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    List<String> events = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String event = null;
      String line;
      while (events.size() < count && (line = reader.readLine()) != null) {
        if (line.startsWith("event:")) {
          event = line.substring(6).trim();
        } else if (line.startsWith("data:") && "message".equals(event)) {
          events.add(line.substring(5));
        }
      }
    }
    return events;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
