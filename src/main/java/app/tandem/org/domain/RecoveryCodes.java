package app.tandem.org.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Ten single-use recovery codes per user, stored only as password hashes (ADR 0015). */
@Component
public class RecoveryCodes {

    public static final int COUNT = 10;
    // no 0/o, 1/l/i: easy to read off a printout
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodeRepository codes;
    private final PasswordEncoder passwordEncoder;

    RecoveryCodes(RecoveryCodeRepository codes, PasswordEncoder passwordEncoder) {
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
    }

    /** Replaces the user's codes with new ones; the plain codes are returned once and never stored. */
    @Transactional
    public List<String> renew(long userId) {
        codes.deleteAllOfUser(userId);
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = randomCode();
            plain.add(code.substring(0, 5) + "-" + code.substring(5));
            codes.save(new RecoveryCode(userId, passwordEncoder.encode(code)));
        }
        return plain;
    }

    /** Uses one unused code up; false when it matches none (or another request used it first). */
    @Transactional
    public boolean use(long userId, String entered) {
        String normalized = entered.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (normalized.length() != 10) {
            return false;
        }
        for (RecoveryCode code : codes.findByUserId(userId)) {
            if (passwordEncoder.matches(normalized, code.getCodeHash())) {
                return codes.use(code.getId()) == 1;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public long remaining(long userId) {
        return codes.countByUserId(userId);
    }

    @Transactional
    public void removeAll(long userId) {
        codes.deleteAllOfUser(userId);
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
