import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat load: N chats, each with two STOMP/WebSocket connections (one sends, one receives, like a
 * citizen and a specialist), messages sent at a fixed total rate. Measures end-to-end latency
 * (SEND on one connection → MESSAGE on the other, through storage, NOTIFY, fan-out and broker),
 * throughput, and checks by sequence number that nothing was lost or duplicated.
 *
 * <pre>bench/chat/run.sh [--chats 500] [--rate 250] [--seconds 60] [--url http://host:port]</pre>
 */
public class ChatBench {

  // the frame's keys come in any order (the server writes a Map): look for each on its own
  private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
  private static final Pattern SENT_AT = Pattern.compile("\"text\":\"b (\\d+)\"");

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    int chats = options.getInt("chats", 500);
    int rate = options.getInt("rate", 250);
    int seconds = options.getInt("seconds", 60);
    String url = options.get("url", null);
    AppProcess app = null;
    if (url == null) {
      Path data = Files.createTempDirectory("repere-chat-bench");
      app =
          new AppProcess(
              Path.of(options.get("jar", "target/repere.jar")),
              data.resolve("data"),
              data.resolve("app.log"),
              List.of(
                  "-Xmx1g",
                  "-Drepere.chat.hours=MON-SUN 00:00-24:00",
                  "-Drepere.chat.open-on-holidays=true",
                  "-Drepere.chat.flood.messages=100"));
      app.start();
      url = app.url();
      waitForHealth(url);
    }
    try {
      run(url, chats, rate, seconds);
    } finally {
      if (app != null) {
        app.stop();
      }
    }
  }

  static void run(String url, int chatCount, int rate, int seconds) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<Chat> chats = new ArrayList<>();
    for (int i = 0; i < chatCount; i++) {
      chats.add(Chat.start(http, url, i % 5 == 0 ? "en" : "fr"));
    }
    String ws = url.replaceFirst("^http", "ws") + "/ws/chat";
    for (Chat chat : chats) {
      chat.sender = Connection.open(http, ws, chat, null);
      chat.receiver = Connection.open(http, ws, chat, chat);
    }
    System.out.printf("connected: %d chats, %d connections%n", chatCount, chatCount * 2);
    Thread.sleep(2000);

    long total = (long) rate * seconds;
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (long n = 0; n < total; n++) {
      long due = start + n * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Chat chat = chats.get((int) (n % chatCount));
      chat.sent.incrementAndGet();
      chat.sender.send(chat, n);
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (received(chats) < total && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    report(chats, total, sendSeconds, elapsed);
    for (Chat chat : chats) {
      chat.sender.close();
      chat.receiver.close();
    }
  }

  static long received(List<Chat> chats) {
    return chats.stream().mapToLong(c -> c.seqs.size()).sum();
  }

  static void report(List<Chat> chats, long total, double sendSeconds, double elapsed) {
    long[] latencies =
        chats.stream().flatMap(c -> c.latencies.stream()).mapToLong(Long::longValue).sorted().toArray();
    long duplicates = chats.stream().mapToLong(c -> c.duplicates.get()).sum();
    long lost = 0;
    long gaps = 0;
    for (Chat chat : chats) {
      lost += chat.sent.get() - chat.seqs.size();
      long expected = 1;
      for (long seq : chat.seqs.keySet().stream().sorted().toList()) {
        if (seq != expected) {
          gaps++;
        }
        expected = seq + 1;
      }
    }
    System.out.printf(
        "RESULT chats=%d connections=%d sent=%d received=%d rate=%.1f msg/s p50=%.1f ms p99=%.1f ms"
            + " max=%.1f ms lost=%d duplicates=%d gaps=%d elapsed=%.1f s%n",
        chats.size(), chats.size() * 2, total, latencies.length, total / sendSeconds,
        percentile(latencies, 50), percentile(latencies, 99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6,
        lost, duplicates, gaps, elapsed);
  }

  static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  static void waitForHealth(String url) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 240; i++) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the application did not start");
  }

  /** One chat: its token, what was sent, and the sequence numbers its receiver got. */
  static final class Chat {
    final String id;
    final String token;
    final AtomicLong sent = new AtomicLong();
    final Map<Long, Boolean> seqs = new ConcurrentHashMap<>();
    final AtomicLong duplicates = new AtomicLong();
    final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    Connection sender;
    Connection receiver;

    Chat(String id, String token) {
      this.id = id;
      this.token = token;
    }

    static Chat start(HttpClient http, String url, String language) throws Exception {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/api/chat"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(
                      "{\"language\":\"" + language + "\",\"place\":\"\",\"consent\":true}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("chat not started: " + response.body());
      }
      return new Chat(field(response.body(), "chatId"), field(response.body(), "token"));
    }

    void received(String body) {
      Matcher m = SEQ.matcher(body);
      Matcher sentAt = SENT_AT.matcher(body);
      if (!body.contains("\"type\":\"message\"") || !m.find() || !sentAt.find()) {
        return;
      }
      long seq = Long.parseLong(m.group(1));
      if (seqs.put(seq, Boolean.TRUE) != null) {
        duplicates.incrementAndGet();
        return;
      }
      latencies.add(System.nanoTime() - Long.parseLong(sentAt.group(1)));
    }

    static String field(String json, String name) {
      Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
      if (!m.find()) {
        throw new IllegalStateException("no " + name + " in " + json);
      }
      return m.group(1);
    }
  }

  /** A STOMP session over the JDK's WebSocket client (frames written by hand). */
  static final class Connection implements WebSocket.Listener {
    private final Chat receiving;
    private final StringBuilder partial = new StringBuilder();
    private final CountDownLatch connected = new CountDownLatch(1);
    private WebSocket socket;
    private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);

    private Connection(Chat receiving) {
      this.receiving = receiving;
    }

    static Connection open(HttpClient http, String url, Chat chat, Chat receiving) throws Exception {
      Connection connection = new Connection(receiving);
      connection.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), connection).get(30, TimeUnit.SECONDS);
      connection.frame("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n");
      if (!connection.connected.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no CONNECTED frame");
      }
      if (receiving != null) {
        connection.frame("SUBSCRIBE\nid:0\ndestination:/topic/chat." + chat.id + "\ntoken:" + chat.token + "\n\n");
      }
      return connection;
    }

    void send(Chat chat, long n) {
      frame("SEND\ndestination:/app/chat." + chat.id + ".send\ncontent-type:application/json\ntoken:"
          + chat.token + "\n\n{\"text\":\"b " + System.nanoTime() + "\",\"clientId\":\"" + n + "\"}");
    }

    private synchronized void frame(String frame) {
      sending = sending.thenCompose(s -> socket.sendText(frame + "\0", true));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        if (text.startsWith("CONNECTED")) {
          connected.countDown();
        } else if (text.startsWith("MESSAGE") && receiving != null) {
          receiving.received(text);
        } else if (text.startsWith("ERROR")) {
          System.err.println(text);
        }
      }
      webSocket.request(1);
      return null;
    }

    void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
  }
}
