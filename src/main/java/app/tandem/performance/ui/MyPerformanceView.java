package app.tandem.performance.ui;

import app.tandem.base.ui.EChart;
import app.tandem.performance.FeedbackListItem;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.ForecastRow;
import app.tandem.performance.MemberScores;
import app.tandem.performance.MetricRef;
import app.tandem.performance.OneOnOneService;
import app.tandem.performance.OpenActionItem;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.Score;
import app.tandem.performance.SeriesItem;
import app.tandem.performance.TrendPoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * My performance: my targets with attainment for a chosen period, target vs actual as a chart, a metric's last 12
 * periods, and my sales forecast vs target. The page is a column of sections; more follow (feedback, 1:1s).
 * Address: {@code performance/me?period=MONTH:2026-03-01&metric=REVENUE_WON}.
 */
@Route("performance/me")
@PermitAll
class MyPerformanceView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final PerformanceService performanceService;
    private final FeedbackService feedbackService;
    private final OneOnOneService oneOnOneService;
    final UnorderedList recentFeedback = new UnorderedList();
    final UnorderedList myMeetings = new UnorderedList();
    final UnorderedList myActions = new UnorderedList();
    private final H4 myActionsTitle = new H4();
    private final Figures figures;
    final PeriodPicker period;
    final Grid<Score> scores = new Grid<>();
    final EChart attainmentChart = new EChart();
    final Select<MetricRef> trendMetric = new Select<>();
    final EChart trendChart = new EChart();
    final Grid<ForecastRow> forecast = new Grid<>();
    /** The page's sections, in order; other parts of performance add theirs here. */
    final Div sections = new Div();

    MyPerformanceView(PerformanceService performanceService, FeedbackService feedbackService,
            OneOnOneService oneOnOneService, @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currency) {
        this.performanceService = performanceService;
        this.feedbackService = feedbackService;
        this.oneOnOneService = oneOnOneService;
        this.figures = new Figures(this, currency);
        addClassNames("perf-view", "my-performance-view");
        period = new PeriodPicker(this, performanceService.currentPeriod(PeriodType.MONTH), "my");
        period.addPeriodListener(p -> {
            refresh();
            updateAddress();
        });

        scores.setId("my-scores");
        scores.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        scores.setAllRowsVisible(true);
        scores.addColumn(s -> figures.nameWithUnit(s.metric())).setHeader(getTranslation("perf.metric"))
                .setFlexGrow(1).setWidth("6rem");
        scores.addColumn(s -> figures.actualOfTarget(s)).setHeader(getTranslation("perf.actual-of-target"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        scores.addComponentColumn(figures::attainment).setHeader(getTranslation("perf.attainment"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        scores.setEmptyStateText(getTranslation("perf.scores.empty"));

        attainmentChart.setId("my-attainment-chart");
        trendChart.setId("my-trend-chart");
        trendMetric.setId("my-trend-metric");
        trendMetric.setLabel(getTranslation("perf.metric"));
        trendMetric.setWidth("16rem");
        trendMetric.setMaxWidth("100%");
        trendMetric.setItems(performanceService.metrics());
        trendMetric.setItemLabelGenerator(figures::nameWithUnit);
        trendMetric.setValue(trendMetric.getListDataView().getItem(0));
        trendMetric.addValueChangeListener(e -> {
            refreshTrend();
            updateAddress();
        });

        forecast.setId("my-forecast");
        forecast.setAllRowsVisible(true);
        ForecastColumns.add(forecast, this, figures);

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.perf.me")), period);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        sections.addClassName("perf-sections");
        addSection("perf.section.targets", scores);
        Div charts = new Div(chart("perf.chart.attainment", attainmentChart),
                chart("perf.chart.trend", trendMetric, trendChart));
        charts.addClassName("perf-charts");
        sections.add(charts);
        Span forecastNote = new Span(getTranslation("perf.forecast.note"));
        forecastNote.addClassName("perf-note");
        addSection("perf.section.forecast", forecastNote, forecast);
        recentFeedback.setId("my-feedback");
        recentFeedback.addClassName("perf-links");
        RouterLink allFeedback = new RouterLink(getTranslation("perf.my.feedback.all"), FeedbackView.class);
        addSection("perf.section.feedback", recentFeedback, allFeedback);
        myMeetings.setId("my-one-on-ones");
        myMeetings.addClassName("perf-links");
        RouterLink allMeetings = new RouterLink(getTranslation("perf.my.one-on-ones.all"), OneOnOnesView.class);
        myActions.setId("my-actions");
        myActions.addClassName("perf-links");
        myActionsTitle.setText(getTranslation("perf.my.actions"));
        addSection("perf.section.one-on-ones", myMeetings, myActionsTitle, myActions, allMeetings);
        add(header, sections);
        showFeedbackAndMeetings();
        refresh();
    }

    /** The five newest pieces of feedback I received and my 1:1 series with their next meeting, as links. */
    void showFeedbackAndMeetings() {
        recentFeedback.removeAll();
        List<FeedbackListItem> received = feedbackService.received(PageRequest.of(0, 5)).getContent();
        for (FeedbackListItem f : received) {
            String text = f.text().length() > 90 ? f.text().substring(0, 89) + "…" : f.text();
            RouterLink link = new RouterLink(getTranslation("feedback.type." + f.type().name()) + " · "
                    + f.giverName() + ": " + text, FeedbackView.class, FeedbackView.parameters(Long.toString(f.id())));
            recentFeedback.add(new ListItem(link));
        }
        if (received.isEmpty()) {
            recentFeedback.add(new ListItem(getTranslation("perf.my.feedback.none")));
        }
        myMeetings.removeAll();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<SeriesItem> series = oneOnOneService.mySeries();
        for (SeriesItem item : series) {
            String next = item.nextDate() == null ? getTranslation("perf.my.one-on-ones.no-next")
                    : getTranslation("perf.my.one-on-ones.next", dates.format(item.nextDate()));
            String label = item.partnerName() + " · " + next;
            Long meetingId = item.nextMeetingId();
            myMeetings.add(new ListItem(meetingId == null ? new Span(label)
                    : new RouterLink(label, OneOnOnesView.class, OneOnOnesView.parameters(Long.toString(meetingId)))));
        }
        if (series.isEmpty()) {
            myMeetings.add(new ListItem(getTranslation("perf.my.one-on-ones.none")));
        }
        myActions.removeAll();
        for (OpenActionItem action : oneOnOneService.myOpenActions()) {
            String label = action.text() + (action.dueDate() == null ? ""
                    : " · " + getTranslation("perf.my.actions.due", dates.format(action.dueDate())));
            myActions.add(new ListItem(new RouterLink(label, OneOnOnesView.class,
                    OneOnOnesView.parameters(Long.toString(action.meetingId())))));
        }
        myActionsTitle.setVisible(myActions.getChildren().findAny().isPresent());
    }

    /** Adds a titled section at the end of the page. */
    void addSection(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassNames("card-section", "perf-section");
        sections.add(section);
    }

    private Div chart(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassNames("card-section", "perf-chart");
        return section;
    }

    void refresh() {
        Period p = period.getValue();
        MemberScores mine = performanceService.myScores(p);
        scores.setItems(mine.scores().stream().filter(s -> s.target() != null || s.actual() != null).toList());
        List<Score> withTarget = mine.scores().stream().filter(s -> s.target() != null).toList();
        ObjectNode option = EChart.barOption(withTarget.stream().map(s -> figures.name(s.metric())).toList(), List.of(
                EChart.Series.bar(getTranslation("perf.target"), withTarget.stream().map(s -> 100).toList()),
                EChart.Series.bar(getTranslation("perf.actual"), withTarget.stream()
                        .map(s -> s.attainment() != null ? s.attainment()
                                : s.met() ? BigDecimal.valueOf(100) : BigDecimal.ZERO).toList())));
        option.withObject("yAxis").put("name", getTranslation("perf.chart.percent-of-target"));
        // every metric's name under its bars, wrapped, also on a phone
        option.withObject("xAxis").putObject("axisLabel").put("interval", 0).put("overflow", "break")
                .put("width", 64);
        attainmentChart.setOption(option);
        attainmentChart.setVisible(!withTarget.isEmpty());
        forecast.setItems(List.of(performanceService.myForecast(p)));
        refreshTrend();
    }

    void refreshTrend() {
        MetricRef metric = trendMetric.getValue();
        if (metric == null) {
            return;
        }
        List<TrendPoint> points = performanceService.myTrend(metric, period.getValue());
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        points.forEach(pt -> {
            targets.add(pt.target());
            actuals.add(pt.actual());
        });
        ObjectNode option = EChart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8).put("bottom", 8);
        var labels = option.putObject("xAxis").put("type", "category").putArray("data");
        points.forEach(pt -> labels.add(pt.period().label()));
        option.putObject("yAxis").put("type", "value");
        var series = option.putArray("series");
        line(series.addObject(), getTranslation("perf.target"), targets);
        line(series.addObject(), getTranslation("perf.actual"), actuals);
        trendChart.setOption(option);
    }

    private static ObjectNode line(ObjectNode node, String name, List<BigDecimal> values) {
        node.put("type", "line").put("name", name).put("connectNulls", false);
        var data = node.putArray("data");
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(plain(v));
            }
        });
        return node;
    }

    /** 20000.0000 as 20000, 9.5000 as 9.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void updateAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("performance/me", QueryParameters.simple(parameters()))));
    }

    private Map<String, String> parameters() {
        MetricRef metric = trendMetric.getValue();
        return metric == null ? Map.of("period", PeriodPicker.key(period.getValue()))
                : Map.of("period", PeriodPicker.key(period.getValue()), "metric", metric.key());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("metric").flatMap(key -> trendMetric.getListDataView().getItems()
                .filter(m -> m.key().equals(key)).findFirst()).ifPresent(trendMetric::setValue);
        query.getSingleParameter("period").flatMap(PeriodPicker::parse).ifPresent(period::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.perf.me") + " | " + getTranslation("app.name");
    }
}
