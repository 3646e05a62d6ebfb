package id.netra.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Demo accounts, all with the password {@code netra-demo}: created only when demo data is enabled
 * ({@code netra.demo-data}; by default on with the embedded database and off with an external one).
 */
@Component
public class DemoAccounts {

    public static final String PASSWORD = "netra-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    public static final List<NetraUser> ACCOUNTS = List.of(
            new NetraUser("bawaslu.serang", "Staf Penanganan Pelanggaran Bawaslu Kabupaten Serang", Role.BAWASLU_OFFICER, "36.04", null),
            new NetraUser("komisioner.serang", "Anggota Bawaslu Kabupaten Serang", Role.BAWASLU_COMMISSIONER, "36.04", null),
            // A second commissioner: the plenary is never decided by the one who wrote the assessment.
            new NetraUser("ketua.serang", "Ketua Bawaslu Kabupaten Serang", Role.BAWASLU_COMMISSIONER, "36.04", null),
            new NetraUser("bawaslu.pandeglang", "Staf Penanganan Pelanggaran Bawaslu Kabupaten Pandeglang", Role.BAWASLU_OFFICER, "36.01", null),
            new NetraUser("komisioner.pandeglang", "Anggota Bawaslu Kabupaten Pandeglang", Role.BAWASLU_COMMISSIONER, "36.01", null),
            new NetraUser("bawaslu.banten", "Staf Bawaslu Provinsi Banten", Role.BAWASLU_OFFICER, "36", null),
            new NetraUser("bawaslu.ri", "Staf Bawaslu Republik Indonesia", Role.BAWASLU_OFFICER, "RI", null),
            new NetraUser("examiner", "Pemeriksa instansi pemeriksa", Role.EXAMINER, null, null),
            new NetraUser("examiner.approver", "Pejabat penyetuju rekomendasi", Role.EXAMINER_APPROVER, null, null),
            new NetraUser("ppk.serang", "Pengelola kepegawaian Pemerintah Kabupaten Serang", Role.PPK, null, "PEMDA-36.04"),
            new NetraUser("ppk.pandeglang", "Pengelola kepegawaian Pemerintah Kabupaten Pandeglang", Role.PPK, null, "PEMDA-36.01"),
            new NetraUser("ppk.kotaserang", "Pengelola kepegawaian Pemerintah Kota Serang", Role.PPK, null, "PEMDA-36.73"),
            new NetraUser("admin", "Administrator Netra", Role.ADMIN, null, null));

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final boolean enabled;

    public DemoAccounts(UserRepository users, PasswordEncoder encoder,
                        @Value("${netra.demo-data:}") String demoData,
                        @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.users = users;
        this.encoder = encoder;
        this.enabled = id.netra.platform.DemoData.enabled(demoData, datasourceUrl);
    }

    public boolean enabled() {
        return enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void create() {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (NetraUser user : ACCOUNTS) {
            if (!users.exists(user.username())) {
                users.create(user, encoder.encode(PASSWORD));
                created++;
            }
            // Each demo account's mail goes to the mailbox page (no mail server) or to the test server.
            users.setEmailIfNone(user.username(), user.username() + "@netra.test");
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password {})", created, PASSWORD);
        }
    }
}
