package app.tandem.search.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.ChromiumIT;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The header's search in a real, headless Chromium with the demo data: Ctrl+K, type, Arrow Down, Enter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
class GlobalSearchIT extends ChromiumIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ctrl_k_opens_the_search_and_arrow_down_and_enter_open_a_demo_account() {
        String name = jdbc.queryForObject("select name from account order by id limit 1", String.class);
        String part = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4).findFirst()
                .orElseThrow();
        part = part.substring(0, part.length() - 1);
        try (BrowserContext context = context()) {
            Page page = login(context, "manager");
            assertThat(page.locator("#global-search-open")).isVisible();

            page.keyboard().press("Control+k");
            Locator field = page.locator("#global-search-field input");
            assertThat(field).isFocused();
            page.keyboard().type(part, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(30));
            assertThat(page.locator("#global-search-heading-account")).isVisible();
            assertThat(page.locator(".global-search-hit.selected")).hasCount(1);
            String first = page.locator(".global-search-hit.selected").getAttribute("id");

            page.keyboard().press("ArrowDown");
            Locator selected = page.locator(".global-search-hit.selected");
            int hits = page.locator(".global-search-hit").count();
            if (hits > 1) {
                assertThat(selected).not().hasId(first);
            }
            String url = selected.getAttribute("data-url");
            assertThat(url).isNotBlank();
            page.keyboard().press("Enter");

            page.waitForURL(Pattern.compile(".*/" + Pattern.quote(url) + "$"));
            assertThat(page.locator("#global-search-dialog")).not().isVisible();
        }
    }
}
