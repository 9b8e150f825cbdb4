package ca.repere.lists.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list as plain text, for an e-mail to a citizen and for an SMS: the same public lines as the
 * page, worded in the reader's language by {@code words} (a message-bundle lookup).
 */
public final class ListText {

  private ListText() {}

  /** Every detail, one block a service, for an e-mail. */
  public static String full(List<ListLine> lines, Function<String, String> words) {
    List<String> blocks = new ArrayList<>();
    int number = 1;
    for (ListLine line : lines) {
      StringBuilder block = new StringBuilder().append(number++).append(". ");
      if (!line.offered()) {
        block.append(words.apply("lists.no-longer-offered"));
      } else {
        block.append(line.name());
        indent(block, line.organization());
        line.addresses().forEach(a -> indent(block, a));
        if (line.addresses().isEmpty()) {
          indent(
              block, words.apply(line.provinceWide() ? "lists.province-wide" : "lists.by-phone"));
        }
        if (!line.phones().isEmpty()) {
          indent(
              block,
              words.apply("lists.csv.phones")
                  + words.apply("lists.colon")
                  + String.join(", ", line.phones()));
        }
        line.hours()
            .forEach(
                h -> indent(block, words.apply("lists.hours") + words.apply("lists.colon") + h));
      }
      indent(block, line.note());
      blocks.add(block.toString());
    }
    return String.join("\n\n", blocks);
  }

  /** Short: name and first phone of each offered service, then the link, for an SMS. */
  public static String sms(String title, List<ListLine> lines, String link) {
    StringBuilder text = new StringBuilder(title);
    for (ListLine line : lines) {
      if (line.offered()) {
        text.append("\n- ").append(line.name());
        if (!line.phones().isEmpty()) {
          text.append(" : ").append(line.phones().get(0));
        }
      }
    }
    if (link != null) {
      text.append('\n').append(link);
    }
    return text.toString();
  }

  private static void indent(StringBuilder block, String value) {
    if (value != null && !value.isBlank()) {
      block.append("\n   ").append(value);
    }
  }
}
