/** Value types used by every module: languages, bilingual text, geographic points. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ca.repere.shared;
