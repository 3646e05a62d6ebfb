package id.netra.web;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer in a real headless Chromium: signs in with the form, reads who they are and their inbox (a case naming
 * two persons of two agencies shows both), signs out; a wrong password and a session ended by a change of the account
 * are explained on the sign-in page. Every page in Indonesian, every key translated, no serious accessibility fault.
 */
class OfficerPagesBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 1280;
    }

    /** Tabs forward until the focused element matches, at most {@code max} times; asserts each stop shows its focus. */
    private WebElement tabTo(String css, int max) {
        for (int i = 0; i < max; i++) {
            browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            String outline = focused.getCssValue("outline-style");
            assertThat(outline).as("a visible focus on " + focused.getTagName() + " " + focused.getAttribute("id")).isNotEqualTo("none");
            if (((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.activeElement.matches(arguments[0]);", css))) {
                return focused;
            }
        }
        throw new AssertionError("no " + css + " within " + max + " tabs");
    }

    @Test
    void anOfficerWorksATaskWithTheKeyboardAlone() {
        browser.manage().deleteAllCookies();
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        browser.get(url("/masuk?lang=id"));
        // The sign-in form has the focus as the page opens.
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        browser.switchTo().activeElement().sendKeys("bawaslu.serang");
        tabTo("#password", 2).sendKeys("netra-demo");
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("/kotak-masuk");

        browser.get(url("/kotak-masuk?sort=NEWEST"));
        tabTo("a.skip", 1);
        tabTo("tr[data-case='" + f.caseId() + "'] a.task-link", 60);
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kajian awal");
        tabTo("button[value=claim]", 30);
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("form.claim")).getText()).contains("bawaslu.serang");
        // Radio buttons: Tab into the group, Space to choose.
        tabTo("#formalRequirementsMet-true", 30).sendKeys(org.openqa.selenium.Keys.SPACE);
        tabTo("#materialRequirementsMet-true", 5).sendKeys(org.openqa.selenium.Keys.SPACE);
        tabTo("button[value=complete]", 10);
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Tugas sudah diselesaikan.");
        assertThat(driver.status(f.caseId())).isEqualTo("REGISTERED");
    }

    @Test
    void anOfficerSignsInReadsTheInboxAndSignsOut() {
        browser.manage().deleteAllCookies();
        Filed f = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));

        browser.get(url("/kotak-masuk"));
        assertThat(browser.getCurrentUrl()).endsWith("/masuk");
        assertGoodPage();

        signIn("bawaslu.serang", "salah-sekali");
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Nama akun atau kata sandi salah");

        signIn("bawaslu.serang", "netra-demo");
        assertThat(browser.getCurrentUrl()).endsWith("/kotak-masuk");
        assertThat(browser.findElement(By.id("me-name")).getText()).isEqualTo("Staf Penanganan Pelanggaran Bawaslu Kabupaten Serang");
        assertThat(browser.findElement(By.id("me-role")).getText()).isEqualTo("Staf Bawaslu");
        assertThat(browser.findElement(By.id("me-unit")).getText()).isEqualTo("Bawaslu Kabupaten Serang");
        assertThat(browser.findElement(By.id("me-unit")).getAttribute("title")).isEqualTo("36.04");
        // The newest first: an office with many tasks shows this one on the first page.
        browser.get(url("/kotak-masuk?sort=NEWEST"));
        WebElement row = browser.findElement(By.cssSelector("tr[data-case='" + f.caseId() + "']"));
        assertThat(row.getText()).contains("Kajian awal", "Budi Santoso (Pemerintah Kabupaten Serang)",
                "Rina Marlina (Pemerintah Kota Serang)", "Belum diregistrasi");
        assertThat(row.findElement(By.cssSelector("td.due")).getAttribute("class")).containsAnyOf("ontime", "soon");
        assertGoodPage();
        Browser.screenshot(browser, "inbox");

        // The case, from its row: both persons, the status, every page as good as the others.
        submit(By.cssSelector("tr[data-case='" + f.caseId() + "'] a.case-link"));
        assertThat(browser.getCurrentUrl()).endsWith("/perkara/" + f.caseId());
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Diterima");
        assertThat(browser.findElements(By.cssSelector(".person-card h3"))).extracting(WebElement::getText)
                .containsExactly("Budi Santoso", "Rina Marlina");
        assertThat(browser.getPageSource()).contains(Reports.REPORTER_NAME.split(" ")[0]);
        assertGoodPage();

        submit(By.id("signout"));
        assertThat(browser.getCurrentUrl()).endsWith("/masuk?keluar");
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Anda sudah keluar.");
        browser.get(url("/kotak-masuk"));
        assertThat(browser.getCurrentUrl()).as("signed out means signed out").contains("/masuk");
    }

    @Test
    void eachPpkReadsTheCaseThroughItsOwnPersonOnly() {
        browser.manage().deleteAllCookies();
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        List<UUID> persons = driver.persons(f.caseId());
        for (UUID person : persons) {
            driver.complete("examiner", f.caseId(), id.netra.workflow.FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
            driver.complete("examiner.approver", f.caseId(), id.netra.workflow.FlowNodes.RECOMMENDATION_APPROVAL, person,
                    Map.of("approved", true));
        }
        signIn("ppk.kotaserang", "netra-demo");
        browser.get(url("/perkara/" + f.caseId()));
        assertThat(browser.findElements(By.cssSelector(".person-card h3"))).extracting(WebElement::getText)
                .containsExactly("Rina Marlina");
        assertThat(browser.getPageSource()).doesNotContain("Budi Santoso", Reports.REPORTER_NAME, Reports.REPORTER_NIK);
        assertThat(browser.findElement(By.id("letters")).getText()).contains("R-");
        assertGoodPage();
        Browser.screenshot(browser, "case");
        submit(By.id("signout"));

        signIn("ppk.pandeglang", "netra-demo");
        browser.get(url("/perkara/" + f.caseId()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tidak ditemukan");
        assertThat(browser.getPageSource()).doesNotContain("Rina", "Budi");
        assertGoodPage();
        submit(By.id("signout"));
    }

    @Test
    void aSessionEndedByAChangeOfTheAccountIsExplained() {
        browser.manage().deleteAllCookies();
        String name = "petugas.ui" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api.as("admin").post("/api/v1/admin/users", new HashMap<>(Map.of("username", name,
                "displayName", "Petugas Uji Halaman", "role", "BAWASLU_OFFICER", "office", "36.04", "password", "Sandi-Uji-Halaman-2026")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        signIn(name, "Sandi-Uji-Halaman-2026");
        assertThat(browser.findElement(By.id("me-name")).getText()).isEqualTo("Petugas Uji Halaman");

        assertThat(api.as("admin").post("/api/v1/admin/users/" + name + "/password", Map.of("password", "Sandi-Baru-Halaman-2026"))
                .status()).isEqualTo(204);
        browser.get(url("/kotak-masuk"));
        assertThat(browser.getCurrentUrl()).endsWith("/masuk?berakhir");
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Sesi Anda telah berakhir");
        List<WebElement> who = browser.findElements(By.id("me-name"));
        assertThat(who).isEmpty();
    }
}
