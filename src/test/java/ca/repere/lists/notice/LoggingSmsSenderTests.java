package ca.repere.lists.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingSmsSenderTests {

  @Test
  void logsOnlyTheLastTwoDigitsOfTheNumber() {
    assertThat(LoggingSmsSender.lastDigits("+1 (418) 555-7071")).isEqualTo("71");
    assertThat(new LoggingSmsSender().send("418 555-7071", "Aide alimentaire")).isTrue();
  }
}
