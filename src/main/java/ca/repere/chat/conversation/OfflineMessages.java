package ca.repere.chat.conversation;

import ca.repere.chat.ChatEnded;
import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.shared.Lang;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Messages left outside opening hours, answered by a specialist on the next shift. */
@Repository
public class OfflineMessages {

  private final JdbcClient jdbc;
  private final Geography geography;
  private final ApplicationEventPublisher publisher;

  OfflineMessages(JdbcClient jdbc, Geography geography, ApplicationEventPublisher publisher) {
    this.jdbc = jdbc;
    this.geography = geography;
    this.publisher = publisher;
  }

  public record OfflineMessage(
      UUID id, Lang language, String placeName, String body, String replyTo, Instant createdAt) {}

  @Transactional
  public UUID leave(Lang language, String placeInput, String body, String replyTo) {
    if (body == null || body.isBlank()) {
      throw new ChatRejected(400, "chat.error.blank");
    }
    if (body.length() > 4000) {
      throw new ChatRejected(413, "chat.error.too-long", 4000, body.length());
    }
    if (replyTo != null && replyTo.length() > 200) {
      throw new ChatRejected(400, "chat.error.reply-to");
    }
    Place place =
        placeInput == null || placeInput.isBlank()
            ? null
            : geography
                .tryResolve(placeInput.trim())
                .orElseThrow(() -> new ChatRejected(400, "chat.error.place", placeInput.trim()));
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            "insert into chat.offline_message (id, language, place_name, municipality_code, body,"
                + " reply_to, created_at) values (:id, :language, :place, :municipality, :body,"
                + " :reply, :at)")
        .param("id", id)
        .param("language", language.code())
        .param("place", place == null ? null : place.name())
        .param("municipality", place == null ? null : place.municipalityCode())
        .param("body", body.strip())
        .param("reply", replyTo == null || replyTo.isBlank() ? null : replyTo.strip())
        .param("at", java.sql.Timestamp.from(now))
        .update();
    publisher.publishEvent(
        new ChatEnded(
            id,
            now,
            null,
            now,
            "offline",
            language.code(),
            place == null ? null : place.municipalityCode(),
            place == null ? null : place.mrcCode(),
            place == null ? null : place.regionCode()));
    return id;
  }

  public List<OfflineMessage> unhandled() {
    return jdbc.sql(
            "select * from chat.offline_message where handled_at is null order by created_at")
        .query(
            (rs, row) ->
                new OfflineMessage(
                    rs.getObject("id", UUID.class),
                    Lang.parse(rs.getString("language")),
                    rs.getString("place_name"),
                    rs.getString("body"),
                    rs.getString("reply_to"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  public void handled(UUID id) {
    jdbc.sql("update chat.offline_message set handled_at = now() where id = :id")
        .param("id", id)
        .update();
  }
}
