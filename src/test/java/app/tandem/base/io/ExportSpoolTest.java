package app.tandem.base.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@TandemServiceTest
class ExportSpoolTest {

    @Autowired
    ExportSpool spool;

    @Test
    void the_file_is_written_inside_a_read_only_transaction_and_sent_after_it() throws Exception {
        ByteArrayOutputStream browser = new ByteArrayOutputStream();
        List<Boolean> inTransaction = new ArrayList<>();

        spool.export(browser, out -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive()
                    && TransactionSynchronizationManager.isCurrentTransactionReadOnly());
            out.write("Name\nAda\n".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(inTransaction).containsExactly(true);
        assertThat(browser.toString(StandardCharsets.UTF_8)).isEqualTo("Name\nAda\n");
    }

    @Test
    void with_four_exports_being_written_the_fifth_user_is_told_to_wait_and_later_gets_the_file() throws Exception {
        CountDownLatch written = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService users = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(users.submit(() -> {
                    spool.export(new ByteArrayOutputStream(), out -> {
                        written.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    return null;
                }));
            }
            assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> spool.export(new ByteArrayOutputStream(), out -> out.write(1)))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("export.busy");
                        assertThat(e.getArguments()).containsExactly(4);
                    });

            release.countDown();
            for (Future<?> export : running) {
                export.get(60, TimeUnit.SECONDS);
            }
            ByteArrayOutputStream later = new ByteArrayOutputStream();
            spool.export(later, out -> out.write('x'));
            assertThat(later.toByteArray()).containsExactly('x');
        } finally {
            release.countDown();
            users.shutdownNow();
        }
    }
}
