package app.tandem.notification;

import app.tandem.base.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mail server that accepts the connection and then never answers must not stop the mails after it: the
 * production timeouts ({@code spring.mail.properties.mail.smtp.*timeout}) end the hung attempt. A tiny SMTP
 * server on a local socket plays both the hung and the working server.
 */
@TandemServiceTest
class MailServerHangTest {

    static final SmtpServer smtp = SmtpServer.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("tandem.mail.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::port);
    }

    @AfterAll
    static void stop() throws IOException {
        smtp.close();
    }

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;

    @Test
    void a_mail_server_that_hangs_does_not_stop_a_later_mail() {
        TestOrg org = new TestOrg(userService, teamService);
        Person anna = org.person("anna", Role.STAFF);
        Person max = org.person("max", Role.MANAGER);
        anna.run(() -> notifications.choose(NotificationKind.ASSIGNED, true, true));

        smtp.hang.set(true);
        giveAccount(max, anna, "Hung Ltd");
        assertThat(within(Duration.ofSeconds(20), () -> smtp.connections.get() >= 1)).isTrue();
        smtp.hang.set(false);
        giveAccount(max, anna, "Delivered Ltd");

        assertThat(within(Duration.ofSeconds(60), () -> smtp.messages.stream()
                .anyMatch(m -> m.contains("Delivered Ltd")))).as("the later mail went out").isTrue();
    }

    private static boolean within(Duration limit, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private void giveAccount(Person from, Person to, String name) {
        from.run(() -> accounts.create(new AccountData(null, 0, name, null, null, null, null, null, null, null,
                AccountStatus.PROSPECT, null, to.id())));
    }

    /** Just enough SMTP to take a mail; while {@code hang} is set, it accepts and never says a word. */
    static final class SmtpServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicBoolean hang = new AtomicBoolean();
        final AtomicInteger connections = new AtomicInteger();
        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<Socket> held = new CopyOnWriteArrayList<>();

        private SmtpServer(ServerSocket socket) {
            this.socket = socket;
        }

        static SmtpServer start() {
            try {
                SmtpServer server = new SmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
                Thread.ofVirtual().start(server::accept);
                return server;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    if (hang.get()) {
                        held.add(client);
                    } else {
                        Thread.ofVirtual().start(() -> talk(client));
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void talk(Socket client) {
            try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
                say(out, "220 fake ESMTP");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
                    switch (command) {
                        case "DATA" -> {
                            say(out, "354 go on");
                            StringBuilder message = new StringBuilder();
                            for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                                message.append(data).append('\n');
                            }
                            messages.add(message.toString());
                            say(out, "250 queued");
                        }
                        case "QUIT" -> {
                            say(out, "221 bye");
                            return;
                        }
                        default -> say(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static void say(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            for (Socket client : held) {
                client.close();
            }
            socket.close();
        }
    }
}
