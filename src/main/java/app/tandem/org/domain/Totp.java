package app.tandem.org.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** TOTP per RFC 6238 (SHA-1, 6 digits, 30 s) through java-otp; what every authenticator app understands. */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    /** Codes of one step before or after now are accepted (clock drift, typing time). */
    static final int ALLOWED_DRIFT_STEPS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret in Base32, as authenticator apps take it. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The time step whose code this is, within the allowed drift; empty for a wrong or malformed code. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the step that contains this instant (tests use it as the authenticator app). */
    public static String codeAt(String secret, Instant instant) {
        return codeAt(secret, instant.getEpochSecond() / STEP_SECONDS);
    }

    private static String codeAt(String secret, long step) {
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
        try {
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable TOTP secret", e);
        }
    }

    /** The otpauth URI of the QR code: {@code otpauth://totp/Tandem:<login>?secret=...&issuer=Tandem}. */
    public static String uri(String login, String secret) {
        String account = URLEncoder.encode(login, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/Tandem:" + account + "?secret=" + secret + "&issuer=Tandem&algorithm=SHA1&digits=6&period="
                + STEP_SECONDS;
    }
}
