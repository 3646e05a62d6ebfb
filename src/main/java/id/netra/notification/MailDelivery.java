package id.netra.notification;

import id.netra.platform.Today;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers the messages due, one at a time, each in a transaction that holds its row (so another node skips it) from
 * before it is sent until it is marked sent: a message is sent once. Its Message-ID is its row's, the same at every
 * attempt ({@code <netra-mail-<id>@<public host>>}), so that a receiving server can tell a repeat (were Netra to stop between the server's acceptance and the
 * mark). A server that refuses or is down: tried again later, each wait twice the last ({@link MailProperties}). With no
 * mail server configured ({@code spring.mail.host} blank) a message is KEPT for the administrator's mailbox page.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** How long a message waits for its letter's document (made after commit, moments later) before it is tried again. */
    private static final Duration LETTER_WAIT = Duration.ofSeconds(5);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    /** The right-hand side of each Message-ID: Netra's public host name. */
    private final String domain;

    MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, MailProperties properties,
                 org.springframework.transaction.PlatformTransactionManager transactions, JdbcClient jdbc,
                 id.netra.letter.LetterProperties letters) {
        this.domain = letters.publicUrl().getHost();
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${netra.mail.poll:5s}", initialDelayString = "${netra.mail.poll:5s}")
    void scheduled() {
        if (properties.deliver()) {
            deliverDue();
        }
    }

    /** Delivers every message due now; the number handled (sent, kept, failed or deferred). */
    int deliverDue() {
        int handled = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> deliverNext()))) {
            handled++;
        }
        return handled;
    }

    private boolean deliverNext() {
        Optional<MailOutbox.Message> due = outbox.nextDue();
        if (due.isEmpty()) {
            return false;
        }
        MailOutbox.Message m = due.get();
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            outbox.sent(m.id(), "KEPT");
            return true;
        }
        Optional<Attachment> letter = Optional.empty();
        if (m.letterId() != null) {
            letter = jdbc.sql("""
                            SELECT l.number, d.pdf FROM letter_document d JOIN case_letter l ON l.id = d.letter_id WHERE d.letter_id = :id""")
                    .param("id", m.letterId()).query((rs, n) -> new Attachment(rs.getString(1), rs.getBytes(2))).optional();
            if (letter.isEmpty()) {
                outbox.deferred(m.id(), Today.now().plus(LETTER_WAIT));
                return true;
            }
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, letter.isPresent(), "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(m.recipient());
            helper.setSubject(m.subject());
            helper.setText(m.body(), false);
            if (letter.isPresent()) {
                helper.addAttachment("surat-" + letter.get().number().replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf",
                        new ByteArrayResource(letter.get().pdf()), "application/pdf");
            }
            message.setHeader("Message-ID", "<netra-mail-" + m.id() + "@" + domain + ">");
            mail.send(message);
            outbox.sent(m.id(), "SENT");
        } catch (MessagingException | RuntimeException e) {
            // MailException among them: refused, unreachable, timed out.
            int attempts = m.attempts() + 1;
            Instant next = attempts >= properties.maxAttempts() ? null : Today.now().plus(properties.retryAfter(attempts));
            outbox.failed(m.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), next);
            log.warn("Mail {} to its recipient not delivered (attempt {}): {}{}", m.id(), attempts, e.getMessage(),
                    next == null ? "; given up" : "; next at " + next);
        }
        return true;
    }

    private record Attachment(String number, byte[] pdf) {
    }
}
