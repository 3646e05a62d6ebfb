package id.netra.evidence;

import id.netra.casefile.CaseAccess.View;
import id.netra.platform.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evidence rules over generated files and names: who reads what, and what is kept of a file's name. */
class EvidenceRulesProperties {

    static final UUID MINE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID OTHERS = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Provide
    Arbitrary<EvidenceFile> files() {
        return Combinators.combine(Arbitraries.of(EvidenceFile.Origin.class), Arbitraries.of(EvidenceFile.Kind.class),
                Arbitraries.of(true, false), Arbitraries.of(MINE, OTHERS).injectNull(0.3),
                Arbitraries.strings().ofMaxLength(40).map(s -> s + ".png"))
                .as((origin, kind, shareable, person, name) -> new EvidenceFile(UUID.randomUUID(), UUID.randomUUID(), person, origin,
                        kind, null, name, "image/png", 10, "0".repeat(64), null, shareable, null, null,
                        origin == EvidenceFile.Origin.REPORTER ? null : "someone", Instant.EPOCH, EvidenceProperties.Store.DATABASE));
    }

    @Property
    void aReportersFileLeavesTheHandlingOfficeOnlyWhenMarkedShareable(@ForAll("files") EvidenceFile f, @ForAll View view) {
        if (f.origin() == EvidenceFile.Origin.REPORTER && !f.shareable()) {
            assertThat(f.readBy(view, Set.of(MINE, OTHERS))).isEqualTo(view == View.HANDLING);
        }
    }

    @Property
    void theHandlingOfficeReadsEveryFileAndNobodyOutsideTheCaseAny(@ForAll("files") EvidenceFile f) {
        assertThat(f.readBy(View.HANDLING, Set.of())).isTrue();
        assertThat(f.readBy(View.NONE, Set.of(MINE, OTHERS))).isFalse();
    }

    @Property
    void aPpkReadsOnlyItsOwnPersonsFilesAndTheOfficesOnlyWhenShared(@ForAll("files") EvidenceFile f) {
        boolean read = f.readBy(View.PPK, Set.of(MINE));
        if (read) {
            assertThat(f.personId() == null ? f.shareable() : f.personId().equals(MINE)).as("its own person's, or shared with the case").isTrue();
            if (f.origin() == EvidenceFile.Origin.BAWASLU || f.origin() == EvidenceFile.Origin.REPORTER) {
                assertThat(f.shareable()).as("the office's and the reporter's only when shared").isTrue();
            }
        }
        // Another PPK's person's file is never read, shared or not.
        if (OTHERS.equals(f.personId())) {
            assertThat(read).isFalse();
        }
    }

    @Property
    void theNameReadOutsideTheOfficeNeverCarriesTheReportersWords(@ForAll("files") EvidenceFile f, @ForAll View view) {
        String name = f.nameFor(view);
        if (f.origin() == EvidenceFile.Origin.REPORTER && view != View.HANDLING) {
            assertThat(name).matches("bukti-[0-9a-f]{8}(\\.[a-z0-9]{1,5})?");
        } else {
            assertThat(name).isEqualTo(f.fileName());
        }
    }

    @Property(tries = 500)
    void aKeptNameHasNoPathNoControlCharacterAndAtMost255CodePoints(@ForAll String given) {
        String kept;
        try {
            kept = EvidenceService.fileName(given);
        } catch (InvalidInputException e) {
            assertThat(e.errors()).extracting(id.netra.platform.FieldError::field).containsExactly("fileName");
            return;
        }
        assertThat(kept).isNotBlank().doesNotContain("/", "\\", "\"").isNotIn(".", "..");
        assertThat(kept.codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT))
                .as("no control or format character in %s", kept).isTrue();
        assertThat(kept.codePointCount(0, kept.length())).isLessThanOrEqualTo(EvidenceService.MAX_NAME);
        assertThat(kept).isEqualTo(kept.strip());
    }

    @Property(tries = 200)
    void aNameOverTheLimitIsRefusedAndOneWithinKeptWhole(@ForAll("longNames") String stem) {
        String given = stem + ".mp4";
        if (given.codePointCount(0, given.length()) > EvidenceService.MAX_NAME) {
            assertThatThrownBy(() -> EvidenceService.fileName(given)).isInstanceOf(InvalidInputException.class);
        }
        String within = given.substring(0, given.offsetByCodePoints(0, 200));
        assertThat(EvidenceService.fileName(within)).isEqualTo(within.strip());
    }

    @Property(tries = 200)
    void aNameEndsInTheExtensionOfItsContentsType(@ForAll("names") String name, @ForAll("types") String type) {
        String kept = EvidenceService.withExtensionOf(name, type);
        assertThat(kept.codePointCount(0, kept.length())).isLessThanOrEqualTo(EvidenceService.MAX_NAME);
        String lower = kept.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).endsWith(switch (type) {
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            case "video/mp4" -> "4";
            default -> "";
        });
        assertThat(kept).startsWith(name.substring(0, Math.min(name.length(), 100)));
    }

    @Provide
    Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(250),
                Arbitraries.of(".html", ".png", ".PNG", ".pdf", ".exe", "", ".jpg", ".mp4")).as((a, b) -> a + b);
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("image/png", "application/pdf", "video/mp4");
    }

    @Provide
    Arbitrary<String> longNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('é', '日', '😀').ofMinLength(250).ofMaxLength(600);
    }

    @Property(tries = 50)
    void aPathIsNeverKept(@ForAll("longNames") String stem) {
        // The directories' names in capitals, which the stems (small letters) never hold.
        assertThat(EvidenceService.fileName("C:\\Users\\PELAPOR\\" + stem.substring(0, 10) + ".jpg")).doesNotContain("PELAPOR", "\\");
        assertThat(EvidenceService.fileName("../../ETC/" + stem.substring(0, 10) + ".jpg")).doesNotContain("..", "ETC", "/");
    }

    @Property
    void anEmptyOrDotNameIsRefused(@ForAll("blanks") String given) {
        assertThatThrownBy(() -> EvidenceService.fileName(given)).isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.of("", " ", "\t", ".", "..", "/", "a/", "\\", "\u0000", "\u200b", " . ", "dir/..");
    }
}
