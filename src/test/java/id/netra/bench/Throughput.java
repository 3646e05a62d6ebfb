package id.netra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a unit of work on N threads for a warm-up and then a measured window; counts what finished in the window. */
final class Throughput {

    record Result(int workers, long units, long subUnits, double seconds, Latencies latencies) {
        double perSecond() {
            return units / seconds;
        }

        double subPerSecond() {
            return subUnits / seconds;
        }
    }

    /** One unit of work; returns how many sub-units (task completions, rows...) it did. */
    interface Work {
        int run(int sequence) throws Exception;
    }

    static Result run(int workers, Duration warmup, Duration window, AtomicInteger sequence, Work work) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong units = new AtomicLong();
        AtomicLong subUnits = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Latencies latencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get() && failure.get() == null) {
                    long start = System.nanoTime();
                    boolean counted = measuring.get();
                    try {
                        int sub = work.run(sequence.incrementAndGet());
                        long took = System.nanoTime() - start;
                        if (counted && measuring.get()) {
                            units.incrementAndGet();
                            subUnits.addAndGet(sub);
                            latencies.add(took);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "bench-worker-" + i);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(window.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - begin) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a worker failed", failure.get());
        }
        return new Result(workers, units.get(), subUnits.get(), seconds, latencies);
    }
}
