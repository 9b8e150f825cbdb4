package ca.repere.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of every module: each module keeps {@code messages/<module>.properties} (French) and
 * {@code messages/<module>_en.properties}, and every such bundle on the class path is used, so a
 * new module cannot be forgotten in a hand-kept list. UTF-8, and no fallback to the server's
 * locale: French is the default.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

  private static final Pattern LANGUAGE_VARIANT = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?");

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(basenames());
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** {@code messages/<name>} for every {@code messages/<name>.properties} without a language. */
  static String[] basenames() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:messages/*.properties");
      TreeSet<String> names = new TreeSet<>();
      Arrays.stream(found)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .filter(name -> !LANGUAGE_VARIANT.matcher(name).matches())
          .forEach(name -> names.add("messages/" + name));
      return names.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the message bundles", e);
    }
  }
}
