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

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.welcomedesk.(*)..").should().beFreeOfCycles();
}
