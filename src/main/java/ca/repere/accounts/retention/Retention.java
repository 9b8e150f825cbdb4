package ca.repere.accounts.retention;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.RetentionRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies every {@link RetentionRule} of every module, and audits how many rows each one erased. A
 * failing rule does not stop the others.
 */
@Component
public class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final List<RetentionRule> rules;
  private final AuditLog audit;

  Retention(List<RetentionRule> rules, AuditLog audit) {
    this.rules = rules;
    this.audit = audit;
  }

  /** Rows changed by each rule, by rule name (-1 for a rule that failed). */
  public Map<String, Integer> applyAll() {
    Map<String, Integer> changed = new LinkedHashMap<>();
    for (RetentionRule rule : rules) {
      try {
        int rows = rule.apply();
        changed.put(rule.name(), rows);
        audit.record(
            "system", "retention.apply", rule.name(), rows + " row(s), keep " + rule.keepFor());
      } catch (RuntimeException e) {
        changed.put(rule.name(), -1);
        log.error("Retention rule {} failed", rule.name(), e);
      }
    }
    return changed;
  }

  public List<RetentionRule> rules() {
    return rules;
  }
}
