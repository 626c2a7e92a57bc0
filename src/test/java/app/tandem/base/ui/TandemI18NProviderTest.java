package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.HistoryEntry;
import app.tandem.crm.AccountStatus;
import app.tandem.org.TeamKind;
import app.tandem.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have every text, and every key the code asks for exists. */
class TandemI18NProviderTest {

    static final Path MAIN_JAVA = Path.of("src/main/java");
    static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    static final Pattern TERNARY_KEYS = Pattern.compile(
            "getTranslation\\(\\s*[\\w.()!]+\\s*\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern DOMAIN_EXCEPTION_KEY = Pattern.compile("new DomainException\\(\\s*\"([^\"]+)\"");
    static final Pattern FAILURE_KEY = Pattern.compile("translate\\(ui,\\s*\"([^\"]+)\"");
    static final Pattern NAVIGATION_KEY = Pattern.compile("new NavigationEntry\\([^\"]*\"([^\"]+)\"");
    static final Pattern RUN_SUCCESS_KEY = Pattern.compile("\\brun\\(.*,\\s*\"([a-z][\\w.-]+)\"\\)");
    static final Pattern HISTORY_FIELD = Pattern.compile("fields\\.put\\(\"(\\w+)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    final Properties english = load("/messages.properties");
    final Properties german = load("/messages_de.properties");

    @Test
    void english_and_german_have_the_same_keys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());

        assertThat(onlyEnglish.isEmpty() && onlyGerman.isEmpty())
                .as("keys only in messages.properties: %s; keys only in messages_de.properties: %s",
                        onlyEnglish, onlyGerman)
                .isTrue();
    }

    @Test
    void no_text_is_blank() {
        assertThat(blankKeys(english)).as("blank texts in messages.properties").isEmpty();
        assertThat(blankKeys(german)).as("blank texts in messages_de.properties").isEmpty();
    }

    @Test
    void both_languages_use_the_same_parameters() {
        Set<String> differing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String de = german.getProperty(key);
            if (de != null && !placeholders(english.getProperty(key)).equals(placeholders(de))) {
                differing.add(key);
            }
        }
        assertThat(differing).as("texts whose {n} parameters differ between English and German").isEmpty();
    }

    @Test
    void apostrophes_in_texts_with_parameters_survive_formatting() {
        Set<String> broken = new TreeSet<>();
        for (Properties texts : new Properties[] {english, german}) {
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (!PLACEHOLDER.matcher(pattern).find()) {
                    continue;
                }
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"x", "x", "x", "x"});
                if (count(formatted, '\'') != count(pattern.replace("''", "'"), '\'')) {
                    broken.add(key + "=" + pattern);
                }
            }
        }
        assertThat(broken).as("write an apostrophe as '' in texts with parameters").isEmpty();
    }

    @Test
    void every_key_the_code_names_literally_exists() {
        Set<String> used = new TreeSet<>();
        for (String source : javaSources()) {
            collect(LITERAL_KEY, source, used);
            collect(TERNARY_KEYS, source, used);
            collect(DOMAIN_EXCEPTION_KEY, source, used);
            collect(FAILURE_KEY, source, used);
            collect(NAVIGATION_KEY, source, used);
            collect(RUN_SUCCESS_KEY, source, used);
        }
        used.removeIf(key -> key.endsWith("."));

        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50)
                .contains("app.name", "users.deactivated", "user.last-admin", "nav.users", "error.conflict");
        assertThat(missingIn(english, used)).as("keys used in code but missing in messages.properties").isEmpty();
    }

    @Test
    void every_key_built_from_a_prefix_exists() {
        Set<String> built = new TreeSet<>();
        Arrays.stream(Role.values()).forEach(r -> built.add("role." + r.name()));
        Arrays.stream(TeamKind.values()).forEach(k -> built.add("team.kind." + k.name()));
        Arrays.stream(HistoryEntry.Kind.values()).forEach(k -> built.add("history.kind." + k.name()));
        Stream.of("active", "inactive", "locked").forEach(s -> built.add("user.status." + s));
        Stream.of("active", "inactive", "all").forEach(s -> built.add("users.filter.status." + s));
        Arrays.stream(Module.values()).forEach(m -> {
            built.add(m.titleKey());
            built.add(m.descriptionKey());
        });
        historyFields("org/UserService.java").forEach(f -> built.add("user.field." + f));
        historyFields("org/TeamService.java").forEach(f -> built.add("team.field." + f));
        historyFields("crm/AccountService.java").forEach(f -> built.add("crm.account.field." + f));
        Arrays.stream(AccountStatus.values()).forEach(s -> built.add("crm.account.status." + s.name()));

        assertThat(built).contains("user.field.displayName", "team.field.supervisor");
        assertThat(missingIn(english, built)).as("keys built in code but missing in messages.properties").isEmpty();
    }

    @Test
    void the_provider_answers_in_german_or_english_and_marks_missing_keys() {
        TandemI18NProvider provider = new TandemI18NProvider();

        assertThat(provider.getTranslation("nav.logout", Locale.GERMANY)).isEqualTo(german.getProperty("nav.logout"));
        assertThat(provider.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo(english.getProperty("nav.logout"));
        assertThat(provider.getTranslation("home.welcome", Locale.ENGLISH, "Ada")).isEqualTo("Welcome, Ada");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
        assertThat(german.getProperty("nav.logout")).isNotEqualTo(english.getProperty("nav.logout"));
    }

    private static Set<String> missingIn(Properties texts, Set<String> keys) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(texts.stringPropertyNames());
        return missing;
    }

    private static Set<String> blankKeys(Properties texts) {
        Set<String> blank = new TreeSet<>();
        texts.stringPropertyNames().stream().filter(k -> texts.getProperty(k).isBlank()).forEach(blank::add);
        return blank;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                into.add(m.group(g));
            }
        }
    }

    private static Set<String> historyFields(String file) {
        Set<String> fields = new TreeSet<>();
        collect(HISTORY_FIELD, read(MAIN_JAVA.resolve("app/tandem").resolve(file)), fields);
        return fields;
    }

    private static List<String> javaSources() {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(TandemI18NProviderTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        try (InputStream in = TandemI18NProviderTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
