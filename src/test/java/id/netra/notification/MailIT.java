package id.netra.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.netra.NetraApplication;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.Plenary;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.TaskArrived;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications by e-mail with a real SMTP server (GreenMail) and Netra started as its users start it, twice on one
 * database: the mail server down while a report is filed and registered — the messages wait, tried again with back-off —
 * and Netra restarted meanwhile; once the server is up, each message arrives once. Then the path: the examining agency's
 * desk, the approver's, the PPK's recommendation with its letter attached, the reminder and the deadline passed, and the
 * reporter told each change of status without the reported person's name.
 */
class MailIT {

    private final Path data = Path.of("target/mail-it", UUID.randomUUID().toString());
    private final int smtpPort = freePort();
    private GreenMail smtp;
    private ConfigurableApplicationContext netra;

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start() {
        // As arguments, which come before the test profile's settings.
        return new SpringApplicationBuilder(NetraApplication.class).profiles("test").run(
                "--server.port=0",
                "--netra.embedded-postgres.data-dir=" + data,
                "--netra.embedded-postgres.durable=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--netra.mail.deliver=true",
                "--netra.mail.poll=200ms",
                "--netra.mail.first-retry=1s",
                "--netra.mail.max-retry=2s");
    }

    @AfterEach
    void stop() {
        if (netra != null) {
            netra.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private JdbcClient jdbc() {
        return netra.getBean(JdbcClient.class);
    }

    private CaseDriver driver() {
        Api api = Api.anonymous(Integer.parseInt(netra.getEnvironment().getProperty("local.server.port")));
        return new CaseDriver(api, netra.getBean(RuntimeService.class), netra.getBean(ManagementService.class), jdbc());
    }

    private List<Map<String, Object>> rows(UUID caseId) {
        return jdbc().sql("SELECT event_key, recipient, status, attempts FROM mail_message WHERE case_id = :c ORDER BY id")
                .param("c", caseId).query().listOfRows();
    }

    private static String text(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return jakarta.mail.internet.MimeUtility.decodeText(m.getSubject()) + "\n" + body(m);
    }

    private static String body(Part p) throws Exception {
        Object content = p.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart mp) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                if (mp.getBodyPart(i).isMimeType("text/*") || mp.getBodyPart(i).isMimeType("multipart/*")) {
                    b.append(body(mp.getBodyPart(i)));
                }
            }
            return b.toString();
        }
        return "";
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void mailWaitsForADownServerAcrossARestartArrivesOnceAndFollowsThePath() throws Exception {
        // The mail server is down: a report is filed and registered.
        netra = start();
        Filed f = driver().fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver().complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> r = rows(f.caseId());
            return r.size() >= 2 && r.stream().allMatch(x -> "PENDING".equals(x.get("status")) && ((Number) x.get("attempts")).intValue() >= 2);
        });
        List<Map<String, Object>> waiting = rows(f.caseId());
        assertThat(waiting).extracting(x -> x.get("recipient")).contains("bawaslu.serang@netra.test", Reports.REPORTER_EMAIL);
        // Netra stops while they wait, and starts again once the server is up.
        netra.close();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        netra = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(f.caseId()).stream().allMatch(x -> "SENT".equals(x.get("status"))));
        assertThat(smtp.getReceivedMessages()).hasSize(waiting.size());
        assertThat(text(to("bawaslu.serang@netra.test").get(0))).contains("Kajian awal", f.trackingNumber(), "/tugas/");
        String registered = text(to(Reports.REPORTER_EMAIL).get(0));
        assertThat(registered).contains(f.trackingNumber(), "Diregistrasi").doesNotContain(Reports.CAMAT);

        // The same event handled again composes nothing: its message was composed once and is sent once.
        String key = (String) waiting.stream().filter(x -> x.get("recipient").equals("bawaslu.serang@netra.test")).findFirst()
                .orElseThrow().get("event_key");
        String taskId = key.split(":")[1];
        netra.getBean(Notifications.class).taskArrived(new TaskArrived(taskId, f.caseId(), null, FlowNodes.INITIAL_REVIEW,
                List.of("bawaslu-officer:36.04"), java.time.Instant.now()));
        netra.getBean(MailDelivery.class).deliverDue();
        assertThat(rows(f.caseId())).hasSize(waiting.size());
        assertThat(smtp.getReceivedMessages()).hasSize(waiting.size());

        // On along the path: the examining agency's desk, the approver's, the PPK's recommendation with its letter.
        CaseDriver driver = driver();
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        UUID person = driver.persons(f.caseId()).get(0);
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_REMINDER, person);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        await().atMost(Duration.ofSeconds(30)).until(() -> to("ppk.serang@netra.test").size() == 3
                && rows(f.caseId()).stream().allMatch(x -> "SENT".equals(x.get("status"))));
        assertThat(to("komisioner.serang@netra.test")).hasSize(1);
        assertThat(text(to("examiner@netra.test").get(0))).contains("Pemeriksaan");
        assertThat(to("examiner.approver@netra.test")).isNotEmpty();
        String recommendation = jdbc().sql("SELECT number FROM case_letter WHERE person_id = :p AND kind = 'RECOMMENDATION'")
                .param("p", person).query(String.class).single();
        MimeMessage recommended = to("ppk.serang@netra.test").stream().filter(m -> {
            try {
                return m.getSubject().contains("Rekomendasi " + recommendation);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        Multipart parts = (Multipart) recommended.getContent();
        Part pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertThat(pdf).as("the recommendation letter attached").isNotNull();
        byte[] attached = pdf.getInputStream().readAllBytes();
        assertThat(id.netra.support.LetterPdfs.text(attached)).contains(recommendation, Reports.CAMAT, "Yth. Bupati Serang");
        assertThat(id.netra.support.LetterPdfs.seal(attached).valid()).isTrue();
        List<String> ppkSubjects = new ArrayList<>();
        for (MimeMessage m : to("ppk.serang@netra.test")) {
            ppkSubjects.add(jakarta.mail.internet.MimeUtility.decodeText(m.getSubject()));
        }
        assertThat(ppkSubjects).anyMatch(s -> s.startsWith("[Netra] Pengingat")).anyMatch(s -> s.contains("terlewati"));
        // The reporter: each change of status, the tracking number and the status, never the reported person.
        List<MimeMessage> reporter = to(Reports.REPORTER_EMAIL);
        assertThat(reporter.size()).isGreaterThanOrEqualTo(4);
        for (MimeMessage m : reporter) {
            assertThat(text(m)).contains(f.trackingNumber()).doesNotContain(Reports.CAMAT, "198609262015051001", recommendation);
        }
        // Every message once: one Message-ID each, as many as composed.
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertThat(ids.add(m.getMessageID())).as("sent twice: " + m.getSubject()).isTrue();
        }
        assertThat(ids).hasSize(rows(f.caseId()).size());
    }
}
