package vn.itplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the packages: each direct sub-package of vn.itplan is a module whose API is its top-level
 * public types; no module reaches into another's internals and there are no cycles (see src/docs/architecture.md).
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ItPlanApplication.class);

    @Test
    void everyFeatureIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
                .contains(
                        "audit",
                        "dashboard",
                        "export",
                        "indicator",
                        "legal",
                        "notification",
                        "ops",
                        "period",
                        "plan",
                        "report",
                        "rollup",
                        "security",
                        "unit",
                        "user",
                        "web");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
