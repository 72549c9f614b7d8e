package vn.itplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/**
 * The rules of src/docs/architecture.md that a test can check, over the main code only. Modules and their allowed
 * dependencies as Spring Modulith sees them are checked by {@link ModularityTest}.
 */
@AnalyzeClasses(packages = "vn.itplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The feature packages: everything under vn.itplan except the infrastructure packages web and security. */
    static final Set<String> FEATURES = Set.of(
            "audit", "dashboard", "export", "indicator", "legal", "period", "plan", "report", "rollup", "unit", "user");

    private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe(
            "a repository",
            c -> c.getSimpleName().endsWith("Repository")
                    || c.isAssignableTo(org.springframework.data.repository.Repository.class));

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that(REPOSITORY)
            .and()
            .resideInAPackage("vn.itplan..")
            .should()
            .notBePublic()
            .because("a feature's repositories are its own; other features use its public services");

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesRepository = classes()
            .that()
            .resideInAPackage("vn.itplan..")
            .should(new ArchCondition<JavaClass>("use only the repositories of their own package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    origin.getDirectDependenciesFromSelf().stream()
                            .filter(d -> d.getTargetClass().getPackageName().startsWith("vn.itplan")
                                    && REPOSITORY.test(d.getTargetClass())
                                    && !d.getTargetClass().getPackageName().equals(origin.getPackageName()))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
            });

    @ArchTest
    static final ArchRule webDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("vn.itplan.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    FEATURES.stream().map(f -> "vn.itplan." + f + "..").toArray(String[]::new))
            .because("web is infrastructure that every feature uses");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures =
            slices().matching("vn.itplan.(*)..").should().beFreeOfCycles();

    /**
     * Lombok's {@code @Setter} is gone after compilation, so the rule checks what it generates: a public
     * {@code setX} method on an entity.
     */
    @ArchTest
    static final ArchRule entitiesHaveNoPublicSetters = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should(new ArchCondition<JavaClass>("have no public setters (state changes through named methods)") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    for (JavaMethod method : entity.getMethods()) {
                        if (method.getModifiers().contains(JavaModifier.PUBLIC)
                                && method.getName().matches("set[A-Z].*")
                                && method.getRawParameterTypes().size() == 1) {
                            events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " is a public setter"));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule controllersDoNotCatchInputOrStaleEditErrors = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should(
                    new ArchCondition<JavaClass>(
                            "not catch InvalidInputException, StaleEditException or OptimisticLockingFailureException"
                                    + " (web.Forms does)") {
                        @Override
                        public void check(JavaClass controller, ConditionEvents events) {
                            controller.getCodeUnits().forEach(unit -> unit.getTryCatchBlocks()
                                    .forEach(block -> block.getCaughtThrowables().stream()
                                            .filter(t -> t.isAssignableTo(InvalidInputException.class)
                                                    || t.isAssignableTo(StaleEditException.class)
                                                    || t.isAssignableTo(OptimisticLockingFailureException.class))
                                            .forEach(t -> events.add(SimpleConditionEvent.violated(
                                                    block,
                                                    unit.getFullName() + " catches " + t.getSimpleName() + " "
                                                            + block.getSourceCodeLocation())))));
                        }
                    });
}
