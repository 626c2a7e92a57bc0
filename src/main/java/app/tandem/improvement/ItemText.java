package app.tandem.improvement;

import app.tandem.base.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The text rules of the improvement services: required and optional texts, their length, LIKE patterns. */
final class ItemText {

    private ItemText() {
    }

    static String required(@Nullable String text, String key, int max) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            throw new DomainException(key);
        }
        if (clean.length() > max) {
            throw new DomainException("improvement.too-long", max);
        }
        return clean;
    }

    static @Nullable String optional(@Nullable String text) {
        String clean = blankToNull(text);
        if (clean != null && clean.length() > 10000) {
            throw new DomainException("improvement.too-long", 10000);
        }
        return clean;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Every word of 3+ letters or digits as a prefix term ("pall*"), so a half-typed word already matches. */
    static String fulltextTerms(@Nullable String text) {
        if (text == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && terms.size() < 12) {
                terms.add(word + "*");
            }
        }
        return String.join(" ", terms);
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
