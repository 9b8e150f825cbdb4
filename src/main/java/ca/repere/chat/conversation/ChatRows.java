package ca.repere.chat.conversation;

import ca.repere.shared.Lang;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Reads chats and messages from their rows. */
final class ChatRows {

  static final String CHAT_COLUMNS =
      "id, language, place_name, municipality_code, mrc_code, region_code, status, outcome,"
          + " specialist_id, queued_at, answered_at, ended_at, last_seq, citizen_received,"
          + " staff_received, crisis";

  static final String MESSAGE_COLUMNS =
      "chat_id, seq, sender, kind, author_name, body, service_id, client_id, created_at";

  private ChatRows() {}

  static Chat chat(ResultSet rs, int row) throws SQLException {
    return new Chat(
        rs.getObject("id", UUID.class),
        Lang.parse(rs.getString("language")),
        rs.getString("place_name"),
        rs.getString("municipality_code"),
        rs.getString("mrc_code"),
        rs.getString("region_code"),
        ChatStatus.of(rs.getString("status")),
        rs.getString("outcome"),
        rs.getObject("specialist_id", UUID.class),
        instant(rs.getTimestamp("queued_at")),
        instant(rs.getTimestamp("answered_at")),
        instant(rs.getTimestamp("ended_at")),
        rs.getLong("last_seq"),
        rs.getLong("citizen_received"),
        rs.getLong("staff_received"),
        rs.getBoolean("crisis"));
  }

  static Message message(ResultSet rs, int row) throws SQLException {
    return new Message(
        rs.getObject("chat_id", UUID.class),
        rs.getLong("seq"),
        Sender.of(rs.getString("sender")),
        rs.getString("kind"),
        rs.getString("author_name"),
        rs.getString("body"),
        rs.getObject("service_id", UUID.class),
        rs.getString("client_id"),
        instant(rs.getTimestamp("created_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
