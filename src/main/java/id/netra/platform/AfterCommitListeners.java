package id.netra.platform;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.concurrent.Executor;

/**
 * The threads after-commit listeners ({@code @ApplicationModuleListener}) run on: their own small pool, so that a slow
 * listener neither holds the request that published the event nor takes the engine's job executor threads. A listener
 * that fails leaves its publication incomplete in {@code event_publication}; it is published again at the next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
public class AfterCommitListeners implements AsyncConfigurer {

    private final ThreadPoolTaskExecutor executor = executor();

    private static ThreadPoolTaskExecutor executor() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("domain-event-");
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        // Queued, not refused: a refused task would leave its publication for the next start only.
        pool.setQueueCapacity(Integer.MAX_VALUE);
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        pool.initialize();
        return pool;
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return new SimpleAsyncUncaughtExceptionHandler();
    }
}
