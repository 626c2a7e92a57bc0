package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.performance.Direction;
import app.tandem.performance.KpiData;
import app.tandem.performance.KpiService;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator defines a manual KPI; a KPI without a name is not saved and the field says why. */
@WithTandemUser(roles = Role.ADMIN)
class KpisViewTest extends BrowserlessViewTest {

    @Autowired
    KpiService kpiService;

    @Test
    void an_admin_defines_a_lower_is_better_kpi_and_a_nameless_one_is_refused() {
        String name = "Scrap rate " + ThreadLocalRandom.current().nextInt(1_000_000);
        KpisView view = open("admin/kpis", KpisView.class);

        test(view.add).click();
        test($(Button.class).id("kpi-save")).click();

        assertThat($(TextField.class).id("kpi-name").isInvalid()).isTrue();

        test($(TextField.class).id("kpi-name")).setValue(name);
        test($(TextField.class).id("kpi-unit")).setValue("%");
        @SuppressWarnings("unchecked")
        Select<Direction> direction = $(Select.class).id("kpi-direction");
        test(direction).selectItem(view.getTranslation("perf.direction.LOWER_IS_BETTER"));
        test($(Button.class).id("kpi-save")).click();

        KpiData saved = kpiService.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(saved.active()).isTrue();
        assertThat(kpiService.active()).extracting(KpiData::name).contains(name);
    }
}
