package ca.repere.insights.figures;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.geography.Geography;
import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Names, populations and nesting of the territories figures are published for ("qc", "region:11",
 * "mrc:040", "mun:04015"), and which of them a staff member may see.
 */
@Component
public class Territories {

  /** A territory as figures show it. */
  public record Territory(String code, String level, String name, long population, String parent) {}

  private final Geography geography;

  Territories(Geography geography) {
    this.geography = geography;
  }

  /** The territories of a level ("region", "mrc", "municipality"), in code order. */
  public List<Territory> level(String level) {
    return switch (level) {
      case "region" -> geography.regions().stream().map(this::of).toList();
      case "mrc" -> geography.mrcs().stream().map(this::of).toList();
      case "municipality" -> geography.municipalities().stream().map(this::of).toList();
      default -> List.of();
    };
  }

  public Optional<Territory> find(String code) {
    if (code.equals("qc")) {
      long population = geography.regions().stream().mapToLong(Region::population).sum();
      return Optional.of(new Territory("qc", "province", "Québec", population, null));
    }
    if (code.startsWith("region:")) {
      return geography.region(code.substring(7)).map(this::of);
    }
    if (code.startsWith("mrc:")) {
      return geography.mrc(code.substring(4)).map(this::of);
    }
    if (code.startsWith("mun:")) {
      return geography.municipality(code.substring(4)).map(this::of);
    }
    return Optional.empty();
  }

  /** The territory code of a level and a plain code ("mrc", "040" → "mrc:040"). */
  public static String code(String level, String plain) {
    return switch (level) {
      case "region" -> "region:" + plain;
      case "mrc" -> "mrc:" + plain;
      case "municipality" -> "mun:" + plain;
      default -> "qc";
    };
  }

  /** The territory and the wider ones that hold it, narrowest first. */
  public List<String> withAncestors(String code) {
    List<String> chain = new ArrayList<>();
    for (Optional<Territory> t = find(code);
        t.isPresent();
        t = t.get().parent() == null ? Optional.empty() : find(t.get().parent())) {
      chain.add(t.get().code());
    }
    return chain;
  }

  /**
   * Whether the staff member may see a territory's figures. Supervisors, and analysts without a
   * territory, see everything; an analyst limited to territories sees them, what they contain, and
   * the aggregates of the wider territories that hold them (a municipality's MRC and region).
   */
  public boolean mayView(CurrentUser user, String code) {
    if (user.has(Role.SUPERVISOR) || user.territory().isEmpty()) {
      return user.has(Role.SUPERVISOR) || user.has(Role.ANALYST);
    }
    if (!user.has(Role.ANALYST)) {
      return false;
    }
    if (code.equals("qc")) {
      return false;
    }
    List<String> ancestors = withAncestors(code);
    for (String limit : limits(user)) {
      if (ancestors.contains(limit) || withAncestors(limit).contains(code)) {
        return true;
      }
    }
    return false;
  }

  /** An analyst's territory codes as figure codes (2 digits: region, 3: MRC, 5: municipality). */
  public Set<String> limits(CurrentUser user) {
    Set<String> limits = new LinkedHashSet<>();
    for (String plain : user.territory()) {
      limits.add(
          plain.contains(":")
              ? plain
              : code(
                  plain.length() == 2 ? "region" : plain.length() == 3 ? "mrc" : "municipality",
                  plain));
    }
    return limits;
  }

  private Territory of(Region r) {
    return new Territory("region:" + r.code(), "region", r.name(), r.population(), "qc");
  }

  private Territory of(Mrc m) {
    return new Territory(
        "mrc:" + m.code(),
        "mrc",
        m.name(),
        m.population(),
        m.regionCode() == null ? "qc" : "region:" + m.regionCode());
  }

  private Territory of(Municipality m) {
    String parent =
        m.mrcCode() != null && !m.mrcCode().isBlank()
            ? "mrc:" + m.mrcCode()
            : "region:" + m.regionCode();
    return new Territory("mun:" + m.code(), "municipality", m.name(), m.population(), parent);
  }
}
