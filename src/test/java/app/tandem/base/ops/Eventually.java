package app.tandem.base.ops;

import java.time.Duration;

/** Repeats a check until it passes or the time is up; then its last failure is thrown. */
final class Eventually {

    interface Check {
        void run() throws Exception;
    }

    private Eventually() {
    }

    static void within(Duration limit, Check check) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
