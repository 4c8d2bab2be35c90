package org.welcomedesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;
import org.welcomedesk.archfixture.registry.duplicates.domain.FixturePair;
import org.welcomedesk.archfixture.registry.records.domain.UpwardRecord;
import org.welcomedesk.archfixture.services.application.ReachingService;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package rules of docs/architecture.md, kept true by the build. */
@AnalyzeClasses(packages = "org.welcomedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..api..", "..infrastructure..", "jakarta.faces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule applicationKnowsNoEntryPoint = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..api..", "jakarta.faces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule entryPointsDoNotReachIntoInfrastructure = noClasses()
            .that()
            .resideInAnyPackage("..web..", "..api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..infrastructure..");

    /** The rules are not vacuous: a domain class that reaches into the web layer fails them. */
    @org.junit.jupiter.api.Test
    void theDomainRuleRejectsADomainClassThatKnowsTheWebLayer() {
        var leaky = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importClasses(
                        org.welcomedesk.archfixture.domain.LeakyEntity.class,
                        org.welcomedesk.archfixture.web.LeakyPage.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> domainKnowsNoOuterLayer.check(leaky));
    }

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("org.welcomedesk.(*)..").should().beFreeOfCycles();

    /** The registry's use cases, bottom to top: each may use those before it, never one after it. */
    static final List<String> REGISTRY_USE_CASES = List.of("records", "duplicates", "registration", "imports");

    @ArchTest
    static final ArchRule registryUseCasesDependOneWay = useCasesDependOneWay("org.welcomedesk.registry");

    @ArchTest
    static final ArchRule otherFeaturesUseOnlyTheRegistrysRecords = otherFeaturesUseOnlyRecords("org.welcomedesk");

    /** Records <- duplicates <- registration <- imports, for the registry package {@code registry}. */
    static ArchRule useCasesDependOneWay(String registry) {
        CompositeArchRule rule = null;
        for (int i = 0; i < REGISTRY_USE_CASES.size() - 1; i++) {
            String[] above = REGISTRY_USE_CASES.subList(i + 1, REGISTRY_USE_CASES.size()).stream()
                    .map(useCase -> registry + "." + useCase + "..")
                    .toArray(String[]::new);
            ArchRule noneAbove = noClasses()
                    .that()
                    .resideInAPackage(registry + "." + REGISTRY_USE_CASES.get(i) + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above)
                    .because(
                            "the registry's use cases depend one way: records <- duplicates <- registration <- imports")
                    .allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(noneAbove) : rule.and(noneAbove);
        }
        return rule;
    }

    /**
     * Features other than the registry (under {@code root}) use only its records (people and
     * the events it publishes), never its duplicates, registration or imports.
     */
    static ArchRule otherFeaturesUseOnlyRecords(String root) {
        String registry = root + ".registry";
        DescribedPredicate<JavaClass> pastRecords = resideInAPackage(registry + "..")
                .and(DescribedPredicate.not(resideInAPackage(registry + ".records..")));
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(registry + "..")
                .should()
                .dependOnClassesThat(pastRecords)
                .because("other features know the registry's people and events, not how it registers or matches them");
    }

    /** The use-case rule is not vacuous: a records class that knows a duplicates class fails it. */
    @Test
    void theUseCaseRuleRejectsRecordsThatKnowDuplicates() {
        var planted = new ClassFileImporter().importClasses(UpwardRecord.class, FixturePair.class);
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> useCasesDependOneWay("org.welcomedesk.archfixture.registry")
                        .check(planted));
        assertTrue(failure.getMessage().contains(UpwardRecord.class.getName() + ".pair"), failure::getMessage);
    }

    /** The feature rule is not vacuous: a services class that knows a duplicates class fails it. */
    @Test
    void theFeatureRuleRejectsAFeatureReachingPastTheRecords() {
        var planted = new ClassFileImporter().importClasses(ReachingService.class, FixturePair.class);
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> otherFeaturesUseOnlyRecords("org.welcomedesk.archfixture").check(planted));
        assertTrue(failure.getMessage().contains(ReachingService.class.getName() + ".pair"), failure::getMessage);
    }
}
