package id.netra.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.NetraApplication;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.TestClock;
import id.netra.workflow.FlowNodes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's own job executor as Netra configures it (application.yml: {@code camunda.bpm.job-execution.*}, the
 * stock acquisition, an idle back-off of at most 10 s), not the tests' stand-in: a second application is started with
 * it on, on a database of its own on the embedded server, so that no other test's timers are there for it to fire.
 */
class StockJobExecutorIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    EmbeddedPostgres postgres;

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }

    /**
     * Two cases registered a day apart, both on days still ahead of the wall clock; the application's clock is then
     * put past the first's assessment deadline and before the second's. The executor fires the first by itself (a
     * moment the wall clock has not reached: it reads the application's clock) and leaves the second through further
     * acquisitions; put past the second's, it fires that one too (so it was left for its moment and nothing else).
     */
    @Test
    void theConfiguredJobExecutorFiresATimerDueByTheApplicationsClockAndLeavesOneNotYetDue() throws InterruptedException {
        String database = "jobs_" + UUID.randomUUID().toString().replace("-", "");
        owner.sql("CREATE DATABASE " + database).update();
        ConfigurableApplicationContext app = null;
        TestClock appClock = null;
        try {
            // Not the test profile (which turns the job executor off): application.yml as a deployment reads it, on an
            // external database of the application's own, with demo accounts to work the cases.
            // Command-line arguments, which override application.yml (the builder's properties would not).
            app = new SpringApplicationBuilder(NetraApplication.class, TestClock.Configuration.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("netra_app", database),
                    "--spring.datasource.username=netra_app",
                    "--spring.datasource.password=",
                    "--spring.flyway.url=" + postgres.getJdbcUrl("postgres", database),
                    "--spring.flyway.user=postgres",
                    "--spring.flyway.password=",
                    "--netra.demo-data=true",
                    "--logging.level.org.camunda=WARN");
            ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl)
                    app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
            assertThat(engine.getJobExecutor().isActive()).as("the configured job executor runs").isTrue();
            assertThat(engine.getJobExecutor().getMaxWait()).as("application.yml's max-wait").isEqualTo(10_000);
            appClock = app.getBean(TestClock.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);
            ManagementService management = app.getBean(ManagementService.class);
            CaseDriver cases = new CaseDriver(Api.anonymous(((WebServerApplicationContext) app).getWebServer().getPort()),
                    runtime, management, app.getBean(JdbcClient.class));

            LocalDate first = LocalDate.now(JAKARTA).plusDays(30);
            on(appClock, first);
            Filed due = cases.toRegistered(id.netra.support.Reports.knownOn(report("36.04", "PEMDA-36.04"), first.minusDays(1)));
            on(appClock, first.plusDays(1));
            Filed notYet = cases.toRegistered(id.netra.support.Reports.knownOn(report("36.04", "PEMDA-36.04"), first));
            Instant firstFires = assessmentTimer(runtime, management, due.caseId());
            Instant secondFires = assessmentTimer(runtime, management, notYet.caseId());
            assertThat(firstFires).as("neither due yet by the application's clock, nor by the wall clock")
                    .isAfter(appClock.instant()).isAfter(Instant.now().plus(java.time.Duration.ofDays(30)))
                    .isBefore(secondFires.minusSeconds(3600));

            appClock.set(firstFires.plusSeconds(60));
            await(() -> overdue(cases, due.caseId()));
            assertThat(overdue(cases, due.caseId())).as("the due timer fired by itself, by the application's clock").isTrue();
            assertThat(jobs(runtime, management, due.caseId())).isEmpty();
            Meter attempts = engine.getMetricsRegistry().getDbMeterByName(Metrics.JOB_ACQUISITION_ATTEMPT);
            long seen = attempts.get();
            await(() -> attempts.get() >= seen + 2);
            assertThat(attempts.get()).as("acquisitions after the first timer fired").isGreaterThanOrEqualTo(seen + 2);
            assertThat(overdue(cases, notYet.caseId())).as("the timer not yet due").isFalse();
            assertThat(assessmentTimer(runtime, management, notYet.caseId())).isEqualTo(secondFires);

            appClock.set(secondFires.plusSeconds(60));
            await(() -> overdue(cases, notYet.caseId()));
            assertThat(overdue(cases, notYet.caseId())).as("the second timer, once its moment came").isTrue();
        } finally {
            if (appClock != null) {
                appClock.reset();
            }
            if (app != null) {
                app.close();
            }
            owner.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
        }
    }

    /** The application's clock on {@code day}, at 10:00 in Jakarta (the engine's with it). */
    private static void on(TestClock clock, LocalDate day) {
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(JAKARTA).toInstant());
    }

    private static java.util.List<Job> jobs(RuntimeService runtime, ManagementService management, UUID caseId) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult().getId();
        return management.createJobQuery().processInstanceId(pi).timers().list();
    }

    private static Instant assessmentTimer(RuntimeService runtime, ManagementService management, UUID caseId) {
        for (Job job : jobs(runtime, management, caseId)) {
            if (management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                    .getActivityId().equals(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE)) {
                return job.getDuedate().toInstant();
            }
        }
        throw new AssertionError("no assessment timer on case " + caseId);
    }

    private static boolean overdue(CaseDriver cases, UUID caseId) {
        JsonNode view = cases.caseAs("bawaslu.serang", caseId);
        return view.path("assessment").path("overdue").asBoolean();
    }
}
