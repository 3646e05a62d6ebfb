package id.netra.casefile;

import id.netra.platform.Messages;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Netra's own wordings in the case file: stored in the Indonesian words every release wrote, read back in the reader's
 * language — rows of earlier releases too, since their words are the same — and an officer's words as written.
 */
class WordingProperties {

    private static final Locale ENGLISH = Locale.ENGLISH;

    /** A wording's argument: a number, a letter's number, an officer's note of several lines, in any script. */
    @Provide
    Arbitrary<String> arguments() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 500).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789/-.RegLPBKabKotaIX").ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withChars("abc XYZ:;.,\n{}'\"éдб中").ofMinLength(1).ofMaxLength(60));
    }

    @Property(tries = 300)
    void everyWordingReadsInEnglishWithItsArgumentAndInIndonesianAsStored(@ForAll("arguments") String argument) {
        for (Wording w : Wording.values()) {
            boolean takes = Messages.id(w.code()).contains("{0}");
            String stored = takes ? w.stored(argument) : w.stored();
            boolean note = w.code().startsWith("note.");
            String english = note ? Wording.note(stored, ENGLISH) : Wording.basis(stored, ENGLISH);
            String indonesian = note ? Wording.note(stored, Messages.INDONESIAN) : Wording.basis(stored, Messages.INDONESIAN);
            // (No argument generated is a route's code: FORWARDED_ELSEWHERE's reads as it came, as any other's.)
            assertThat(english).as(w + " " + stored).isEqualTo(takes ? Messages.in(ENGLISH, w.code(), argument) : Messages.in(ENGLISH, w.code()));
            assertThat(indonesian).as(w + " " + stored).isEqualTo(stored);
        }
    }

    /** The words rows of earlier releases hold, as their code wrote them (git history), read in English. */
    @Example
    void rowsWrittenByEarlierReleasesReadInEnglish() {
        Map<String, String> notes = Map.ofEntries(
                Map.entry("Nomor registrasi 001/Reg/LP/PB/Kab/36.04/IX/2024", "Register number 001/Reg/LP/PB/Kab/36.04/IX/2024"),
                Map.entry("Diteruskan dengan surat 001/PP.01.02/36.04/IX/2024", "Forwarded with letter 001/PP.01.02/36.04/IX/2024"),
                Map.entry("Diputus dalam rapat pleno: bukan pelanggaran", "Decided in the plenary meeting: not a violation"),
                Map.entry("Diteruskan ke jalur ELECTION_CRIME", "Forwarded to another route: Election crime (Gakkumdu)"),
                Map.entry("Pleno meminta kajian ulang: 2 klarifikasi dicatat belum cukup.",
                        "The plenary asked for the assessment to be done again: 2 klarifikasi dicatat belum cukup."),
                Map.entry("2 klarifikasi dicatat", "Hearings recorded: 2"),
                Map.entry("Rekomendasi R-1194/KASN/4/2020", "Recommendation R-1194/KASN/4/2020"),
                Map.entry("Tidak terbukti", "Not proven"),
                Map.entry("Tidak dapat diterapkan", "Not applicable"),
                Map.entry("Batas waktu tindak lanjut PPK terlewati; data kepegawaian ASN diblokir",
                        "The PPK follow-up deadline passed; the ASN personnel data is blocked"),
                Map.entry("Batas waktu tindak lanjut PPK terlewati; eskalasi dimulai dengan teguran tertulis",
                        "The PPK follow-up deadline passed; the escalation begins with a written warning"),
                Map.entry("Teguran tertulis kepada PPK (surat T-12/BKN/PW.01/2026)", "Written warning to the PPK (letter T-12/BKN/PW.01/2026)"),
                Map.entry("Data kepegawaian ASN diblokir (surat B-13/BKN/2026)", "The ASN personnel data is blocked (letter B-13/BKN/2026)"),
                Map.entry("Ketidakpatuhan PPK diberitahukan kepada kementerian pembina (surat B-14/BKN/2026)",
                        "The PPK's non-compliance notified to the supervising ministry (letter B-14/BKN/2026)"),
                Map.entry("Tindak lanjut ditolak: Salinan SK\nbelum dilampirkan.", "Follow-up rejected: Salinan SK\nbelum dilampirkan."),
                Map.entry("SK 800/77/2026", "Decree 800/77/2026"),
                Map.entry("PPK melaporkan sanksi belum dijatuhkan", "The PPK reports that the sanction has not been imposed"),
                Map.entry("Tindak lanjut PPK terverifikasi", "The PPK follow-up was verified"),
                Map.entry("Pelapor melengkapi laporan", "The reporter completed the report"),
                Map.entry("Batas waktu melengkapi laporan terlewati", "The deadline to complete the report passed"),
                Map.entry("Dicabut oleh pelapor", "Withdrawn by the reporter"),
                Map.entry("Dicabut oleh pelapor: salah kirim", "Withdrawn by the reporter: salah kirim"),
                // An officer's words are no wording of Netra's: as written.
                Map.entry("Fotokopi KTP pelapor belum ada.", "Fotokopi KTP pelapor belum ada."));
        notes.forEach((stored, english) -> assertThat(Wording.note(stored, ENGLISH)).as(stored).isEqualTo(english));
        Map<String, String> bases = Map.of(
                "7 hari kerja sejak diketahui", "7 working days from when the reporter knew",
                "2 hari sejak diterima", "2 calendar days from receipt",
                "2 hari sejak dilengkapi", "2 calendar days from the completion",
                "2 hari sejak dilimpahkan", "2 calendar days from the transfer",
                "3 hari sejak pemberitahuan", "3 calendar days from the notice",
                "3 hari kerja sejak registrasi", "3 working days from registration",
                "5 hari kerja sejak registrasi (diperpanjang)", "5 working days from registration (extended)",
                "14 hari kerja sejak diteruskan", "14 working days from forwarding",
                "14 hari kerja sejak rekomendasi", "14 working days from the recommendation",
                "3 hari kerja sebelum batas waktu PPK", "3 working days before the PPK deadline");
        bases.forEach((stored, english) -> assertThat(Wording.basis(stored, ENGLISH)).as(stored).isEqualTo(english));
        // Since every clock has its unit: calendar days where working days were, a finding's clock, one day.
        Map<String, String> units = Map.of(
                "7 hari sejak ditemukan", "7 calendar days from its discovery",
                "3 hari sejak registrasi", "3 calendar days from registration",
                "1 hari kerja sejak diteruskan", "1 working day from forwarding",
                "5 hari sejak registrasi (diperpanjang)", "5 calendar days from registration (extended)");
        units.forEach((stored, english) -> assertThat(Wording.basis(stored, ENGLISH)).as(stored).isEqualTo(english));
        // In Indonesian a basis reads as stored.
        assertThat(Wording.basis("3 hari sejak registrasi", Locale.forLanguageTag("id"))).isEqualTo("3 hari sejak registrasi");
        assertThat(Wording.note(null, ENGLISH)).isNull();
        // A deadline's basis is not read as a note, nor a note as a basis.
        assertThat(Wording.basis("Tidak terbukti", ENGLISH)).isEqualTo("Tidak terbukti");
    }

    /** Days a completion may be made on, and the reporter's words around it (lines that are no marker of Netra's). */
    @Provide
    Arbitrary<java.time.LocalDate> days() {
        return Arbitraries.integers().between(0, 36_000).map(d -> java.time.LocalDate.of(2000, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> reportersWords() {
        return Arbitraries.strings().withChars("abc XYZ:;.,[]{}'\"0123456789-éдб中").ofMinLength(1).ofMaxLength(60);
    }

    /**
     * The marker written into a report's description when its reporter completes it reads in the reader's language with
     * its day as people write it, once or many times, wherever it stands on its own line; the reporter's words as written.
     */
    @Property(tries = 300)
    void aCompletionMarkerReadsInTheReadersLanguageWithAHumanDay(@ForAll("days") java.time.LocalDate first,
                                                                  @ForAll("days") java.time.LocalDate second,
                                                                  @ForAll("reportersWords") String before,
                                                                  @ForAll("reportersWords") String added) {
        String stored = before + "\n\n" + Wording.completionMarker(first) + "\n" + added
                + "\n\n" + Wording.completionMarker(second) + "\n" + added;
        java.time.format.DateTimeFormatter en = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH);
        java.time.format.DateTimeFormatter id = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.INDONESIAN);
        assertThat(Wording.description(stored, ENGLISH)).isEqualTo(before + "\n\n[Completed by the reporter, " + en.format(first)
                + "]\n" + added + "\n\n[Completed by the reporter, " + en.format(second) + "]\n" + added);
        assertThat(Wording.description(stored, Messages.INDONESIAN)).isEqualTo(before + "\n\n[Kelengkapan dari pelapor, "
                + id.format(first) + "]\n" + added + "\n\n[Kelengkapan dari pelapor, " + id.format(second) + "]\n" + added);
        // The reporter's words alone, whatever they hold, read as written.
        assertThat(Wording.description(before + "\n" + added, ENGLISH)).isEqualTo(before + "\n" + added);
    }

    /** What earlier releases stored reads the same; what only looks like a marker reads as written. */
    @Example
    void completionMarkersOfEarlierRowsReadInEnglishAndLookalikesAsWritten() {
        assertThat(Wording.completionMarker(java.time.LocalDate.of(2026, 11, 27))).isEqualTo("[Kelengkapan dari pelapor, 2026-11-27]");
        assertThat(Wording.description("ASN mengunggah foto.\n\n[Kelengkapan dari pelapor, 2024-03-05]\nFoto terlampir.", ENGLISH))
                .isEqualTo("ASN mengunggah foto.\n\n[Completed by the reporter, 5 March 2024]\nFoto terlampir.");
        assertThat(Wording.description("[Kelengkapan dari pelapor, 2024-03-05]", Messages.INDONESIAN))
                .isEqualTo("[Kelengkapan dari pelapor, 5 Maret 2024]");
        for (String lookalike : new String[]{"Kata pelapor [Kelengkapan dari pelapor, 2024-03-05] di tengah.",
                "[Kelengkapan dari pelapor, 2024-02-30]", "[Kelengkapan dari pelapor, kemarin]", "[kelengkapan dari pelapor, 2024-03-05]",
                "[Kelengkapan dari pelapor, 2024-03-05] ", "[Kelengkapan dari pelapor, 24-03-05]"}) {
            assertThat(Wording.description(lookalike, ENGLISH)).as(lookalike).isEqualTo(lookalike);
        }
        assertThat(Wording.description(null, ENGLISH)).isNull();
    }

    /** The words stored are those every release stored, so that rows written before are recognised. */
    @Example
    void theWordsStoredAreThoseEarlierReleasesStored() {
        assertThat(Wording.REGISTERED.stored("001/Reg")).isEqualTo("Nomor registrasi 001/Reg");
        assertThat(Wording.HEARINGS_RECORDED.stored(12)).isEqualTo("12 klarifikasi dicatat");
        assertThat(Wording.FORWARDED_ELSEWHERE.stored("ADMINISTRATIVE")).isEqualTo("Diteruskan ke jalur ADMINISTRATIVE");
        assertThat(Wording.WITHDRAWN_BECAUSE.stored("alasan {0} 'kutip'")).isEqualTo("Dicabut oleh pelapor: alasan {0} 'kutip'");
        assertThat(Wording.ASSESSMENT_EXTENDED_BASIS.stored(new id.netra.deadline.Term(14, id.netra.deadline.DayUnit.WORKING).inWords())).isEqualTo("14 hari kerja sejak registrasi (diperpanjang)");
        assertThat(Wording.PPK_REMINDER_BASIS.stored(new id.netra.deadline.Term(3, id.netra.deadline.DayUnit.WORKING).inWords())).isEqualTo("3 hari kerja sebelum batas waktu PPK");
    }
}
