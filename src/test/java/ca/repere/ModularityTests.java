package ca.repere;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(RepereApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    // Diagrams only: the module canvases need javadoc metadata this build does not produce.
    new Documenter(modules, "docs/modules")
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
