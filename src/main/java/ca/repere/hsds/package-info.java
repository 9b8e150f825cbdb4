/**
 * Open Referral HSDS 3.0 interoperability: import (JSON, NDJSON), export (JSON, NDJSON) and the
 * read-only HSDS API under {@code /hsds}.
 */
@org.springframework.modulith.ApplicationModule
package ca.repere.hsds;
