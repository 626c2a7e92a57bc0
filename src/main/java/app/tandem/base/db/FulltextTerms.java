package app.tandem.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the user typed into a search, as a MariaDB FULLTEXT query {@code MATCH (...) AGAINST (? IN BOOLEAN MODE)}:
 * every word of 3+ letters or digits becomes a required term, so all words must match. Words the user has finished
 * (followed by a space or punctuation) are exact terms; only the word still being typed (the last one, when the
 * text does not end with a separator) is a prefix term: {@code "Acme GmbH"} becomes {@code +acme +gmbh*}, and
 * {@code "Acme GmbH "} becomes {@code +acme +gmbh}. A half-typed word thus already matches, while a finished short
 * word such as {@code conn} or {@code and} does not expand into every longer indexed word that starts with it
 * (which made common words slow at a million rows, docs/search-benchmark.md). Anything else the user types
 * (boolean operators {@code + - * " ( ) ~ < > @}, punctuation) only separates words, so it can never change the
 * query. InnoDB does not index words shorter than {@code innodb_ft_min_token_size} (3) nor its stopwords; such
 * words are left out rather than required (a required stopword would match nothing). So is {@code and}: InnoDB's
 * stopword list (unlike MyISAM's) lacks it, yet it is in about half of all company names ("Beier, Greenholt and
 * Conn") and of the e-mails and deal names made from them, so requiring it narrows nothing and costs reading half
 * of the index (130-600 ms per kind at a million rows, docs/search-benchmark.md).
 */
public final class FulltextTerms {

    /** Input shorter than this (trimmed) is not searched; the UI asks for more. */
    public static final int MIN_LENGTH = 3;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ENDS_IN_A_WORD = Pattern.compile("[\\p{L}\\p{N}]$");
    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD_LENGTH = 40;
    /** InnoDB's default stopword list (information_schema.INNODB_FT_DEFAULT_STOPWORD), and "and". */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www",
            // not an InnoDB stopword, but in every other company name: too common to be worth requiring
            "and");

    private FulltextTerms() {
    }

    /** The boolean-mode query, or empty when no word is long enough to search for. */
    public static Optional<String> of(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean typing = ENDS_IN_A_WORD.matcher(lower).find();
        String[] words = SEPARATORS.split(lower);
        List<String> exact = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.length && terms.size() < MAX_WORDS; i++) {
            String word = words[i];
            if (word.length() < MIN_LENGTH || STOPWORDS.contains(word) || exact.contains(word)) {
                continue;
            }
            boolean cut = word.length() > MAX_WORD_LENGTH;
            boolean prefix = cut || (typing && i == words.length - 1);
            String term = "+" + (cut ? word.substring(0, MAX_WORD_LENGTH) : word) + (prefix ? "*" : "");
            if (!terms.contains(term)) {
                terms.add(term);
                if (!prefix) {
                    exact.add(word);
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
