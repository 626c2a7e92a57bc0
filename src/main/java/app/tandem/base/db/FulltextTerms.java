package app.tandem.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the user typed into a search, as a MariaDB FULLTEXT query {@code MATCH (...) AGAINST (? IN BOOLEAN MODE)}:
 * every word of 3+ letters or digits becomes a required prefix term ({@code +acme* +gmb*}), so a half-typed word
 * already matches and all words must. Anything else the user types (boolean operators {@code + - * " ( ) ~ < > @},
 * punctuation) only separates words, so it can never change the query. InnoDB does not index words shorter than
 * {@code innodb_ft_min_token_size} (3) nor its stopwords; such words are left out rather than required (a required
 * stopword would match nothing).
 */
public final class FulltextTerms {

    /** Input shorter than this (trimmed) is not searched; the UI asks for more. */
    public static final int MIN_LENGTH = 3;

    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD_LENGTH = 40;
    /** InnoDB's default stopword list (information_schema.INNODB_FT_DEFAULT_STOPWORD). */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private FulltextTerms() {
    }

    /** The boolean-mode query, or empty when no word is long enough to search for. */
    public static Optional<String> of(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_LENGTH && !STOPWORDS.contains(word) && terms.size() < MAX_WORDS) {
                String term = "+" + (word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word) + "*";
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }

    /** The text as a {@code like} pattern matching it anywhere ({@code %text%}, with {@code \} escaping). */
    public static String containsPattern(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether the text is long enough to be searched at all. */
    public static boolean searchable(@Nullable String text) {
        return text != null && text.strip().length() >= MIN_LENGTH;
    }
}
