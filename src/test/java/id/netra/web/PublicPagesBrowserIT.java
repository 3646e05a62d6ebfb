package id.netra.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen with a phone (a 360 px wide window of a real headless Chromium) files a report naming two persons of two
 * agencies, keeps the receipt, and reads the report's status; every page is in Indonesian with no untranslated key,
 * fits the phone's width, shows errors next to their fields, and has no serious or critical accessibility violation.
 */
class PublicPagesBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 360;
    }

    /** What every page must be: Indonesian (or English when chosen), every key translated, phone-wide, accessible. */
    private void assertGoodPage(String lang) {
        String html = browser.getPageSource();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(html).as("an untranslated message key").doesNotContain("??");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).as("a phone's width").isEqualTo(360L);
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 360 px on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0L);
        assertThat(Browser.axeViolations(browser)).as("accessibility of " + browser.getCurrentUrl()).isEmpty();
    }

    private void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void date(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), day.toString());
    }

    private void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    @Test
    void aCitizenOnAPhoneFilesAReportNamingTwoPersonsAndFollowsIt() {
        browser.get(url("/lapor?lang=id"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laporkan dugaan pelanggaran netralitas ASN");
        assertGoodPage("id");
        Browser.screenshot(browser, "public-report");

        // Sent empty: each error next to its field, the field marked invalid, a summary linking to them.
        submit(By.cssSelector("button.primary[value=submit]"));
        assertThat(browser.findElement(By.id("reporter-name-error")).getText()).isEqualTo("Nama pelapor wajib diisi.");
        assertThat(browser.findElement(By.id("reporter-name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("reporter-name")).getAttribute("aria-describedby")).contains("reporter-name-error");
        assertThat(browser.findElement(By.id("reportedPersons-0-name-error")).getText()).isEqualTo("Nama ASN terlapor wajib diisi.");
        assertThat(browser.findElement(By.id("incident-regionCode-error")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#problems a[href='#reporter-name']"))).hasSize(1);
        assertFocused("problems");
        assertGoodPage("id");
        // Enter in a field (a phone's "Go") sends the report as its button does: it adds no reported person.
        browser.findElement(By.id("reporter-name")).click();
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.id("reporter-name-error")).getText()).isEqualTo("Nama pelapor wajib diisi.");
        assertThat(browser.findElements(By.id("reportedPersons-1-name"))).isEmpty();

        // The election's two choices are read whole on the phone (a list cut "Pilkada (pemilihan kepala dae…").
        long window = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth")).longValue();
        for (WebElement choice : browser.findElements(By.cssSelector("#electionType-choice label"))) {
            org.openqa.selenium.Rectangle r = choice.getRect();
            assertThat((long) r.getX() + r.getWidth()).as(choice.getText()).isLessThanOrEqualTo(window);
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", choice)).longValue())
                    .as(choice.getText()).isLessThanOrEqualTo(0);
        }
        assertThat(browser.findElements(By.cssSelector("#electionType-choice label")))
                .extracting(WebElement::getText).containsExactly("Pemilu (pemilihan umum)", "Pilkada (pemilihan kepala daerah)");
        browser.findElement(By.id("electionType-PILKADA")).click();
        type("reporter-name", "Ahmad Fauzi Rahman");
        type("reporter-nik", "3604011505850003");
        type("reporter-address", "Jl. Raya Serang-Jakarta KM 5 No. 17, Ciruas");
        type("reportedPersons-0-name", "Budi Santoso");
        type("reportedPersons-0-nip", "19860926 201505 1 001");
        choose("reportedPersons-0-positionCategory", "CAMAT_LURAH");
        // The agency is typed too, by its name as people say it: no scrolling through some 550 agencies.
        type("reportedPersons-0-agencyCode", "Kab. Serang");
        // A second person, added without any script: the form comes back with one more row, the first kept.
        submit(By.cssSelector("button[value=addPerson]"));
        assertThat(browser.findElement(By.id("reportedPersons-0-name")).getAttribute("value")).isEqualTo("Budi Santoso");
        type("reportedPersons-1-name", "Rina Marlina");
        type("reportedPersons-1-agencyCode", "Pemerintah Kota Serang");
        date("incident-date", id.netra.platform.Today.date().minusDays(2));
        date("incident-knownOn", id.netra.platform.Today.date().minusDays(1));
        // The region is typed: the browser offers the regions whose names hold the text; the name is enough.
        type("incident-regionCode", "kabupaten serang");
        type("incident-place", "Kantor Kecamatan Ciruas");
        type("incident-description", "Camat dan lurah hadir dalam deklarasi dukungan kepada pasangan calon.");
        long before = jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
        submit(By.cssSelector("button.primary[value=submit]"));

        assertThat(browser.getCurrentUrl()).as("post, redirect, get").endsWith("/lapor/tanda-terima");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laporan Anda sudah diterima");
        String trackingNumber = browser.findElement(By.id("trackingNumber")).getText();
        String accessCode = browser.findElement(By.id("accessCode")).getText();
        assertThat(trackingNumber).startsWith("LPR-");
        assertThat(accessCode).isNotBlank();
        assertGoodPage("id");
        // A reload shows the same receipt and files nothing.
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("trackingNumber")).getText()).isEqualTo(trackingNumber);
        assertThat(browser.findElement(By.id("accessCode")).getText()).isEqualTo(accessCode);
        assertThat(jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT region_code FROM case_file WHERE tracking_number = :tn").param("tn", trackingNumber)
                .query(String.class).single()).isEqualTo("36.04");
        UUID caseId = jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :tn").param("tn", trackingNumber).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT name || ' ' || agency_code FROM case_person WHERE case_id = :c ORDER BY ordinal").param("c", caseId)
                .query(String.class).list()).containsExactly("Budi Santoso PEMDA-36.04", "Rina Marlina PEMDA-36.73");

        browser.get(url("/lapor/status"));
        assertGoodPage("id");
        type("trackingNumber", trackingNumber);
        type("accessCode", "SALAH-KODE");
        submit(By.cssSelector("button.primary"));
        assertThat(browser.findElement(By.id("accessCode-error")).getText()).isEqualTo("Nomor pelacakan atau kode akses tidak cocok.");
        assertFocused("problems");
        assertThat(browser.findElements(By.cssSelector("#problems a[href='#accessCode']"))).hasSize(1);
        type("accessCode", accessCode);
        submit(By.cssSelector("button.primary"));
        assertThat(browser.findElement(By.id("statusLabel")).getText()).isEqualTo("Diterima");
        Browser.screenshot(browser, "public-status");
        List<WebElement> history = browser.findElements(By.cssSelector(".history li"));
        assertThat(history).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("Budi Santoso", "Ahmad Fauzi");
        assertGoodPage("id");
    }

    @Test
    void theCitizenCompletesAReportFoundIncompleteAndThenWithdrawsIt() {
        id.netra.support.CaseDriver.Filed f = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW, java.util.Map.of(
                "formalRequirementsMet", false, "materialRequirementsMet", true, "missingItems", "Foto unggahan dan tautannya."));
        browser.get(url("/lapor/status?lang=id"));
        type("trackingNumber", f.trackingNumber());
        type("accessCode", f.accessCode());
        submit(By.cssSelector("button.primary"));
        assertThat(browser.findElement(By.id("statusLabel")).getText()).isEqualTo("Menunggu kelengkapan dari pelapor");
        assertThat(browser.getPageSource()).contains("Foto unggahan dan tautannya.");
        assertGoodPage("id");

        // Sent empty: the error stands next to the statement, nothing changes.
        submit(By.cssSelector("button[value=complete]"));
        assertThat(browser.findElement(By.id("statement-error")).getText()).isEqualTo("Uraian kelengkapan wajib diisi.");
        assertFocused("problems");
        assertThat(driver.status(f.caseId())).isEqualTo("AWAITING_COMPLETION");
        type("statement", "Tautan: https://contoh.id/unggahan/123 dan tangkapan layar terlampir.");
        submit(By.cssSelector("button[value=complete]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Kelengkapan laporan sudah diterima");
        assertThat(browser.findElement(By.id("statusLabel")).getText()).isEqualTo("Diterima");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
        assertGoodPage("id");

        // Not without the confirmation ticked: the error next to it, the reason kept as typed.
        type("reason", "Sudah diselesaikan secara kekeluargaan.");
        submit(By.cssSelector("button[value=withdraw]"));
        assertThat(browser.findElement(By.id("confirm-error")).getText())
                .isEqualTo("Centang pernyataan yakin untuk mencabut laporan; pencabutan tidak dapat dibatalkan.");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Sudah diselesaikan secara kekeluargaan.");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
        assertGoodPage("id");
        // Ticked with the keyboard, as a person without a mouse would.
        browser.findElement(By.id("confirm")).sendKeys(org.openqa.selenium.Keys.SPACE);
        assertThat(browser.findElement(By.id("confirm")).isSelected()).isTrue();
        submit(By.cssSelector("button[value=withdraw]"));
        assertThat(browser.findElement(By.id("statusLabel")).getText()).isEqualTo("Dicabut oleh pelapor");
        assertThat(browser.findElements(By.cssSelector("button[value=withdraw]"))).as("nothing left to withdraw").isEmpty();
        assertThat(driver.status(f.caseId())).isEqualTo("WITHDRAWN");
    }

    /** A colour as computed ({@code rgb(r, g, b)} or {@code rgba(r, g, b, a)}): its relative luminance (WCAG 2.1). */
    private static double luminance(String colour) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(colour);
        assertThat(m.find()).as(colour).isTrue();
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The focus indicator of the element the selector finds, focused: its ring's colour and width, the band between the
     * ring and the control (the box shadow's colour, or the background showing through the ring's offset), the
     * colour behind the element and the control's own edge (its border, or its background without one).
     */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, String> focusOf(String css) {
        return (java.util.Map<String, String>) ((JavascriptExecutor) browser).executeScript("""
                const e = document.querySelector(arguments[0]);
                e.focus();
                const s = getComputedStyle(e);
                let p = e.parentElement, behind = 'rgb(255, 255, 255)';
                for (; p; p = p.parentElement) {
                  const b = getComputedStyle(p).backgroundColor;
                  if (b !== 'rgba(0, 0, 0, 0)' && b !== 'transparent') { behind = b; break; }
                }
                const shadow = s.boxShadow === 'none' ? null : s.boxShadow.match(/rgba?\\([^)]*\\)/)[0];
                const bordered = parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none';
                const own = s.backgroundColor === 'rgba(0, 0, 0, 0)' ? behind : s.backgroundColor;
                return {focused: String(document.activeElement === e), style: s.outlineStyle, width: s.outlineWidth,
                        ring: s.outlineColor, band: shadow || behind, behind: behind, edge: bordered ? s.borderTopColor : own};""", css);
    }

    /**
     * A keyboard user sees where the focus is on every kind of control, on white and on the blue header: the ring
     * stands out at 3:1 or more (WCAG 2.1 AA, 1.4.11) against the page behind it, and what lies next to the control
     * (a band, or the ring itself) at 3:1 against the control's edge.
     */
    @Test
    void theFocusRingStandsOutAgainstThePageAndTheControl() {
        browser.get(url("/lapor?lang=id"));
        for (String css : java.util.List.of("#reporter-name", "#electionType", "#incident-description", "#incident-regionCode",
                "button.primary[value=submit]", "button[value=addPerson]", "header.site a[hreflang=en]", "a.skip")) {
            java.util.Map<String, String> f = focusOf(css);
            assertThat(f.get("focused")).as(css).isEqualTo("true");
            assertThat(f.get("style")).as(css).isEqualTo("solid");
            assertThat(Double.parseDouble(f.get("width").replace("px", ""))).as(css).isGreaterThanOrEqualTo(2.0);
            assertThat(contrast(f.get("ring"), f.get("behind"))).as(css + ": the ring against the page " + f).isGreaterThanOrEqualTo(3.0);
            assertThat(Math.max(contrast(f.get("band"), f.get("edge")), contrast(f.get("ring"), f.get("edge"))))
                    .as(css + ": the indicator against the control " + f).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(f.get("ring"), f.get("band"))).as(css + ": the ring against its band " + f).isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void theAccessibilityCheckFindsWhatItLooksFor() {
        // A page with an unlabelled input and an image without text: the check must say so, or it proves nothing.
        browser.get("data:text/html,<html lang=id><head><title>x</title></head><body><main><input type=text>"
                + "<img src=x.png></main></body></html>");
        assertThat(Browser.axeViolations(browser)).anySatisfy(v -> assertThat(v).startsWith("label"))
                .anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    @Test
    void theCitizenMaySwitchToEnglishAndBack() {
        browser.get(url("/lapor?lang=id"));
        browser.findElement(By.cssSelector("a[hreflang=en]")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Report a civil servant's breach of neutrality");
        assertGoodPage("en");
        // Sent with a wrong NIK and no description: every problem at once, in English, next to its field.
        type("reporter-nik", "1234");
        submit(By.cssSelector("button.primary[value=submit]"));
        assertThat(browser.findElement(By.id("reporter-name-error")).getText()).isEqualTo("The reporter's name is required.");
        assertThat(browser.findElement(By.id("reporter-nik-error")).getText()).isEqualTo("A NIK must be 16 digits.");
        assertThat(browser.findElement(By.id("incident-description-error")).getText()).isEqualTo("A description of the incident is required.");
        assertThat(browser.findElement(By.id("incident-description")).getAttribute("maxlength")).isEqualTo("20000");
        assertGoodPage("en");
        browser.get(url("/lapor/status"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is kept").isEqualTo("Report status");
        browser.get(url("/lapor?lang=id"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laporkan dugaan pelanggaran netralitas ASN");
    }
}
