package id.netra.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Engine types stay at the edge: the workflow package and its delegates. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.netra");

    @Test
    void onlyTheWorkflowEdgeTouchesTheEngine() {
        noClasses().that().resideOutsideOfPackage("id.netra.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotCallDelegates() {
        noClasses().that().resideOutsideOfPackage("id.netra.workflow.delegate..")
                .should().dependOnClassesThat().resideInAPackage("id.netra.workflow.delegate..")
                .check(CLASSES);
    }

    @Test
    void theCaseFileAndReferenceDataDoNotDependOnTheSteps() {
        noClasses().that().resideInAnyPackage("id.netra.casefile..", "id.netra.reference..", "id.netra.deadline..")
                .should().dependOnClassesThat().resideInAnyPackage("id.netra.bawaslu..", "id.netra.examination..",
                        "id.netra.followup..", "id.netra.intake..")
                .check(CLASSES);
    }
}
