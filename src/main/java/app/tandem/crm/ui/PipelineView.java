package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.DealCard;
import app.tandem.crm.DealService;
import app.tandem.crm.LostReasonRef;
import app.tandem.crm.PipelineFilter;
import app.tandem.crm.StageInfo;
import app.tandem.crm.StageTotals;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * The pipeline board: a column per open stage with count, sum and weighted sum (from SQL), deal cards to
 * drag to another column, and a "Move to" menu on every card as the keyboard way to do the same.
 */
@Route("crm/pipeline")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class PipelineView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int CARDS_PER_COLUMN = 50;

    private final DealService dealService;
    private final List<StageInfo> stages;
    private final Currency currency;
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final DatePicker closeFrom = new DatePicker();
    final DatePicker closeTo = new DatePicker();
    final Div board = new Div();

    PipelineView(DealService dealService, UserService userService, TeamService teamService,
            @Value("${tandem.crm.currency:EUR}") String currencyCode) {
        this.dealService = dealService;
        this.stages = dealService.stages();
        this.currency = Currency.getInstance(currencyCode);
        addClassName("pipeline-view");

        ownerFilter.setPlaceholder(getTranslation("pipeline.filter.owner"));
        ownerFilter.setAriaLabel(getTranslation("pipeline.filter.owner"));
        ownerFilter.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        ownerFilter.setClearButtonVisible(true);
        teamFilter.setPlaceholder(getTranslation("pipeline.filter.team"));
        teamFilter.setAriaLabel(getTranslation("pipeline.filter.team"));
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        teamFilter.setClearButtonVisible(true);
        closeFrom.setId("pipeline-close-from");
        closeFrom.setPlaceholder(getTranslation("pipeline.filter.close-from"));
        closeFrom.setAriaLabel(getTranslation("pipeline.filter.close-from"));
        closeFrom.setClearButtonVisible(true);
        closeTo.setId("pipeline-close-to");
        closeTo.setPlaceholder(getTranslation("pipeline.filter.close-to"));
        closeTo.setAriaLabel(getTranslation("pipeline.filter.close-to"));
        closeTo.setClearButtonVisible(true);
        ownerFilter.addValueChangeListener(e -> refresh());
        teamFilter.addValueChangeListener(e -> refresh());
        closeFrom.addValueChangeListener(e -> refresh());
        closeTo.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(ownerFilter, teamFilter, closeFrom, closeTo);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);

        board.addClassName("pipeline-board");
        board.setId("pipeline-board");
        add(toolbar, board);
        refresh();
    }

    /** Opens filtered by {@code ?closeFrom=2026-10-01&closeTo=2026-12-31} (ISO days), e.g. from the dashboard. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        day(query, "closeFrom").ifPresent(closeFrom::setValue);
        day(query, "closeTo").ifPresent(closeTo::setValue);
    }

    static Optional<LocalDate> day(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    PipelineFilter filter() {
        UserRef owner = ownerFilter.getValue();
        TeamRef team = teamFilter.getValue();
        return new PipelineFilter(owner == null ? null : owner.id(), team == null ? null : team.id(),
                closeFrom.getValue(), closeTo.getValue());
    }

    void refresh() {
        board.removeAll();
        PipelineFilter filter = filter();
        Map<Long, StageTotals> totals = dealService.pipelineTotals(filter).stream()
                .collect(Collectors.toMap(StageTotals::stageId, Function.identity()));
        for (StageInfo stage : stages) {
            if (!stage.closed()) {
                board.add(column(stage, totals.get(stage.id()), dealService.cards(stage.id(), filter,
                        CARDS_PER_COLUMN)));
            }
        }
    }

    private Component column(StageInfo stage, @Nullable StageTotals totals, List<DealCard> cards) {
        Div column = new Div();
        column.addClassName("pipeline-column");
        column.setId("stage-" + stage.id());
        column.getElement().setAttribute("aria-label", stage.name());
        long count = totals == null ? 0 : totals.count();
        BigDecimal sum = totals == null ? BigDecimal.ZERO : totals.amount();
        BigDecimal weighted = totals == null ? BigDecimal.ZERO : totals.weighted();
        H3 name = new H3(stage.name() + " · " + stage.probability() + " %");
        Span figures = new Span(getTranslation("pipeline.column.totals", count, money(sum), money(weighted)));
        figures.addClassName("pipeline-totals");
        Div header = new Div(name, figures);
        header.addClassName("pipeline-column-header");
        column.add(header);
        if (cards.isEmpty()) {
            Span empty = new Span(getTranslation("pipeline.column.empty"));
            empty.addClassName("empty-state");
            column.add(empty);
        }
        cards.forEach(card -> column.add(card(card)));
        if (count > cards.size()) {
            Span more = new Span(getTranslation("pipeline.column.more", count - cards.size()));
            more.addClassName("empty-state");
            column.add(more);
        }
        DropTarget<Div> target = DropTarget.create(column);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> move((Long) data, stage)));
        return column;
    }

    private Component card(DealCard deal) {
        Div card = new Div();
        card.addClassName("deal-card");
        card.setId("deal-" + deal.id());
        Span name = new Span(deal.name());
        name.addClassName("deal-card-name");
        Span account = new Span(deal.accountName());
        account.addClassName("deal-card-account");
        Span amount = new Span(money(deal.amount()));
        amount.addClassName("deal-card-amount");
        String close = deal.expectedCloseDate() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(deal.expectedCloseDate());
        Span meta = new Span(close + (close.isEmpty() ? "" : " · ") + deal.ownerName());
        meta.addClassName("deal-card-meta");

        if (!deal.movable()) {
            card.addClassName("read-only");
            card.add(name, account, amount, meta);
            return card;
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem moveTo = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        moveTo.setAriaLabel(getTranslation("pipeline.move-to", deal.name()));
        moveTo.getElement().setAttribute("title", getTranslation("pipeline.move-to", deal.name()));
        for (StageInfo stage : stages) {
            if (stage.id() != deal.stageId()) {
                moveTo.getSubMenu().addItem(getTranslation("pipeline.move-to.stage", stage.name()),
                        e -> move(deal.id(), stage));
            }
        }
        HorizontalLayout top = new HorizontalLayout(name, menu);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.START);
        top.expand(name);
        card.add(top, account, amount, meta);

        DragSource<Div> source = DragSource.create(card);
        source.setDragData(deal.id());
        source.setEffectAllowed(EffectAllowed.MOVE);
        return card;
    }

    private void move(long dealId, StageInfo stage) {
        if (stage.lost()) {
            askLostReason(dealId, stage);
            return;
        }
        doMove(dealId, stage, null);
    }

    private void doMove(long dealId, StageInfo stage, @Nullable Long lostReasonId) {
        try {
            dealService.moveToStage(dealId, stage.id(), lostReasonId);
            Notices.success(getTranslation("pipeline.moved", stage.name()));
        } catch (RuntimeException e) {
            Failures.show(e);
        }
        refresh();
    }

    private void askLostReason(long dealId, StageInfo stage) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pipeline.lost.title"));
        Select<LostReasonRef> reason = new Select<>();
        reason.setLabel(getTranslation("pipeline.lost.reason"));
        reason.setItems(dealService.lostReasons());
        reason.setId("lost-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("pipeline.lost.confirm"), e -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("deal.lost-reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            doMove(dealId, stage, reason.getValue().id());
        });
        confirm.setId("lost-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pipeline") + " | " + getTranslation("app.name");
    }
}
