package ca.repere.scale;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen in the chat widget of one node, as the page's script is: starts a chat over HTTP, then
 * talks over a real STOMP-over-WebSocket connection to that same node.
 */
final class ChatCitizen implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final UUID chatId;
  private final String token;
  private final int port;
  private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
  private StompSession session;

  private ChatCitizen(int port, UUID chatId, String token) {
    this.port = port;
    this.chatId = chatId;
    this.token = token;
  }

  /** Starts a chat on the node at {@code port} (POST /api/chat, consent given). */
  static ChatCitizen start(int port, String language) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat?lang=" + language))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"language\":\"" + language + "\",\"place\":\"\",\"consent\":true}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "chat not started: " + response.statusCode() + " " + response.body());
    }
    Map<String, Object> body = read(response.body());
    return new ChatCitizen(
        port, UUID.fromString((String) body.get("chatId")), (String) body.get("token"));
  }

  /**
   * Connects and subscribes to the chat's topic; {@code ping} makes something happen on the chat (a
   * typing signal) until a frame shows the subscription is live (the broker sends no receipt).
   */
  void connect(Runnable ping) throws Exception {
    scheduler.setDaemon(true);
    scheduler.initialize();
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    client.setMessageConverter(new JsonAsText());
    client.setTaskScheduler(scheduler);
    session =
        client
            .connectAsync(
                "ws://localhost:" + port + "/ws/chat", new StompSessionHandlerAdapter() {})
            .get(10, TimeUnit.SECONDS);
    StompHeaders headers = new StompHeaders();
    headers.setDestination("/topic/chat." + chatId);
    headers.add("token", token);
    session.subscribe(headers, collector());
    for (int attempt = 0; attempt < 40; attempt++) {
      ping.run();
      Map<String, Object> frame = frames.poll(250, TimeUnit.MILLISECONDS);
      if (frame != null && "typing".equals(frame.get("type"))) {
        frames.removeIf(f -> "typing".equals(f.get("type")));
        return;
      }
    }
    throw new AssertionError("chat subscription not live within 10 s");
  }

  void send(String text, String clientId) {
    StompHeaders headers = new StompHeaders();
    headers.setDestination("/app/chat." + chatId + ".send");
    headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
    headers.add("token", token);
    session.send(headers, "{\"text\":\"" + text + "\",\"clientId\":\"" + clientId + "\"}");
  }

  /** The next chat message frame matching {@code wanted}; fails after {@code within}. */
  @SuppressWarnings("unchecked")
  Map<String, Object> awaitMessage(Predicate<Map<String, Object>> wanted, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, Object> frame = frames.poll(50, TimeUnit.MILLISECONDS);
      if (frame != null && "message".equals(frame.get("type"))) {
        Map<String, Object> message = (Map<String, Object>) frame.get("message");
        if (wanted.test(message)) {
          return message;
        }
      }
    }
    throw new AssertionError("no such chat message within " + within);
  }

  private StompFrameHandler collector() {
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

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(String json) {
    return JSON.readValue(json, Map.class);
  }

  @Override
  public void close() {
    if (session != null && session.isConnected()) {
      session.disconnect();
    }
    scheduler.shutdown();
  }

  /** Frames arrive as application/json: read as text, parsed here. */
  private static final class JsonAsText extends StringMessageConverter {
    JsonAsText() {
      addSupportedMimeTypes(MimeTypeUtils.APPLICATION_JSON);
    }
  }
}
