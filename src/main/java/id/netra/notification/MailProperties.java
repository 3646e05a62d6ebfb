package id.netra.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Notifications by e-mail ({@code netra.mail.*}; the mail server itself is Spring's {@code spring.mail.*}): the sender's
 * address, whether this node delivers (every {@code poll}), and the back-off while the server refuses or is down — the
 * first retry after {@code first-retry}, each next one twice as late up to {@code max-retry}, given up (FAILED) after
 * {@code max-attempts}.
 */
@ConfigurationProperties("netra.mail")
public record MailProperties(@DefaultValue("Netra <netra@localhost>") String from,
                             @DefaultValue("true") boolean deliver,
                             @DefaultValue("5s") Duration poll,
                             @DefaultValue("30s") Duration firstRetry,
                             @DefaultValue("1h") Duration maxRetry,
                             @DefaultValue("60") int maxAttempts) {

    public MailProperties {
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("netra.mail: first-retry must be positive, max-retry at least as long, max-attempts at least 1");
        }
    }

    /** The wait before the next attempt after {@code attempts} failed ones. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
