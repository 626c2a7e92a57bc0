package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.base.io.TabularFormat;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Exports to browsers that read slowly (the database pool has 10 connections): another user's list still opens
 * at once, because no export holds a connection while its file goes out.
 */
@TandemServiceTest
class SlowExportsTest {

    static final int EXPORTS = 11;

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accounts;

    @Test
    void eleven_slow_exports_at_once_leave_another_users_list_opening_within_two_seconds() throws Exception {
        TestOrg org = new TestOrg(userService, teamService);
        Person max = org.person("max", Role.MANAGER);
        Person mia = org.person("mia", Role.MANAGER);
        for (int i = 0; i < 20; i++) {
            String name = "Slow export " + i;
            max.run(() -> accounts.create(new AccountData(null, 0, name, null, null, null, null, null, null, null,
                    AccountStatus.PROSPECT, null, max.id())));
        }

        ExecutorService browsers = Executors.newFixedThreadPool(EXPORTS);
        try {
            List<Future<String>> exports = new ArrayList<>();
            for (int i = 0; i < EXPORTS; i++) {
                exports.add(browsers.submit(() -> max.run(this::exportToSlowBrowser)));
            }
            Thread.sleep(1500);

            long start = System.nanoTime();
            assertThat(mia.run(() -> accounts.list(AccountFilter.any(), PageRequest.of(0, 50)).getContent()))
                    .hasSizeGreaterThanOrEqualTo(20);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the list while 11 exports go out")
                    .isLessThan(Duration.ofSeconds(2));

            for (Future<String> export : exports) {
                assertThat(export.get(120, TimeUnit.SECONDS)).isIn("written", "told to wait");
            }
        } finally {
            browsers.shutdownNow();
        }
    }

    private String exportToSlowBrowser() {
        try {
            accounts.export(AccountFilter.any(), Sort.unsorted(), TabularFormat.CSV, new SlowBrowser(),
                    ZoneOffset.UTC, Locale.ENGLISH, key -> key);
            return "written";
        } catch (DomainException e) {
            assertThat(e.getMessageKey()).isEqualTo("export.busy");
            return "told to wait";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser on a slow line: the first bytes take five seconds to go out. */
    static final class SlowBrowser extends OutputStream {
        private boolean waited;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (!waited) {
                waited = true;
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
