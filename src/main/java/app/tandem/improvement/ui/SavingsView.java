package app.tandem.improvement.ui;

import app.tandem.base.ui.EChart;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.SavingsFigures;
import app.tandem.improvement.SavingsService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;

/**
 * The savings dashboard of a year: annualised hard and soft savings by team and by month, target vs forecast
 * vs actual, items by status, median cycle time from approval to completion, and participation this quarter.
 */
@Route("improvement/savings")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class SavingsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final SavingsService savingsService;
    private final String currencyCode;
    final Select<Integer> year = new Select<>();
    final Span target = kpi("savings-target");
    final Span forecast = kpi("savings-forecast");
    final Span actual = kpi("savings-actual");
    final Span cycle = kpi("savings-cycle");
    final Span participation = kpi("savings-participation");
    final EChart byTeam = new EChart();
    final EChart byMonth = new EChart();
    final EChart totals = new EChart();
    final EChart byStatus = new EChart();

    SavingsView(SavingsService savingsService, Clock clock,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currencyCode) {
        this.savingsService = savingsService;
        this.currencyCode = currencyCode;
        addClassName("savings-view");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("improvement.savings.year"));
        year.setId("savings-year");
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().toList().reversed());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        byTeam.setId("savings-by-team");
        byMonth.setId("savings-by-month");
        totals.setId("savings-totals");
        byStatus.setId("savings-by-status");
        HorizontalLayout kpis = new HorizontalLayout(card("improvement.savings.target", target),
                card("improvement.savings.forecast", forecast), card("improvement.savings.actual", actual),
                card("improvement.savings.cycle", cycle), card("improvement.savings.participation", participation));
        kpis.setWrap(true);
        Div charts = new Div(chart("improvement.savings.by-team", byTeam), chart("improvement.savings.by-month", byMonth),
                chart("improvement.savings.totals", totals), chart("improvement.savings.by-status", byStatus));
        charts.addClassName("savings-charts");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.improvement.savings")), year);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new Span(getTranslation("improvement.savings.note", currencyCode)), kpis, charts);
        refresh();
    }

    private static Span kpi(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("kpi-value");
        return value;
    }

    private Div card(String titleKey, Span value) {
        Div card = new Div(new Span(getTranslation(titleKey)), value);
        card.addClassNames("card-section", "kpi-card");
        return card;
    }

    private Div chart(String titleKey, EChart chart) {
        Div section = new Div(new H3(getTranslation(titleKey)), chart);
        section.addClassNames("card-section", "savings-chart");
        return section;
    }

    /** Opens on the year of {@code ?year=2025} when it is one of the year picker's, e.g. from the dashboard. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("year")
                .flatMap(y -> year.getListDataView().getItems().filter(v -> v.toString().equals(y)).findFirst())
                .ifPresent(year::setValue);
    }

    void refresh() {
        SavingsFigures f = savingsService.figures(year.getValue() == null ? LocalDate.now().getYear() : year.getValue());
        target.setText(money(f.target()));
        forecast.setText(money(f.forecast()));
        actual.setText(money(f.actual()));
        cycle.setText(f.medianCycleDays() == null ? "–"
                : getTranslation("improvement.savings.days", number(BigDecimal.valueOf(f.medianCycleDays()), 1)));
        participation.setText(getTranslation("improvement.savings.participation.value",
                number(BigDecimal.valueOf(f.participation() * 100), 0), f.participants(), f.activeUsers()));
        String hard = getTranslation("improvement.impact.hard");
        String soft = getTranslation("improvement.impact.soft");
        byTeam.setOption(stacked(EChart.barOption(f.byTeam().stream().map(s -> s.label().isEmpty()
                ? getTranslation("improvement.savings.no-team") : s.label()).toList(), List.of(
                        EChart.Series.bar(hard, f.byTeam().stream().map(SavingsFigures.Savings::hard).toList()),
                        EChart.Series.bar(soft, f.byTeam().stream().map(SavingsFigures.Savings::soft).toList())))));
        List<String> months = new ArrayList<>();
        List<BigDecimal> hardByMonth = new ArrayList<>();
        List<BigDecimal> softByMonth = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String label = Integer.toString(m);
            months.add(Month.of(m).getDisplayName(TextStyle.SHORT, getLocale()));
            var row = f.byMonth().stream().filter(s -> s.label().equals(label)).findFirst();
            hardByMonth.add(row.map(SavingsFigures.Savings::hard).orElse(BigDecimal.ZERO));
            softByMonth.add(row.map(SavingsFigures.Savings::soft).orElse(BigDecimal.ZERO));
        }
        byMonth.setOption(stacked(EChart.barOption(months, List.of(EChart.Series.bar(hard, hardByMonth),
                EChart.Series.bar(soft, softByMonth)))));
        totals.setOption(EChart.barOption(List.of(getTranslation("improvement.savings.target"),
                getTranslation("improvement.savings.forecast"), getTranslation("improvement.savings.actual")),
                List.of(EChart.Series.bar(currencyCode, List.of(f.target(), f.forecast(), f.actual())))));
        List<ItemStatus> statuses = List.of(ItemStatus.values());
        byStatus.setOption(EChart.barOption(statuses.stream()
                .map(s -> getTranslation("improvement.status." + s.name())).toList(), List.of(EChart.Series.bar(
                        getTranslation("improvement.savings.items"),
                        statuses.stream().map(s -> f.byStatus().getOrDefault(s, 0L)).toList()))));
    }

    private static tools.jackson.databind.node.ObjectNode stacked(tools.jackson.databind.node.ObjectNode option) {
        option.withArray("series").forEach(s -> ((tools.jackson.databind.node.ObjectNode) s).put("stack", "savings"));
        return option;
    }

    private String money(BigDecimal amount) {
        return number(amount, 0) + " " + currencyCode;
    }

    private String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals);
        return format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.improvement.savings") + " | " + getTranslation("app.name");
    }
}
