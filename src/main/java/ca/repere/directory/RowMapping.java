package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps a record to a table by convention, the way HSDS names fields: a component {@code
 * alternateName} is the column {@code alternate_name}; a {@link LocalizedText} component is the two
 * columns {@code alternate_name_fr} and {@code alternate_name_en}. The directory has twenty HSDS
 * tables; one convention keeps their SQL and their Java from drifting apart.
 */
final class RowMapping<T extends Record> implements RowMapper<T> {

  private final Class<T> type;
  private final String table;
  private final List<Field> fields = new ArrayList<>();
  private final MethodHandle constructor;

  private record Field(String name, Class<?> type, MethodHandle accessor) {}

  RowMapping(Class<T> type, String table) {
    this.type = type;
    this.table = table;
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] parameterTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        parameterTypes[i] = c.getType();
        fields.add(new Field(snake(c.getName()), c.getType(), lookup.unreflect(c.getAccessor())));
      }
      constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot map " + type, e);
    }
  }

  String table() {
    return table;
  }

  Class<T> type() {
    return type;
  }

  /** Column names in order, LocalizedText expanded to _fr and _en. */
  List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (Field f : fields) {
      if (f.type == LocalizedText.class) {
        columns.add(f.name + "_fr");
        columns.add(f.name + "_en");
      } else {
        columns.add(f.name);
      }
    }
    return columns;
  }

  /** Column → JDBC value, in column order. */
  Map<String, Object> values(T row) {
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      for (Field f : fields) {
        Object value = f.accessor.invoke(row);
        if (f.type == LocalizedText.class) {
          LocalizedText text = value == null ? LocalizedText.EMPTY : (LocalizedText) value;
          values.put(f.name + "_fr", text.fr());
          values.put(f.name + "_en", text.en());
        } else {
          values.put(f.name, toJdbc(value));
        }
      }
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot read " + type.getSimpleName(), e);
    }
    return values;
  }

  Object[] parameters(T row) {
    return values(row).values().toArray();
  }

  String insertSql() {
    List<String> columns = columns();
    return "INSERT INTO directory."
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> "?").toList())
        + ")";
  }

  /**
   * Insert, or update every column when the id exists (re-imports update instead of duplicating).
   */
  String upsertSql() {
    List<String> updates =
        columns().stream().filter(c -> !c.equals("id")).map(c -> c + " = EXCLUDED." + c).toList();
    return insertSql() + " ON CONFLICT (id) DO UPDATE SET " + String.join(", ", updates);
  }

  String selectSql() {
    return "SELECT " + String.join(", ", columns()) + " FROM directory." + table;
  }

  /** SELECT with every column qualified by an alias, for joins. */
  String selectSql(String alias) {
    return "SELECT "
        + String.join(", ", columns().stream().map(c -> alias + "." + c).toList())
        + " FROM directory."
        + table
        + " "
        + alias;
  }

  @Override
  public T mapRow(ResultSet rs, int rowNum) throws SQLException {
    Object[] args = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      args[i] =
          f.type == LocalizedText.class
              ? new LocalizedText(rs.getString(f.name + "_fr"), rs.getString(f.name + "_en"))
              : fromJdbc(rs, f.name, f.type);
    }
    try {
      return type.cast(constructor.invokeWithArguments(args));
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from row", e);
    }
  }

  private static Object toJdbc(Object value) {
    if (value instanceof Instant instant) {
      return Timestamp.from(instant);
    }
    if (value instanceof LocalDate date) {
      return Date.valueOf(date);
    }
    if (value instanceof LocalTime time) {
      return Time.valueOf(time);
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fromJdbc(ResultSet rs, String column, Class<?> type) throws SQLException {
    if (type == String.class) {
      return rs.getString(column);
    }
    if (type == UUID.class) {
      return rs.getObject(column, UUID.class);
    }
    if (type == Integer.class || type == int.class) {
      int v = rs.getInt(column);
      return rs.wasNull() && type == Integer.class ? null : v;
    }
    if (type == Double.class || type == double.class) {
      double v = rs.getDouble(column);
      return rs.wasNull() && type == Double.class ? null : v;
    }
    if (type == Boolean.class || type == boolean.class) {
      boolean v = rs.getBoolean(column);
      return rs.wasNull() && type == Boolean.class ? null : v;
    }
    if (type == BigDecimal.class) {
      return rs.getBigDecimal(column);
    }
    if (type == LocalDate.class) {
      Date d = rs.getDate(column);
      return d == null ? null : d.toLocalDate();
    }
    if (type == LocalTime.class) {
      Time t = rs.getTime(column);
      return t == null ? null : t.toLocalTime();
    }
    if (type == Instant.class) {
      Timestamp t = rs.getTimestamp(column);
      return t == null ? null : t.toInstant();
    }
    if (type.isEnum()) {
      String v = rs.getString(column);
      return v == null
          ? null
          : Enum.valueOf((Class) type, v.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
    throw new IllegalArgumentException("Unsupported column type " + type + " for " + column);
  }

  static String snake(String camel) {
    return camel
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([a-z])([0-9])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }
}
