package ca.repere.accounts.mail;

import ca.repere.accounts.Mailer;
import ca.repere.shared.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the bilingual text templates of {@code mail/} over SMTP ({@code spring.mail.*}). */
@Component
class SmtpMailer implements Mailer {

  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  SmtpMailer(
      ObjectProvider<JavaMailSender> sender,
      @Value("${repere.mail.from:Repère 211 <no-reply@localhost>}") String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public boolean send(String to, Lang lang, String name, Map<String, Object> variables) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      log.warn("No mail server configured (spring.mail.host): the '{}' e-mail was not sent", name);
      return false;
    }
    Template template = Template.read(name, lang).fill(variables);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(template.subject());
    message.setText(template.body());
    try {
      mail.send(message);
      return true;
    } catch (MailException e) {
      log.error("Could not send the '{}' e-mail: {}", name, e.getMessage());
      return false;
    }
  }

  /** A subject and a body, read from {@code mail/<name>.<lang>.txt}. */
  record Template(String subject, String body) {

    private static final String SUBJECT = "Subject:";

    static Template read(String name, Lang lang) {
      String resource = "/mail/" + name + "." + lang.code() + ".txt";
      try (InputStream in = SmtpMailer.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("No e-mail template " + resource);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int endOfSubject = text.indexOf('\n');
        String subject = text.substring(0, endOfSubject);
        if (!subject.startsWith(SUBJECT)) {
          throw new IllegalArgumentException(resource + " must start with 'Subject: '");
        }
        return new Template(
            subject.substring(SUBJECT.length()).trim(), text.substring(endOfSubject + 1).strip());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Template fill(Map<String, Object> variables) {
      String filledSubject = subject;
      String filledBody = body;
      for (Map.Entry<String, Object> variable : variables.entrySet()) {
        String placeholder = "${" + variable.getKey() + "}";
        String value = String.valueOf(variable.getValue());
        filledSubject = filledSubject.replace(placeholder, value);
        filledBody = filledBody.replace(placeholder, value);
      }
      return new Template(filledSubject, filledBody);
    }
  }
}
