package ca.repere.search.engine;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Language;
import ca.repere.directory.Located;
import ca.repere.directory.Phone;
import ca.repere.directory.ServiceArea;
import ca.repere.search.ResultCard;
import ca.repere.shared.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The result card of a service at a location (or of a service without location), built from its
 * public view at indexing time, and its compact binary form stored in the index.
 */
public final class ResultCards {

  private static final int VERSION = 2;

  private ResultCards() {}

  /** {@code located} is empty for a service without location; {@code s} is the public view. */
  public static ResultCard of(CompiledService s, Optional<Located> located, LocalDate day) {
    OpeningHours hours =
        OpeningHours.of(
            located.map(l -> ServiceDocuments.schedulesAt(s, l)).orElse(s.schedules()), day);
    List<Integer> weekly = new ArrayList<>();
    hours
        .intervals()
        .forEach(
            i -> {
              weekly.add(i.start());
              weekly.add(i.end());
            });
    return new ResultCard(
        s.service().name(),
        s.organization().id(),
        s.organization().name(),
        located.map(l -> l.serviceAtLocation().id()).orElse(null),
        located
            .filter(l -> !l.location().confidential())
            .flatMap(Located::physicalAddress)
            .map(a -> a.oneLine())
            .orElse(null),
        located.map(l -> l.location().confidential()).orElse(false),
        located.isEmpty() && s.serviceAreas().stream().anyMatch(a -> "qc".equals(a.territory())),
        territory(s),
        phones(s, located),
        s.categories().stream().map(t -> new ResultCard.Category(t.code(), t.name())).toList(),
        weekly,
        languages(s, located),
        ServiceTraits.isFree(s),
        cost(s),
        s.service().eligibilityDescription(),
        s.service().alert(),
        s.service().url());
  }

  /** The fees description, else the first cost option ("Membership — 5 $"), else null. */
  private static LocalizedText cost(CompiledService s) {
    LocalizedText fees = s.service().feesDescription();
    if (fees != null && (fees.fr() != null || fees.en() != null)) {
      return fees;
    }
    return s.costOptions().stream()
        .map(
            c -> {
              String amount =
                  c.amount() == null
                      ? null
                      : c.amount().stripTrailingZeros().toPlainString() + " $";
              LocalizedText option = c.option();
              return option == null || (option.fr() == null && option.en() == null)
                  ? (amount == null ? null : new LocalizedText(amount, amount))
                  : new LocalizedText(join(option.fr(), amount), join(option.en(), amount));
            })
        .filter(t -> t != null)
        .findFirst()
        .orElse(null);
  }

  private static String join(String option, String amount) {
    if (option == null) {
      return null;
    }
    return amount == null ? option : option + " — " + amount;
  }

  private static String territory(CompiledService s) {
    return s.serviceAreas().stream()
        .map(ServiceArea::name)
        .filter(n -> n != null && !n.isBlank())
        .collect(
            Collectors.collectingAndThen(Collectors.joining(", "), t -> t.isEmpty() ? null : t));
  }

  private static List<ResultCard.Phone> phones(CompiledService s, Optional<Located> located) {
    return Stream.concat(
            located.map(Located::phones).orElse(List.of()).stream(), s.phones().stream())
        .filter(p -> !p.staffOnly())
        .sorted(Comparator.comparingInt(Phone::position))
        .map(p -> new ResultCard.Phone(p.number(), p.extension(), p.type()))
        .distinct()
        .toList();
  }

  private static List<String> languages(CompiledService s, Optional<Located> located) {
    List<Language> languages =
        located.map(Located::languages).filter(l -> !l.isEmpty()).orElse(s.languages());
    return languages.stream().map(Language::code).filter(c -> c != null).distinct().toList();
  }

  static byte[] encode(ResultCard card) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      text(out, card.name());
      uuid(out, card.organizationId());
      text(out, card.organizationName());
      uuid(out, card.serviceAtLocationId());
      string(out, card.address());
      out.writeBoolean(card.confidential());
      out.writeBoolean(card.provinceWideByPhone());
      string(out, card.territory());
      out.writeShort(card.phones().size());
      for (ResultCard.Phone p : card.phones()) {
        string(out, p.number());
        string(out, p.extension());
        string(out, p.type());
      }
      out.writeShort(card.categories().size());
      for (ResultCard.Category c : card.categories()) {
        string(out, c.code());
        text(out, c.name());
      }
      out.writeShort(card.weeklyHours().size());
      for (int minute : card.weeklyHours()) {
        out.writeShort(minute);
      }
      out.writeShort(card.languages().size());
      for (String language : card.languages()) {
        string(out, language);
      }
      out.writeBoolean(card.free());
      text(out, card.cost());
      text(out, card.eligibility());
      text(out, card.alert());
      string(out, card.url());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The card, or null when the bytes are of another version (an index to rebuild). */
  static ResultCard decode(byte[] bytes, int offset, int length) {
    Reader in = new Reader(bytes, offset, offset + length);
    if (in.readByte() != VERSION) {
      return null;
    }
    LocalizedText name = in.text();
    UUID organizationId = in.uuid();
    LocalizedText organizationName = in.text();
    UUID salId = in.uuid();
    String address = in.string();
    boolean confidential = in.readBoolean();
    boolean provinceWide = in.readBoolean();
    String territory = in.string();
    List<ResultCard.Phone> phones = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      phones.add(new ResultCard.Phone(in.string(), in.string(), in.string()));
    }
    List<ResultCard.Category> categories = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      categories.add(new ResultCard.Category(in.string(), in.text()));
    }
    List<Integer> hours = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      hours.add(in.readUnsignedShort());
    }
    List<String> languages = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      languages.add(in.string());
    }
    return new ResultCard(
        name,
        organizationId,
        organizationName,
        salId,
        address,
        confidential,
        provinceWide,
        territory,
        phones,
        categories,
        hours,
        languages,
        in.readBoolean(),
        in.text(),
        in.text(),
        in.text(),
        in.string());
  }

  /**
   * Reads what {@link DataOutputStream} wrote, straight from the stored bytes: a string is decoded
   * from them in place (a {@code DataInputStream} copied each into an array first, ten cards a
   * search).
   */
  private static final class Reader {
    private final byte[] bytes;
    private final int end;
    private int at;

    Reader(byte[] bytes, int from, int end) {
      this.bytes = bytes;
      this.at = from;
      this.end = end;
    }

    private int next() {
      if (at >= end) {
        throw new IllegalStateException("result card ends early");
      }
      return bytes[at++] & 0xff;
    }

    byte readByte() {
      return (byte) next();
    }

    boolean readBoolean() {
      return next() != 0;
    }

    short readShort() {
      return (short) readUnsignedShort();
    }

    int readUnsignedShort() {
      return (next() << 8) | next();
    }

    int readInt() {
      return (next() << 24) | (next() << 16) | (next() << 8) | next();
    }

    long readLong() {
      return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    String string() {
      int length = readInt();
      if (length < 0) {
        return null;
      }
      if (length > end - at) {
        throw new IllegalStateException("result card ends early");
      }
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    LocalizedText text() {
      String fr = string();
      String en = string();
      return fr == null && en == null ? null : new LocalizedText(fr, en);
    }

    UUID uuid() {
      return readBoolean() ? new UUID(readLong(), readLong()) : null;
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static void text(DataOutputStream out, LocalizedText t) throws IOException {
    string(out, t == null ? null : t.fr());
    string(out, t == null ? null : t.en());
  }

  private static void uuid(DataOutputStream out, UUID id) throws IOException {
    out.writeBoolean(id != null);
    if (id != null) {
      out.writeLong(id.getMostSignificantBits());
      out.writeLong(id.getLeastSignificantBits());
    }
  }
}
