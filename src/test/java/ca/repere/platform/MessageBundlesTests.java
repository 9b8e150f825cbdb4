package ca.repere.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every module's texts are found, and each exists in French and in English. */
class MessageBundlesTests {

  @Test
  void everyModuleBundleIsFoundWithoutItsLanguageVariants() {
    assertThat(MessageBundles.basenames())
        .contains("messages/platform", "messages/site", "messages/accounts", "messages/search")
        .noneMatch(name -> name.endsWith("_en"));
  }

  @Test
  void everyFrenchTextHasAnEnglishOneAndTheReverse() throws IOException {
    for (String basename : MessageBundles.basenames()) {
      Properties french = load(basename + ".properties");
      Properties english = load(basename + "_en.properties");
      assertThat(english.stringPropertyNames())
          .as("keys of %s_en.properties", basename)
          .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }
  }

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
