package app.tandem.base.ops;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Long work a user started that is running in this JVM right now (imports, exports), published as the gauge
 * {@code tandem.work.running} with the tag {@code kind}: a node busy with a large import shows it.
 */
public enum RunningWork {
    IMPORT, EXPORT;

    private final AtomicInteger running = new AtomicInteger();

    /** Counts the work as running until the returned handle is closed (once). */
    public Running begin() {
        running.incrementAndGet();
        return new Running(this);
    }

    public int running() {
        return running.get();
    }

    /** One piece of work; closing it again does nothing. */
    public static final class Running implements AutoCloseable {

        private final RunningWork kind;
        private final AtomicInteger open = new AtomicInteger(1);

        private Running(RunningWork kind) {
            this.kind = kind;
        }

        @Override
        public void close() {
            if (open.getAndSet(0) == 1) {
                kind.running.decrementAndGet();
            }
        }
    }
}
