package id.netra.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The statistics summaries (V37's materialised views) and their refresh: after any of Netra's domain events has
 * committed, at most once per {@code netra.statistics.refresh-interval} (one minute), and at least once per
 * {@code netra.statistics.max-age} (an hour: what another node changed, or a clock's passing); concurrently, so readers
 * keep the previous summaries meanwhile. The moment of the last refresh is every summarised table's cut-off.
 */
@Component
public class StatisticsSummaries {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSummaries.class);

    private final JdbcClient jdbc;
    private final Duration interval;
    private final Duration maxAge;
    private final AtomicBoolean changed = new AtomicBoolean(true);

    StatisticsSummaries(JdbcClient jdbc, @Value("${netra.statistics.refresh-interval:PT1M}") Duration interval,
                        @Value("${netra.statistics.max-age:PT1H}") Duration maxAge) {
        this.jdbc = jdbc;
        this.interval = interval;
        this.maxAge = maxAge;
    }

    /** When the summaries were last refreshed: the figures they hold stand at this moment. */
    public Instant refreshedAt() {
        return jdbc.sql("SELECT refreshed_at FROM stat_summary_state WHERE name = 'summaries'").query(java.sql.Timestamp.class)
                .single().toInstant();
    }

    /** Refreshes the summaries now; returns their new cut-off. */
    public Instant refresh() {
        changed.set(false);
        long start = System.nanoTime();
        Instant at = jdbc.sql("SELECT refresh_statistics_summaries()").query(java.sql.Timestamp.class).single().toInstant();
        log.debug("Statistics summaries refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
        return at;
    }

    /**
     * Any of Netra's own events may change a figure: noted once its transaction has committed (a refresh begun before
     * would not see it). A plain listener with a synchronisation, not a transactional one: those the publication
     * registry keeps, and this one hears every event.
     */
    @EventListener
    void on(Object event) {
        Object payload = event instanceof org.springframework.context.PayloadApplicationEvent<?> p ? p.getPayload() : event;
        if (!payload.getClass().getName().startsWith("id.netra.")) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed.set(true);
                }
            });
        } else {
            changed.set(true);
        }
    }

    @Scheduled(fixedDelayString = "${netra.statistics.refresh-check:PT10S}", initialDelayString = "${netra.statistics.refresh-check:PT10S}")
    void refreshWhenDue() {
        try {
            Duration age = Duration.between(refreshedAt(), id.netra.platform.Today.now());
            if ((changed.get() && age.compareTo(interval) >= 0) || age.compareTo(maxAge) >= 0) {
                refresh();
            }
        } catch (RuntimeException e) {
            // Said, and tried again at the next check: the tables keep the previous summaries meanwhile.
            log.warn("Statistics summaries not refreshed: {}", e.toString());
        }
    }
}
