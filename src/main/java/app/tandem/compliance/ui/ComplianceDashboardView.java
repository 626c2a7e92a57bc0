package app.tandem.compliance.ui;

import app.tandem.base.DomainException;
import app.tandem.base.ui.EChart;
import app.tandem.compliance.ComplianceDashboardService;
import app.tandem.compliance.ComplianceFigures;
import app.tandem.compliance.ComplianceFigures.AgeBucket;
import app.tandem.compliance.ComplianceFigures.Rate;
import app.tandem.compliance.Severity;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compliance dashboard of a period: completion and on-time rates by team and by category, the score trend of
 * the last 12 months, overdue and missed runs, open findings by severity and age (officers and administrators)
 * and expiring evidence.
 */
@Route("compliance/dashboard")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR})
class ComplianceDashboardView extends Div implements HasDynamicTitle {

    /** The periods to pick from; CUSTOM uses the from and to dates as they are. */
    enum Period {
        MONTH, QUARTER, YEAR, CUSTOM
    }

    private final ComplianceDashboardService service;
    private final Clock clock;
    final Select<Period> period = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span completion = kpi("compliance-dashboard-completion");
    final Span onTime = kpi("compliance-dashboard-on-time");
    final Span overdue = kpi("compliance-dashboard-overdue");
    final Span missed = kpi("compliance-dashboard-missed");
    final Span openFindings = kpi("compliance-dashboard-open-findings");
    final Span expiring = kpi("compliance-dashboard-expiring");
    final Span expired = kpi("compliance-dashboard-expired");
    final EChart byTeam = new EChart();
    final EChart byCategory = new EChart();
    final EChart scoreTrend = new EChart();
    final EChart bySeverity = new EChart();
    final EChart byAge = new EChart();
    final UnorderedList expiringList = new UnorderedList();
    private final Div findingsCard;
    private final Div severitySection;
    private final Div ageSection;
    private final Span noRunsTeam = empty("compliance-dashboard-no-runs-team");
    private final Span noRunsCategory = empty("compliance-dashboard-no-runs-category");
    private final Span noScores = empty("compliance-dashboard-no-scores");
    private final Span noEvidence = empty("compliance-dashboard-no-evidence");
    private boolean settingDates;

    ComplianceDashboardView(ComplianceDashboardService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassNames("savings-view", "compliance-dashboard");
        period.setLabel(getTranslation("compliance.dashboard.period"));
        period.setId("compliance-dashboard-period");
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("compliance.dashboard.period." + p.name()));
        from.setLabel(getTranslation("compliance.dashboard.from"));
        from.setId("compliance-dashboard-from");
        to.setLabel(getTranslation("compliance.dashboard.to"));
        to.setId("compliance-dashboard-to");
        byTeam.setId("compliance-dashboard-by-team");
        byCategory.setId("compliance-dashboard-by-category");
        scoreTrend.setId("compliance-dashboard-score-trend");
        bySeverity.setId("compliance-dashboard-by-severity");
        byAge.setId("compliance-dashboard-by-age");
        expiringList.setId("compliance-dashboard-expiring-list");
        noRunsTeam.setText(getTranslation("compliance.dashboard.no-runs"));
        noRunsCategory.setText(getTranslation("compliance.dashboard.no-runs"));
        noScores.setText(getTranslation("compliance.dashboard.no-scores"));
        noEvidence.setText(getTranslation("compliance.dashboard.no-evidence"));

        findingsCard = card("compliance.dashboard.open-findings", openFindings);
        HorizontalLayout kpis = new HorizontalLayout(card("compliance.dashboard.completion", completion),
                card("compliance.dashboard.on-time", onTime), card("compliance.dashboard.overdue", overdue),
                card("compliance.dashboard.missed", missed), findingsCard,
                card("compliance.dashboard.expiring", expiring), card("compliance.dashboard.expired", expired));
        kpis.setWrap(true);
        severitySection = chart("compliance.dashboard.by-severity", bySeverity);
        ageSection = chart("compliance.dashboard.by-age", byAge);
        Div evidenceSection = new Div(new H3(getTranslation("compliance.dashboard.expiring-list")), noEvidence,
                expiringList);
        evidenceSection.addClassNames("card-section", "savings-chart");
        Div charts = new Div(chart("compliance.dashboard.by-team", byTeam, noRunsTeam),
                chart("compliance.dashboard.by-category", byCategory, noRunsCategory),
                chart("compliance.dashboard.score-trend", scoreTrend, noScores), severitySection, ageSection,
                evidenceSection);
        charts.addClassName("savings-charts");
        HorizontalLayout picker = new HorizontalLayout(period, from, to);
        picker.setWrap(true);
        picker.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.compliance.dashboard")), picker,
                new Span(getTranslation("compliance.dashboard.note")), kpis, charts);

        period.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != Period.CUSTOM) {
                applyPreset(e.getValue());
                refresh();
            }
        });
        from.addValueChangeListener(e -> datesChanged());
        to.addValueChangeListener(e -> datesChanged());
        period.setValue(Period.MONTH);
    }

    private void applyPreset(Period preset) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = switch (preset) {
            case MONTH, CUSTOM -> today.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> today.withDayOfYear(1);
        };
        LocalDate end = switch (preset) {
            case MONTH, CUSTOM -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
        settingDates = true;
        try {
            from.setValue(start);
            to.setValue(end);
        } finally {
            settingDates = false;
        }
    }

    private void datesChanged() {
        if (settingDates) {
            return;
        }
        period.setValue(Period.CUSTOM);
        refresh();
    }

    void refresh() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            (from.getValue() == null ? from : to).setErrorMessage(getTranslation("compliance.dashboard.date-required"));
            (from.getValue() == null ? from : to).setInvalid(true);
            return;
        }
        ComplianceFigures f;
        try {
            f = service.figures(from.getValue(), to.getValue());
        } catch (DomainException e) {
            to.setErrorMessage(getTranslation(e.getMessage()));
            to.setInvalid(true);
            return;
        }
        Rate total = f.total();
        completion.setText(percent(total.completionRate()));
        onTime.setText(percent(total.onTimeRate()));
        overdue.setText(Long.toString(f.overdue()));
        missed.setText(Long.toString(f.missed()));
        expiring.setText(Long.toString(f.evidenceExpiring()));
        expired.setText(Long.toString(f.evidenceExpired()));
        rates(byTeam, noRunsTeam, f.byTeam());
        rates(byCategory, noRunsCategory, f.byCategory());
        trend(f.scoreTrend());
        findings(f.findings());
        evidence(f.expiringSoon());
    }

    private void rates(EChart chart, Span emptyState, List<Rate> rates) {
        emptyState.setVisible(rates.isEmpty());
        chart.setVisible(!rates.isEmpty());
        ObjectNode option = EChart.barOption(rates.stream().map(Rate::label).toList(), List.of(
                EChart.Series.bar(getTranslation("compliance.dashboard.completion"),
                        rates.stream().map(r -> percentValue(r.completionRate())).toList()),
                EChart.Series.bar(getTranslation("compliance.dashboard.on-time"),
                        rates.stream().map(r -> percentValue(r.onTimeRate())).toList())));
        option.withObjectProperty("yAxis").put("max", 100);
        chart.setOption(option);
    }

    private void trend(List<ComplianceFigures.MonthScore> months) {
        boolean none = months.stream().allMatch(m -> m.runs() == 0);
        noScores.setVisible(none);
        scoreTrend.setVisible(!none);
        ObjectNode option = EChart.barOption(months.stream().map(m -> m.month().getMonth()
                .getDisplayName(TextStyle.SHORT, getLocale()) + " " + m.month().getYear()).toList(),
                List.of(EChart.Series.line(getTranslation("compliance.dashboard.average-score"), months.stream()
                        .map(m -> m.averageScore() == null ? BigDecimal.ZERO
                                : BigDecimal.valueOf(m.averageScore()).setScale(1, RoundingMode.HALF_UP))
                        .toList())));
        ArrayNode data = (ArrayNode) option.withArray("series").get(0).get("data");
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).averageScore() == null) {
                data.set(i, tools.jackson.databind.node.NullNode.getInstance());
            }
        }
        ((ObjectNode) option.withArray("series").get(0)).put("connectNulls", true);
        option.withObjectProperty("yAxis").put("max", 100);
        scoreTrend.setOption(option);
    }

    private void findings(ComplianceFigures.@Nullable OpenFindings findings) {
        findingsCard.setVisible(findings != null);
        severitySection.setVisible(findings != null);
        ageSection.setVisible(findings != null);
        if (findings == null) {
            return;
        }
        openFindings.setText(Long.toString(findings.total()));
        String label = getTranslation("compliance.dashboard.findings");
        List<Severity> severities = List.of(Severity.values());
        bySeverity.setOption(EChart.barOption(severities.stream()
                .map(s -> getTranslation("compliance.severity." + s.name())).toList(), List.of(EChart.Series.bar(label,
                        severities.stream().map(s -> findings.bySeverity().getOrDefault(s, 0L)).toList()))));
        List<AgeBucket> buckets = List.of(AgeBucket.values());
        byAge.setOption(EChart.barOption(buckets.stream()
                .map(b -> getTranslation("compliance.dashboard.age." + b.name())).toList(), List.of(EChart.Series.bar(
                        label, buckets.stream().map(b -> findings.byAge().getOrDefault(b, 0L)).toList()))));
    }

    private void evidence(List<ComplianceFigures.ExpiringEvidence> soon) {
        expiringList.removeAll();
        noEvidence.setVisible(soon.isEmpty());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (ComplianceFigures.ExpiringEvidence e : soon) {
            expiringList.add(new ListItem(getTranslation("compliance.dashboard.expiring-item", e.fileName(),
                    e.template(), e.team(), dates.format(e.expiryDate()), e.runId())));
        }
    }

    private static Span kpi(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("kpi-value");
        return value;
    }

    private static Span empty(String id) {
        Span span = new Span();
        span.setId(id);
        span.addClassName("empty-state");
        return span;
    }

    private Div card(String titleKey, Span value) {
        Div card = new Div(new Span(getTranslation(titleKey)), value);
        card.addClassNames("card-section", "kpi-card");
        return card;
    }

    private Div chart(String titleKey, EChart chart, Component... extra) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(extra);
        section.add(chart);
        section.addClassNames("card-section", "savings-chart");
        return section;
    }

    private String percent(@Nullable Double rate) {
        if (rate == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(rate);
    }

    private static BigDecimal percentValue(@Nullable Double rate) {
        return rate == null ? BigDecimal.ZERO : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.dashboard") + " | " + getTranslation("app.name");
    }
}
