package id.netra.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.netra.workflow.EngineCaseProcess;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine at the edge: engine types only in {@code workflow} and the steps' {@code process} packages of delegates;
 * the steps reach the process through {@code CaseProcess} and name its elements through {@code FlowNodes}; arrows one
 * way.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.netra");

    static final String[] STEPS = {"id.netra.bawaslu..", "id.netra.examination..", "id.netra.followup..", "id.netra.intake.."};

    /**
     * A day, month or year is read from the application's clock in Asia/Jakarta ({@link Today}, {@code BusinessCalendar}),
     * never from the JVM's own clock and zone (UTC in the container: between 00:00 and 07:00 WIB it is yesterday there).
     */
    @Test
    void noDateIsReadFromTheJvmsClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .check(CLASSES);
    }

    @Test
    void onlyTheWorkflowEdgeAndTheStepsDelegatesTouchTheEngine() {
        noClasses().that().resideOutsideOfPackages("id.netra.workflow..", "id.netra.*.process..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }

    @Test
    void delegatesSitInTheirStepsProcessPackage() {
        classes().that().implement(JavaDelegate.class)
                .should().resideInAnyPackage("id.netra.bawaslu.process", "id.netra.examination.process",
                        "id.netra.followup.process", "id.netra.intake.process")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotCallDelegates() {
        noClasses().that().resideOutsideOfPackage("id.netra.*.process..")
                .should().dependOnClassesThat().resideInAPackage("id.netra.*.process..")
                .check(CLASSES);
    }

    @Test
    void theStepsReachTheProcessThroughItsPortOnly() {
        noClasses().that().resideOutsideOfPackage("id.netra.workflow..")
                .should().dependOnClassesThat().areAssignableTo(EngineCaseProcess.class)
                .check(CLASSES);
    }

    @Test
    void theWorkflowEdgeDoesNotImportTheSteps() {
        noClasses().that().resideInAPackage("id.netra.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage(STEPS)
                .check(CLASSES);
    }

    @Test
    void theCaseFileAndReferenceDataDoNotDependOnTheSteps() {
        noClasses().that().resideInAnyPackage("id.netra.casefile..", "id.netra.reference..", "id.netra.deadline..")
                .should().dependOnClassesThat().resideInAnyPackage(STEPS)
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("id.netra.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * Literals that equal a catalogue name but are not one, by file: each with its reason. Everything else of
     * {@code main} outside {@code workflow} names the model's elements through {@link FlowNodes}.
     */
    static final Map<String, Set<String>> NOT_ELEMENT_NAMES = Map.of(
            // the JSON sections of the case view, named like the steps that fill them
            "bawaslu/BawasluSection.java", Set.of(FlowNodes.ASSESSMENT),
            "examination/ExaminationSection.java", Set.of(FlowNodes.EXAMINATION),
            // the API's description of those sections
            "api/CaseParts.java", Set.of(FlowNodes.ASSESSMENT, FlowNodes.EXAMINATION),
            "api/ApiDescription.java", Set.of(FlowNodes.ASSESSMENT, FlowNodes.EXAMINATION),
            // the case page reads the case view's assessment section (whether its deadline was extended) and its
            // examination section (the authority an examination addresses)
            "casefile/CasePage.java", Set.of(FlowNodes.ASSESSMENT, FlowNodes.EXAMINATION),
            // decisions are stored by task key; casefile cannot import workflow (workflow reads the case file)
            "casefile/Visibility.java", Set.copyOf(FlowNodes.TASK_KEYS));

    @Test
    void nothingOutsideTheWorkflowEdgeSpellsAnElementName() throws IOException {
        Set<String> names = catalogueNames();
        Path root = Path.of("src/main/java/id/netra");
        // Possessive: a long text block is read without a stack frame a character.
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*+)\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("workflow/")) {
                    continue;
                }
                Set<String> allowed = NOT_ELEMENT_NAMES.getOrDefault(relative, Set.of());
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (names.contains(m.group(1)) && !allowed.contains(m.group(1))) {
                        found.add(relative + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).as("element names spelled outside FlowNodes").isEmpty();
    }

    private static Set<String> catalogueNames() {
        Set<String> names = new TreeSet<>();
        for (Field f : FlowNodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(names).contains(FlowNodes.PROCESS_KEY, FlowNodes.INITIAL_REVIEW, FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        return names;
    }
}
