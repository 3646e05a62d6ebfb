package id.netra.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator in a real headless Chromium, keyboard-free but click by click: signs in, adds an account, adds a
 * holiday and imports a CSV file of holidays through the file input; the new account then signs in. Every
 * administration page in Indonesian, every key translated, no serious accessibility fault.
 */
class AdminPagesBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 1280;
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void theAdministratorAddsAnAccountAndHolidaysAndTheNewAccountSignsIn() throws Exception {
        signIn("admin", "netra-demo");
        submit(By.cssSelector("header nav a[href='/admin']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administrasi");
        assertThat(browser.findElements(By.id("me-unit"))).as("an administrator acts for no office or agency").isEmpty();
        assertGoodPage();

        // Accounts: a mistake first, shown next to its field and kept; then the account.
        submit(By.id("section-accounts"));
        assertGoodPage();
        String name = "petugas.klik" + UUID.randomUUID().toString().substring(0, 6);
        type("username", name);
        type("displayName", "Petugas Uji Klik");
        new Select(browser.findElement(By.id("role"))).selectByValue("BAWASLU_OFFICER");
        new Select(browser.findElement(By.id("office"))).selectByValue("36.04");
        type("password", "pendek");
        submit(By.id("create"));
        assertThat(browser.findElement(By.id("password-error")).getText()).contains("12 karakter");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("password")).getAttribute("aria-describedby")).contains("password-error");
        assertGoodPage();
        type("password", "Klik-Serang-2026");
        submit(By.id("create"));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Akun " + name + " sudah dibuat.");
        assertThat(browser.findElement(By.cssSelector("tr[data-account='" + name + "']")).getText())
                .contains("Petugas Uji Klik", "Staf Bawaslu", "Bawaslu 36.04", "Aktif");
        assertGoodPage();
        Browser.screenshot(browser, "admin-accounts");

        submit(By.cssSelector("tr[data-account='" + name + "'] a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Akun " + name);
        assertGoodPage();

        // Holidays: one added by hand, then a file imported through the file input.
        browser.get(url("/admin/hari-libur?tahun=2098"));
        assertGoodPage();
        // A date input: set as its picker would (typing depends on the browser's locale).
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("day")), "2098-08-17");
        type("name", "Hari Kemerdekaan Uji");
        submit(By.id("add"));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Hari libur 17 Agustus 2098 sudah disimpan.");
        assertThat(browser.findElement(By.cssSelector("tr[data-day='2098-08-17']")).getText()).contains("Hari Kemerdekaan Uji");

        Path bad = Files.createTempFile("libur-salah", ".csv");
        Path good = Files.createTempFile("libur", ".csv");
        try {
            Files.writeString(bad, "date,name\n2098-12-25,Hari Raya Natal\n2098-12-32,Tanggal Salah\n", StandardCharsets.UTF_8);
            browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            submit(By.id("import"));
            assertThat(browser.findElement(By.id("file-error")).getText()).contains("Baris 3: Tanggal tidak ada: 2098-12-32");
            assertFocused("file-error");
            assertThat(browser.findElements(By.cssSelector("tr[data-day='2098-12-25']"))).as("refused whole").isEmpty();
            assertGoodPage();

            Files.writeString(good, "date,name\n2098-12-24,Cuti Bersama Natal\n2098-12-25,Hari Raya Natal\n", StandardCharsets.UTF_8);
            browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            submit(By.id("import"));
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("2 hari libur sudah diimpor.");
            assertThat(browser.findElements(By.cssSelector("#holidays tbody tr"))).hasSize(3);
            assertGoodPage();

            // Deleting asks first, then deletes.
            submit(By.cssSelector("tr[data-day='2098-12-24'] button"));
            assertThat(browser.findElement(By.id("confirm-heading")).getText()).contains("24 Desember 2098", "Cuti Bersama Natal");
            assertThat(browser.findElements(By.cssSelector("#holidays tbody tr"))).hasSize(3);
            assertGoodPage();
            submit(By.id("confirm-delete-yes"));
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Hari libur 24 Desember 2098 sudah dihapus.");
            assertThat(browser.findElements(By.cssSelector("#holidays tbody tr"))).hasSize(2);
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }

        // The other sections, each as good as the rest.
        for (String path : new String[]{"/admin/aturan", "/admin/aturan/PEMILU", "/admin/kantor", "/admin/kantor/36.04",
                "/admin/instansi", "/admin/instansi/PEMDA-36.04", "/admin/wilayah"}) {
            browser.get(url(path));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
            assertGoodPage();
        }
        browser.get(url("/admin/aturan/PEMILU"));
        type("ppkReminderWorkingDays", "tiga");
        submit(By.id("save"));
        assertThat(browser.findElement(By.id("ppkReminderWorkingDays-error")).getText()).startsWith("Harus bilangan bulat");
        // The keyboard starts at the summary, which names the field and leads to it.
        assertFocused("error-summary");
        browser.findElement(By.cssSelector("#error-summary a[href='#ppkReminderWorkingDays']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("ppkReminderWorkingDays");
        assertGoodPage();

        // The new account signs in and works; it has no way into the administration.
        submit(By.id("signout"));
        signIn(name, "Klik-Serang-2026");
        assertThat(browser.getCurrentUrl()).endsWith("/kotak-masuk");
        assertThat(browser.findElement(By.id("me-name")).getText()).isEqualTo("Petugas Uji Klik");
        assertThat(browser.findElements(By.cssSelector("header nav a[href='/admin']"))).isEmpty();
        browser.get(url("/admin"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ditolak");
        assertGoodPage();
    }
}
