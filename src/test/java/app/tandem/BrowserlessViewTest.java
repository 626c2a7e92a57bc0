package app.tandem;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.Set;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the browserless view tests: one Spring context for all of them (so the context cache reuses it)
 * and route discovery limited to our packages (a classpath scan costs ~25 s).
 */
@SpringBootTest
@Import(TestClockConfig.class)
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("app.tandem");
    }

    /**
     * Opens the address like a browser: navigates and then completes the round trip, so that what a
     * component attaches before the response (e.g. a TabSheet's selected content) is there.
     */
    protected <T extends Component> T open(String location, Class<T> view) {
        T opened = navigate(location, view);
        roundTrip();
        return opened;
    }
}
