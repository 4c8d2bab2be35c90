package org.welcomedesk;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of docs/architecture.md, kept true by the build. */
@AnalyzeClasses(packages = "org.welcomedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..api..", "..infrastructure..",
                    "jakarta.faces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule applicationKnowsNoEntryPoint = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..api..", "jakarta.faces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule entryPointsDoNotReachIntoInfrastructure = noClasses()
            .that().resideInAnyPackage("..web..", "..api..")
            .should().dependOnClassesThat().resideInAPackage("..infrastructure..");

    /** The rules are not vacuous: a domain class that reaches into the web layer fails them. */
    @org.junit.jupiter.api.Test
    void theDomainRuleRejectsADomainClassThatKnowsTheWebLayer() {
        var leaky = new com.tngtech.archunit.core.importer.ClassFileImporter().importClasses(
                org.welcomedesk.archfixture.domain.LeakyEntity.class, org.welcomedesk.archfixture.web.LeakyPage.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> domainKnowsNoOuterLayer.check(leaky));
    }

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.welcomedesk.(*)..").should().beFreeOfCycles();
}
