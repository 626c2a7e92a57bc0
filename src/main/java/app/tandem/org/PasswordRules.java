package app.tandem.org;

import app.tandem.base.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 5.0 level 2 (ADR 0009): 12 to 128 characters, not the username, not one
 * of the 30,000 most common passwords (zxcvbn 4.4.2's list, MIT licence, shipped as a resource). Every
 * password set through a screen or a service follows them; only the demo seeding bypasses them.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "/security/common-passwords.txt";

    private PasswordRules() {
    }

    /** Throws a {@link DomainException} naming the first rule the password breaks. */
    public static void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new DomainException("password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("password.too-long", MAX_LENGTH);
        }
        if (password.trim().equalsIgnoreCase(username.trim())) {
            throw new DomainException("password.equals-username");
        }
        if (Common.PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT))) {
            throw new DomainException("password.common");
        }
    }

    /** Loaded on first use only. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = Objects.requireNonNull(PasswordRules.class.getResourceAsStream(COMMON_LIST),
                    COMMON_LIST);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> passwords = new HashSet<>(40_000);
                reader.lines().map(String::trim).filter(l -> !l.isEmpty())
                        .forEach(l -> passwords.add(l.toLowerCase(Locale.ROOT)));
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
