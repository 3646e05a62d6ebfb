package id.netra.web;

import id.netra.support.Api;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer in a real headless Chromium searches by typing and clicking: a wrong NIP is said next to its field, a name
 * finds the cases of a family of civil servants a page at a time, and a result opens its case page — every page in
 * Indonesian, every key translated, no serious accessibility fault.
 */
class SearchPagesBrowserIT extends BrowserTest {

    /** A family name no other test uses, so that the search finds exactly these cases. */
    private static final String FAMILY = "Wiranatakusuma";
    private static final String[] GIVEN = {"Asep", "Dadang", "Euis", "Iwan", "Nining", "Ujang", "Yayat", "Cecep", "Entin",
            "Ade", "Dedeh", "Jajang", "Lilis", "Oman", "Rohman", "Tatang", "Yoyoh", "Engkos", "Imas", "Odah", "Ujeng"};
    private static final String[] POSITIONS = {"Camat Labuan", "Lurah Pagadungan", "Kepala Desa Cigondang", "Sekretaris Camat Carita",
            "Kepala Seksi Pemerintahan", "Guru SD Negeri 2 Labuan", "Penyuluh Pertanian"};

    @Override
    int windowWidth() {
        return 1280;
    }

    @Test
    void anOfficerSearchesByTypingPagesAndOpensACase() {
        browser.manage().deleteAllCookies();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GIVEN.length; i++) {
            String name = GIVEN[i] + " " + FAMILY;
            Map<String, Object> person = new LinkedHashMap<>(Map.of("name", name, "position", POSITIONS[i % POSITIONS.length],
                    "employmentType", "PNS", "agencyCode", "PEMDA-36.01"));
            Api.Response r = api.as("bawaslu.pandeglang").post("/api/v1/findings",
                    Reports.naming(Reports.finding("36.01", "PEMDA-36.01"), List.of(person)));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            names.add(name);
        }

        signIn("bawaslu.pandeglang", "netra-demo");
        submit(By.linkText("Cari perkara"));
        assertThat(browser.getCurrentUrl()).endsWith("/cari");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cari perkara");
        assertGoodPage();

        // A NIP of the wrong shape: said next to its field, the criteria kept.
        browser.findElement(By.id("nip")).sendKeys("1986 0926");
        submit(By.id("search-submit"));
        assertThat(browser.findElement(By.id("nip-error")).getText()).startsWith("NIP atau nomor induk PPPK terdiri dari 18 angka");
        assertThat(browser.findElement(By.id("nip")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("nip")).getAttribute("value")).isEqualTo("1986 0926");
        assertThat(browser.findElements(By.id("results"))).isEmpty();
        assertGoodPage();

        // A part of the name, typed in lower case, and the election type chosen.
        browser.findElement(By.id("nip")).clear();
        browser.findElement(By.id("name")).sendKeys("wiranata");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("electionType"))).selectByVisibleText("Pilkada (pemilihan kepala daerah)");
        submit(By.id("search-submit"));
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("21 perkara ditemukan.");
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).getText()).contains(names.get(20), "Pemerintah Kabupaten Pandeglang", "Diregistrasi", "Pilkada");
        assertThat(browser.findElements(By.id("previous"))).isEmpty();
        assertGoodPage();
        // Taller than the other pages' screenshots: the form and the first results together.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
        Browser.screenshot(browser, "search");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        submit(By.id("next"));
        assertThat(browser.findElement(By.cssSelector("#results caption")).getText()).endsWith("halaman 2 dari 2");
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).extracting(WebElement::getText)
                .singleElement().asString().contains(names.get(0));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).as("criteria kept").isEqualTo("wiranata");
        assertGoodPage();

        submit(By.id("previous"));
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(20);
        submit(By.cssSelector("#results tbody tr:first-child a.case-link"));
        assertThat(browser.getCurrentUrl()).contains("/perkara/");
        assertThat(browser.findElement(By.cssSelector(".person-card h3")).getText()).isEqualTo(names.get(20));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Diregistrasi");
        assertThat(browser.findElement(By.id("audit-trail")).getText()).contains("Perkara diregistrasi");
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Penanganan (klarifikasi, kajian, pleno)", "hari lagi");
        assertGoodPage();
        submit(By.id("signout"));
    }
}
