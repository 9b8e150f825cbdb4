package ca.repere.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.chat.ChatEnded;
import ca.repere.chat.ChatFixtures;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RepereApplicationTest
@RecordApplicationEvents
class ChatsIT {

  @Autowired Chats chats;
  @Autowired ChatQueue queue;
  @Autowired Specialists specialists;
  @Autowired ChatHours hours;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;
  @Autowired ApplicationEvents events;
  @Autowired CitizenPresence presence;

  ChatFixtures fixtures;

  @BeforeEach
  void cleanFloor() {
    fixtures = new ChatFixtures(jdbc, specialists, hours, chats).cleanFloor();
  }

  @Test
  void storesEveryMessageWithTheNextSequenceNumberAndRecognizesAResend() {
    UUID chat = fixtures.citizen(Lang.FR, "").chat().id();

    Message first = chats.post(chat, Sender.CITIZEN, null, null, "Bonjour", "c-1");
    Message second = chats.post(chat, Sender.CITIZEN, null, null, "J'ai besoin d'aide", "c-2");
    Message resent = chats.post(chat, Sender.CITIZEN, null, null, "J'ai besoin d'aide", "c-2");

    assertThat(List.of(first.seq(), second.seq(), resent.seq())).containsExactly(1L, 2L, 2L);
    assertThat(chats.after(chat, 0))
        .extracting(Message::body)
        .containsExactly("Bonjour", "J'ai besoin d'aide");
    assertThat(chats.after(chat, 1)).extracting(Message::seq).containsExactly(2L);
  }

  /** Messages committed together (group commit) still get one gapless sequence per chat. */
  @Test
  void givesConcurrentWritersOfSeveralChatsGaplessSequences() throws Exception {
    List<UUID> ids =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> fixtures.citizen(Lang.FR, "").chat().id())
            .toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Message>> posted = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      UUID chat = ids.get(i % ids.size());
      String clientId = "g-" + i;
      posted.add(
          pool.submit(() -> chats.post(chat, Sender.CITIZEN, null, null, "message", clientId)));
    }
    for (var future : posted) {
      future.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
    pool.shutdown();

    for (UUID chat : ids) {
      assertThat(chats.after(chat, 0))
          .extracting(Message::seq)
          .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(chats.get(chat).lastSeq()).isEqualTo(10);
    }
  }

  @Test
  void refusesAHundredThousandCharacterMessageInTheCitizensLanguage() {
    UUID chat = fixtures.citizen(Lang.EN, "").chat().id();
    String huge = "a".repeat(100_000);

    assertThatThrownBy(() -> chats.post(chat, Sender.CITIZEN, null, null, huge, "big"))
        .isInstanceOfSatisfying(
            ChatRejected.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.FRENCH))
                  .contains("trop long", "100", "4");
              assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH))
                  .contains("too long");
            });
    assertThat(chats.after(chat, 0)).isEmpty();
    assertThat(chats.get(chat).lastSeq()).isZero();
  }

  @Test
  void slowsDownAFloodOfMessagesFromOneSide() {
    UUID chat = fixtures.citizen(Lang.FR, "").chat().id();
    for (int i = 0; i < 15; i++) {
      chats.post(chat, Sender.CITIZEN, null, null, "message " + i, "f-" + i);
    }

    assertThatThrownBy(() -> chats.post(chat, Sender.CITIZEN, null, null, "encore", "f-x"))
        .isInstanceOfSatisfying(ChatRejected.class, e -> assertThat(e.status()).isEqualTo(429));
    assertThat(chats.get(chat).lastSeq()).isEqualTo(15);
  }

  @Test
  void servesTheOldestChatInTheSpecialistsLanguagesAndRegions() {
    Specialist gaspesie = fixtures.specialist("Gabrielle", List.of("fr"), List.of("11"));
    UUID english = fixtures.citizen(Lang.EN, "").chat().id();
    UUID montreal = fixtures.citizen(Lang.FR, "Montréal").chat().id();
    UUID rimouskiless = fixtures.citizen(Lang.FR, "Sainte-Anne-des-Monts").chat().id();
    UUID nowhere = fixtures.citizen(Lang.FR, "").chat().id();

    assertThat(queue.waitingFor(gaspesie.id()))
        .extracting(Chat::id)
        .containsExactly(rimouskiless, nowhere);
    assertThat(queue.acceptNext(gaspesie.id()).orElseThrow().id()).isEqualTo(rimouskiless);
    assertThat(queue.acceptNext(gaspesie.id()).orElseThrow().id()).isEqualTo(nowhere);
    assertThat(queue.acceptNext(gaspesie.id())).isEmpty();
    assertThat(queue.waiting()).extracting(Chat::id).containsExactly(english, montreal);
  }

  @Test
  void neverGivesASpecialistMoreChatsThanTheirLimitOrAnyWhileUnavailable() {
    Specialist specialist = fixtures.specialist("Sam");
    for (int i = 0; i < 4; i++) {
      fixtures.citizen(Lang.FR, "");
    }
    for (int i = 0; i < 3; i++) {
      assertThat(queue.acceptNext(specialist.id())).isPresent();
    }

    assertThatThrownBy(() -> queue.acceptNext(specialist.id()))
        .isInstanceOfSatisfying(
            ChatRejected.class, e -> assertThat(e.messageKey()).isEqualTo("chat.error.at-limit"));
    specialists.update(specialist.id(), false, 5, List.of("fr"), List.of());
    assertThatThrownBy(() -> queue.acceptNext(specialist.id()))
        .isInstanceOfSatisfying(
            ChatRejected.class,
            e -> assertThat(e.messageKey()).isEqualTo("chat.error.unavailable"));
    assertThat(queue.waiting()).hasSize(1);
  }

  @Test
  void tellsEachCitizenTheirPlaceInLineAndAnEstimatedWait() {
    Chat first = fixtures.citizen(Lang.FR, "").chat();
    Chat second = fixtures.citizen(Lang.FR, "").chat();
    Chat english = fixtures.citizen(Lang.EN, "").chat();

    assertThat(queue.position(second).estimatedWait()).as("nobody available").isNull();
    fixtures.specialist("Dominique", List.of("fr"), List.of());

    assertThat(queue.position(first).position()).isEqualTo(1);
    assertThat(queue.position(second).position()).isEqualTo(2);
    assertThat(queue.position(english).position()).isEqualTo(1);
    assertThat(queue.position(second).estimatedWait())
        .isGreaterThan(queue.position(first).estimatedWait());
    assertThat(queue.positions().get(chats.get(second.id())).position()).isEqualTo(2);
  }

  @Test
  void flagsAChatWhoseCitizenWritesDangerWords() {
    UUID chat = fixtures.citizen(Lang.FR, "").chat().id();
    chats.post(chat, Sender.CITIZEN, null, null, "je cherche une banque alimentaire", "d-1");
    assertThat(chats.get(chat).crisis()).isFalse();

    chats.post(chat, Sender.CITIZEN, null, null, "je n'ai plus envie de vivre", "d-2");

    assertThat(chats.get(chat).crisis()).isTrue();
  }

  @Test
  void transfersAChatWithItsConversationAndAPrivateNote() {
    Specialist from = fixtures.specialist("Alex");
    Specialist to = fixtures.specialist("Morgane");
    UUID chat = fixtures.citizen(Lang.FR, "").chat().id();
    queue.acceptNext(from.id());
    chats.post(chat, Sender.CITIZEN, null, null, "Bonjour", "t-1");

    queue.transfer(chat, from.id(), "Alex", to.id(), "Cherche un logement à Rimouski");

    assertThat(chats.get(chat).specialistId()).isEqualTo(to.id());
    assertThat(new Notes(jdbc).of(chat))
        .extracting(Notes.Note::body)
        .containsExactly("Cherche un logement à Rimouski");
    assertThat(chats.after(chat, 0))
        .extracting(Message::body)
        .contains("Bonjour", "chat.event.transferred");
    assertThatThrownBy(
            () -> chats.post(chat, Sender.SPECIALIST, from.id(), "Alex", "Encore moi", "t-2"))
        .isInstanceOf(ChatRejected.class);
    assertThat(
            chats
                .post(chat, Sender.SPECIALIST, to.id(), "Morgane", "Bonjour, ici Morgane", "t-3")
                .seq())
        .isEqualTo(chats.get(chat).lastSeq());
  }

  @Test
  void publishesChatEndedWithTimesAndCodesOnly() {
    Specialist specialist = fixtures.specialist("Léa");
    UUID answered = fixtures.citizen(Lang.FR, "Montréal").chat().id();
    UUID abandoned = fixtures.citizen(Lang.EN, "").chat().id();
    queue.acceptNext(specialist.id());

    chats.end(answered, Sender.SPECIALIST, "Léa");
    chats.end(abandoned, Sender.CITIZEN, null);
    chats.end(abandoned, Sender.CITIZEN, null);

    List<ChatEnded> ended = events.stream(ChatEnded.class).toList();
    assertThat(ended).extracting(ChatEnded::chatId).containsExactly(answered, abandoned);
    assertThat(ended.get(0).outcome()).isEqualTo("answered");
    assertThat(ended.get(0).answeredAt()).isNotNull();
    assertThat(ended.get(0).municipalityCode()).isEqualTo("66023");
    assertThat(ended.get(1).outcome()).isEqualTo("abandoned");
    assertThat(ended.get(1).answeredAt()).isNull();
    assertThatThrownBy(() -> chats.post(answered, Sender.CITIZEN, null, null, "allô?", "e-1"))
        .isInstanceOfSatisfying(ChatRejected.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void refusesAPlaceItCannotFindAndQueuesNothing() {
    int before = queue.waiting().size();

    assertThatThrownBy(() -> chats.start(Lang.FR, "Zzyzxville-sur-Mer"))
        .isInstanceOfSatisfying(
            ChatRejected.class,
            e -> assertThat(e.arguments()).containsExactly("Zzyzxville-sur-Mer"));
    assertThat(queue.waiting()).hasSize(before);
  }

  @Test
  void closesOnStatutoryHolidaysUnlessSupervisorsOpenThem() {
    var zone = java.time.ZoneId.of("America/Toronto");
    var christmasMorning = java.time.ZonedDateTime.of(2026, 12, 25, 10, 0, 0, 0, zone);
    var dayBefore = christmasMorning.minusDays(1);
    try {
      hours.replace("MON-FRI 08:00-21:00", true);
      assertThat(hours.isOpen(christmasMorning)).as("Christmas, a Friday").isFalse();
      assertThat(hours.isOpen(dayBefore)).isTrue();
      assertThat(hours.isOpen(dayBefore.withHour(7))).as("before opening").isFalse();
      assertThat(hours.closedHolidays())
          .isNotEmpty()
          .allMatch(ca.repere.search.StatutoryHolidays::isHoliday);

      hours.replace("MON-FRI 08:00-21:00", false);
      assertThat(hours.isOpen(christmasMorning)).isTrue();
      assertThat(hours.closedHolidays()).isEmpty();
    } finally {
      fixtures.cleanFloor();
    }
  }

  @Test
  void endsAsAbandonedAQueuedChatWhoseCitizenLeftWithoutEndingIt() {
    Specialist specialist = fixtures.specialist("Noé");
    UUID answered = fixtures.citizen(Lang.FR, "").chat().id();
    queue.acceptNext(specialist.id());
    UUID left = fixtures.citizen(Lang.FR, "").chat().id();
    UUID stillThere = fixtures.citizen(Lang.FR, "").chat().id();
    UUID cameBack = fixtures.citizen(Lang.FR, "").chat().id();
    jdbc.sql(
            "update chat.chat set citizen_seen_at = now() - interval '10 minutes'"
                + " where id in (:ids)")
        .param("ids", List.of(answered, left, cameBack))
        .update();
    presence.seen(cameBack);

    presence.endAbandoned();

    assertThat(chats.get(left).isEnded()).isTrue();
    assertThat(chats.get(left).outcome()).isEqualTo("abandoned");
    assertThat(chats.get(stillThere).isQueued()).isTrue();
    assertThat(chats.get(cameBack).isQueued()).as("heard from again").isTrue();
    assertThat(chats.get(answered).isActive()).as("a specialist has it").isTrue();
    assertThat(queue.waiting()).extracting(Chat::id).containsExactly(stillThere, cameBack);
  }
}
