package app.tandem.performance.ui;

import app.tandem.base.RecordNotFoundException;
import app.tandem.performance.FeedbackCounts;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.Score;
import app.tandem.performance.Scorecard;
import app.tandem.security.CurrentUser;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * A person's scorecard for a period: target attainment, activities done, win rate, improvements submitted and
 * completed. Visible to the person, their supervisor, managers and admins (the service says "not found" to
 * anyone else). Address: {@code performance/scorecard/{userId}?period=MONTH:2026-03-01}; without an id, mine.
 */
@Route("performance/scorecard")
@PermitAll
class ScorecardView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final PerformanceService performanceService;
    private final CurrentUser currentUser;
    private final Figures figures;
    final PeriodPicker period;
    final H2 title = new H2();
    final Grid<Score> scores = new Grid<>();
    final Span activities = kpi("scorecard-activities");
    final Span winRate = kpi("scorecard-win-rate");
    final Span dealsWon = kpi("scorecard-deals-won");
    final Span submitted = kpi("scorecard-improvements-submitted");
    final Span completed = kpi("scorecard-improvements-completed");
    final Span feedbackTotal = kpi("scorecard-feedback");
    final Span checklistsOnTime = kpi("scorecard-checklists-on-time");
    final Span checklistsDetail = new Span();
    final Span feedbackDetail = new Span();
    final Span winRateDetail = new Span();
    final Span dealsWonDetail = new Span();
    final Span notFound = new Span();
    private final Div content = new Div();
    private final FeedbackService feedbackService;
    private long userId;

    ScorecardView(PerformanceService performanceService, FeedbackService feedbackService, CurrentUser currentUser,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currency) {
        this.performanceService = performanceService;
        this.feedbackService = feedbackService;
        this.currentUser = currentUser;
        this.figures = new Figures(this, currency);
        addClassNames("perf-view", "scorecard-view");
        period = new PeriodPicker(this, performanceService.currentPeriod(PeriodType.MONTH), "scorecard");
        period.addPeriodListener(p -> refresh());
        scores.setId("scorecard-scores");
        scores.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        scores.setAllRowsVisible(true);
        scores.addColumn(s -> figures.nameWithUnit(s.metric())).setHeader(getTranslation("perf.metric"))
                .setFlexGrow(1).setWidth("6rem");
        scores.addColumn(s -> figures.actualOfTarget(s)).setHeader(getTranslation("perf.actual-of-target"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        scores.addComponentColumn(figures::attainment).setHeader(getTranslation("perf.attainment"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        scores.setEmptyStateText(getTranslation("perf.scorecard.no-targets"));
        notFound.setText(getTranslation("error.not-found"));
        notFound.setId("scorecard-not-found");
        notFound.setVisible(false);

        HorizontalLayout kpis = new HorizontalLayout(card("perf.metric.ACTIVITIES_DONE", activities),
                card("perf.metric.WIN_RATE", winRate, winRateDetail),
                card("perf.metric.DEALS_WON", dealsWon, dealsWonDetail),
                card("perf.scorecard.improvements-submitted", submitted),
                card("perf.scorecard.improvements-completed", completed),
                card("perf.scorecard.feedback", feedbackTotal, feedbackDetail),
                card("perf.scorecard.checklists-on-time", checklistsOnTime, checklistsDetail));
        kpis.setWrap(true);
        Div attainment = new Div(new H3(getTranslation("perf.section.targets")), scores);
        attainment.addClassNames("card-section", "perf-section");
        content.add(kpis, attainment);
        content.addClassName("perf-sections");
        HorizontalLayout header = new HorizontalLayout(title, period);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, notFound, content);
    }

    /** Feedback the person received in the period, by type: only what the reader may read counts. */
    private void showFeedback(Scorecard card) {
        Period shown = card.period();
        FeedbackCounts counts = feedbackService.countsByType(card.userId(), shown.start(), shown.lastDay());
        feedbackTotal.setText(Long.toString(counts.byType().values().stream().mapToLong(Long::longValue).sum()));
        feedbackDetail.setText(Arrays.stream(FeedbackType.values())
                .map(t -> getTranslation("feedback.type." + t.name()) + " " + counts.byType().get(t))
                .collect(Collectors.joining(" · ")));
        feedbackDetail.setId("scorecard-feedback-by-type");
    }

    private static Span kpi(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("kpi-value");
        return value;
    }

    private Div card(String titleKey, Span value, Span... details) {
        Div card = new Div(new Span(getTranslation(titleKey)), value);
        for (Span detail : details) {
            detail.addClassName("perf-note");
            card.add(detail);
        }
        card.addClassNames("card-section", "kpi-card");
        return card;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long parameter) {
        userId = parameter != null ? parameter : currentUser.id();
        event.getLocation().getQueryParameters().getSingleParameter("period").flatMap(PeriodPicker::parse)
                .ifPresent(period::setValue);
        refresh();
    }

    void refresh() {
        try {
            Scorecard card = performanceService.scorecard(userId, period.getValue());
            title.setText(getTranslation("perf.scorecard.title", card.name()));
            scores.setItems(card.scores().stream().filter(s -> s.target() != null).toList());
            activities.setText(Long.toString(card.crm().activitiesDone()));
            winRate.setText(figures.percent(card.crm().winRate()));
            winRateDetail.setText(getTranslation("perf.scorecard.won-of-closed", card.crm().dealsWon(),
                    card.crm().dealsClosed()));
            dealsWon.setText(Long.toString(card.crm().dealsWon()));
            dealsWonDetail.setText(figures.money(card.crm().revenueWon()));
            submitted.setText(Long.toString(card.improvementsSubmitted()));
            completed.setText(Long.toString(card.improvementsCompleted()));
            showFeedback(card);
            Double onTime = card.checklistOnTimeRate();
            checklistsOnTime.setText(onTime == null ? "–" : figures.percent(BigDecimal.valueOf(onTime * 100)));
            checklistsDetail.setText(getTranslation("perf.scorecard.checklists-detail", card.checklistsOnTime(),
                    card.checklistsDue()));
            content.setVisible(true);
            notFound.setVisible(false);
        } catch (RecordNotFoundException e) {
            title.setText(getTranslation("error.not-found.title"));
            content.setVisible(false);
            notFound.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.perf.scorecard") + " | " + getTranslation("app.name");
    }
}
