import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HTTP benchmark of GET /api/v1/search. The mix is the judged relevance queries (text + place), half
 * of them with a filter.
 *
 * <p>Closed loop: {@code java bench/search/SearchBench.java http://localhost:8080 50 60}: 50
 * clients (keep-alive connections) each send the next query of the mix as soon as the previous
 * answer arrives, for 60 s; prints throughput and latency percentiles.
 *
 * <p>Fixed rate: {@code java bench/search/SearchBench.java http://localhost:8080 0 30 --rate 800}
 * sends a request every 1/rate s whatever the answers (on an idle connection, or a new one when all
 * are busy) and measures each latency from the request's scheduled send time, so queueing in the
 * client or the server is not hidden (no coordinated omission).
 *
 * <p>The load generator shares the machine with the server, so it is lean: one thread, non-blocking
 * sockets, requests encoded once, answers read as bytes and only framed (headers, Content-Length
 * or chunks), never decoded. It spends a small fraction of a core at 1,000 searches/s, where the
 * JDK's HttpClient (threads, futures, header maps) took a quarter of the two cores.
 */
public class SearchBench {

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    double rate = 0;
    for (int a = 3; a + 1 < args.length; a++) {
      if (args[a].equals("--rate")) {
        rate = Double.parseDouble(args[a + 1]);
      }
    }
    List<String> paths = mix(Path.of("src/test/resources/search/relevance-judgments.tsv"));
    Load load = new Load(base, paths);
    load.closed(1, paths.size(), Long.MAX_VALUE); // warm-up: every query once
    if (rate > 0) {
      Load.Run run = load.fixedRate(rate, seconds);
      System.out.printf(
          "fixed rate %.0f/s, %d s: %d searches sent in %.1f s (%d sent >1 ms late), completed in %.1f s"
              + " = %.0f searches/s, errors %d (successful: %.0f/s)%n",
          rate, seconds, run.count, run.sentSeconds, run.late, run.seconds, run.count / run.seconds,
          run.errors, (run.count - run.errors) / run.seconds);
      for (double p : new double[] {0.50, 0.95, 0.99}) {
        System.out.printf("  p%.0f = %.1f ms (from scheduled send time)%n", p * 100, run.latency(p) / 1e6);
      }
      return;
    }
    Load.Run run = load.closed(clients, Long.MAX_VALUE, TimeUnit.SECONDS.toNanos(seconds));
    System.out.printf(
        "%d clients, %d s: %d searches, %.0f searches/s, errors %d%n",
        clients, seconds, run.count, run.count / (double) seconds, run.errors);
    for (double p : new double[] {0.50, 0.95, 0.99}) {
      System.out.printf("  p%.0f = %.1f ms%n", p * 100, run.latency(p) / 1e6);
    }
    System.out.printf(
        "  in-process (engine time, Server-Timing) over %d searches: p50 = %.2f ms, p95 = %.2f ms, p99 = %.2f ms%n",
        run.engineCount, run.engine(0.50) / 1e6, run.engine(0.95) / 1e6, run.engine(0.99) / 1e6);
  }

  /** Requests to one server, over keep-alive connections driven by one selector. */
  static final class Load {
    private final InetSocketAddress address;
    private final byte[][] requests;

    Load(URI base, List<String> paths) {
      int port = base.getPort() > 0 ? base.getPort() : 80;
      this.address = new InetSocketAddress(base.getHost(), port);
      String host = base.getHost() + (base.getPort() > 0 ? ":" + port : "");
      this.requests = new byte[paths.size()][];
      for (int i = 0; i < paths.size(); i++) {
        requests[i] =
            ("GET " + paths.get(i) + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
      }
    }

    /** What a run measured. */
    static final class Run {
      int count;
      int errors;
      int late;
      double seconds;
      double sentSeconds;
      long[] latencies = new long[1 << 16];
      long[] engine = new long[1 << 16];
      int engineCount;

      void add(long latency, int status, long engineNanos) {
        if (count == latencies.length) {
          latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = latency;
        if (status != 200) {
          errors++;
        }
        if (engineNanos >= 0) {
          if (engineCount == engine.length) {
            engine = Arrays.copyOf(engine, engineCount * 2);
          }
          engine[engineCount++] = engineNanos;
        }
      }

      double latency(double p) {
        return percentile(latencies, count, p);
      }

      double engine(double p) {
        return percentile(engine, engineCount, p);
      }

      private static double percentile(long[] values, int n, double p) {
        if (n == 0) {
          return 0;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(n - 1, Math.round(p * (n - 1)))];
      }
    }

    /**
     * {@code clients} connections, each sending the next query as soon as its answer arrives, until
     * {@code total} answers or {@code nanos} have passed.
     */
    Run closed(int clients, long total, long nanos) throws IOException {
      Run run = new Run();
      long start = System.nanoTime();
      long end = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + nanos;
      long[] sent = {0};
      try (Selector selector = Selector.open()) {
        List<Connection> all = new ArrayList<>();
        for (int c = 0; c < clients && c < total; c++) {
          Connection connection = new Connection(SocketChannel.open(address), selector);
          all.add(connection);
          connection.next = c;
          connection.send(requests[c % requests.length], System.nanoTime());
          sent[0]++;
        }
        int busy = all.size();
        while (busy > 0) {
          selector.select(100);
          for (SelectionKey key : selector.selectedKeys()) {
            Connection connection = (Connection) key.attachment();
            if (!connection.step()) {
              continue;
            }
            long now = System.nanoTime();
            run.add(now - connection.started, connection.status, connection.engineNanos);
            if (connection.closing) {
              // Tomcat closes a connection after 100 requests (maxKeepAliveRequests): reopen it
              connection.channel.close();
              Connection reopened = new Connection(SocketChannel.open(address), selector);
              reopened.next = connection.next;
              all.set(all.indexOf(connection), reopened);
              connection = reopened;
            }
            if (now < end && sent[0] < total) {
              connection.next++;
              connection.send(requests[connection.next % requests.length], now);
              sent[0]++;
            } else {
              busy--;
            }
          }
          selector.selectedKeys().clear();
        }
        for (Connection connection : all) {
          connection.channel.close();
        }
      }
      run.seconds = (System.nanoTime() - start) / 1e9;
      return run;
    }

    /** A request every 1/rate s for {@code seconds}, whatever the answers. */
    Run fixedRate(double rate, int seconds) throws IOException {
      Run run = new Run();
      long total = (long) (rate * seconds);
      long interval = (long) (1e9 / rate);
      long start = System.nanoTime();
      long sentAt = 0;
      int answered = 0;
      ArrayDeque<Connection> idle = new ArrayDeque<>();
      List<Connection> all = new ArrayList<>();
      try (Selector selector = Selector.open()) {
        long n = 0;
        while (answered < total) {
          long now = System.nanoTime();
          while (n < total && start + n * interval <= now) {
            long scheduled = start + n * interval;
            if (now - scheduled > 1_000_000) {
              run.late++;
            }
            Connection connection = idle.poll();
            if (connection == null) {
              connection = new Connection(SocketChannel.open(address), selector);
              all.add(connection);
            }
            connection.send(requests[(int) (n % requests.length)], scheduled);
            n++;
            if (n == total) {
              sentAt = System.nanoTime();
            }
          }
          long wait = n < total ? start + n * interval - System.nanoTime() : 100_000_000;
          if (wait > 1_000_000) {
            selector.select(wait / 1_000_000);
          } else {
            selector.selectNow();
          }
          for (SelectionKey key : selector.selectedKeys()) {
            Connection connection = (Connection) key.attachment();
            if (connection.step()) {
              run.add(System.nanoTime() - connection.started, connection.status, connection.engineNanos);
              answered++;
              if (connection.closing) {
                connection.channel.close();
                all.remove(connection);
              } else {
                idle.push(connection);
              }
            }
          }
          selector.selectedKeys().clear();
          if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(seconds + 120L)) {
            run.errors += (int) (total - answered); // never answered
            break;
          }
        }
        for (Connection connection : all) {
          connection.channel.close();
        }
      }
      run.seconds = (System.nanoTime() - start) / 1e9;
      run.sentSeconds = (sentAt - start) / 1e9;
      return run;
    }
  }

  /** One keep-alive connection: a request out, then its answer framed as it arrives. */
  static final class Connection {
    final SocketChannel channel;
    final SelectionKey key;
    private ByteBuffer out;
    private byte[] in = new byte[32 * 1024];
    private int length;
    private int bodyStart;
    private long contentLength;
    private boolean chunked;
    private int chunkAt;
    long started;
    int status;
    long engineNanos;
    int next;
    /** The server closes the connection after this answer ("Connection: close"). */
    boolean closing;

    Connection(SocketChannel channel, Selector selector) throws IOException {
      this.channel = channel;
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      this.key = channel.register(selector, 0, this);
    }

    void send(byte[] request, long started) throws IOException {
      this.started = started;
      this.out = ByteBuffer.wrap(request);
      length = 0;
      bodyStart = -1;
      contentLength = -1;
      chunked = false;
      status = -1;
      engineNanos = -1;
      closing = false;
      channel.write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** Progress on a ready socket; true when the whole answer has arrived. */
    boolean step() throws IOException {
      if (out.hasRemaining()) {
        channel.write(out);
        if (!out.hasRemaining()) {
          key.interestOps(SelectionKey.OP_READ);
        }
        return false;
      }
      while (true) {
        if (length == in.length) {
          in = Arrays.copyOf(in, in.length * 2);
        }
        int read = channel.read(ByteBuffer.wrap(in, length, in.length - length));
        if (read < 0) {
          throw new IOException("the server closed the connection");
        }
        if (read == 0) {
          return false;
        }
        length += read;
        if (complete()) {
          key.interestOps(0);
          return true;
        }
      }
    }

    private boolean complete() {
      if (bodyStart < 0) {
        int end = indexOf(in, length, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
          return false;
        }
        headers(new String(in, 0, end, StandardCharsets.ISO_8859_1));
        bodyStart = end + 4;
        chunkAt = bodyStart;
      }
      if (!chunked) {
        return length - bodyStart >= Math.max(0, contentLength);
      }
      // chunks: hex size CRLF data CRLF ... 0 CRLF CRLF
      while (true) {
        int lineEnd = indexOf(in, length, new byte[] {'\r', '\n'}, chunkAt);
        if (lineEnd < 0) {
          return false;
        }
        String size = new String(in, chunkAt, lineEnd - chunkAt, StandardCharsets.US_ASCII);
        int semicolon = size.indexOf(';');
        long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        long after = lineEnd + 2 + chunk + 2;
        if (after > length) {
          return false;
        }
        chunkAt = (int) after;
        if (chunk == 0) {
          return true;
        }
      }
    }

    private void headers(String head) {
      String[] lines = head.split("\r\n");
      status = Integer.parseInt(lines[0].split(" ")[1]);
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        String name = lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        String value = lines[i].substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> contentLength = Long.parseLong(value);
          case "connection" -> closing = value.equalsIgnoreCase("close");
          case "transfer-encoding" -> chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
          case "server-timing" -> {
            int at = value.indexOf("search;dur=");
            if (at >= 0) {
              int from = at + "search;dur=".length();
              int to = from;
              while (to < value.length() && (Character.isDigit(value.charAt(to)) || value.charAt(to) == '.')) {
                to++;
              }
              engineNanos = (long) (Double.parseDouble(value.substring(from, to)) * 1e6);
            }
          }
          default -> {}
        }
      }
    }

    private static int indexOf(byte[] bytes, int length, byte[] sought, int from) {
      outer:
      for (int i = from; i <= length - sought.length; i++) {
        for (int j = 0; j < sought.length; j++) {
          if (bytes[i + j] != sought[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  private static List<String> mix(Path judgments) throws Exception {
    List<String> paths = new ArrayList<>();
    String[] filters = {"", "&open_now=true", "", "&free=true", "", "&language=en"};
    int i = 0;
    for (String line : Files.readAllLines(judgments)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      paths.add(
          "/api/v1/search?q=" + enc(c[0]) + "&where=" + enc(c[1]) + "&lang=" + c[2] + filters[i++ % filters.length]);
    }
    return paths;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
