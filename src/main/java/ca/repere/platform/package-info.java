/**
 * What every module runs on: the embedded PostgreSQL, the command-line tasks, the web layout and
 * the visitor's language.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ca.repere.platform;
