package app.tandem.crm.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.RecordLinks;
import app.tandem.crm.DealData;
import app.tandem.crm.DealService;
import app.tandem.crm.ImprovementRaising;
import app.tandem.crm.LostReasonRef;
import app.tandem.crm.StageChange;
import app.tandem.crm.StageInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The deal page's stage parts: the stage bar (moving the deal), Won and Lost (asking the lost reason), the
 * amounts, the improvement idea, and the stage history below the form.
 */
final class DealStages {

    final HorizontalLayout stageBar = new HorizontalLayout();
    final Span amounts = new Span();
    final Grid<StageChange> stageHistory = new Grid<>();
    final Button win = new Button();
    final Button lose = new Button();
    final Button raiseImprovement = new Button();
    private final DealService dealService;
    private final List<StageInfo> stages;
    private final Map<Long, StageInfo> stagesById;
    private final Consumer<Runnable> attempt;
    private final LongConsumer moved;
    private @Nullable DealData deal;
    private String accountName = "";

    /**
     * @param attempt runs a change the way the page does (conflicts offer Reload)
     * @param moved after the deal moved to another stage: the page shows it again
     */
    DealStages(DealService dealService, ImprovementRaising improvementRaising, RecordLinks recordLinks,
            Consumer<Runnable> attempt, LongConsumer moved) {
        this.dealService = dealService;
        this.attempt = attempt;
        this.moved = moved;
        this.stages = dealService.stages();
        this.stagesById = stages.stream().collect(Collectors.toMap(StageInfo::id, Function.identity()));
        stageBar.setId("crm-deal-stages");
        stageBar.setWrap(true);
        stageBar.setSpacing(false);
        stageBar.addClassName("stage-bar");
        win.setText(text("crm.deal.win"));
        win.setIcon(VaadinIcon.TROPHY.create());
        win.setId("crm-deal-win");
        win.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        win.addClickListener(e -> withId(id -> close(id, () -> dealService.win(id))));
        lose.setText(text("crm.deal.lose"));
        lose.setIcon(VaadinIcon.THUMBS_DOWN_O.create());
        lose.setId("crm-deal-lose");
        lose.addThemeVariants(ButtonVariant.LUMO_ERROR);
        lose.addClickListener(e -> withId(id -> askLostReason(text("crm.deal.lose"),
                reason -> close(id, () -> dealService.lose(id, reason)))));
        raiseImprovement.setText(text("crm.raise-improvement.button"));
        raiseImprovement.setIcon(VaadinIcon.LIGHTBULB.create());
        raiseImprovement.setId("crm-deal-raise-improvement");
        raiseImprovement.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        raiseImprovement.addClickListener(e -> withId(id -> new RaiseImprovementDialog(improvementRaising,
                recordLinks, CrmNavigation.DEAL, id, name() + (accountName.isEmpty() ? "" : " · " + accountName))
                .open()));
        amounts.setId("crm-deal-amounts");
        configureStageHistory();
    }

    /** Above the form: the stage bar, Won/Lost and the amounts. */
    Component[] aboveForm() {
        HorizontalLayout closeButtons = new HorizontalLayout(win, lose, raiseImprovement);
        closeButtons.addClassName("deal-close-buttons");
        closeButtons.setWrap(true);
        return new Component[] {stageBar, closeButtons, amounts};
    }

    /** Below the form: the stage history. */
    Component[] belowForm() {
        return new Component[] {new H4(text("crm.deal.stage-history")), stageHistory};
    }

    List<StageInfo> stages() {
        return stages;
    }

    void show(DealData shown, String account, boolean editable) {
        this.deal = shown;
        this.accountName = account;
        Long id = shown.id();
        showStages(shown, editable);
        StageInfo stage = stagesById.get(shown.stageId());
        boolean open = id != null && editable && stage != null && !stage.closed();
        win.setVisible(open);
        lose.setVisible(open);
        raiseImprovement.setVisible(id != null);
        amounts.setVisible(id != null);
        stageHistory.setVisible(id != null);
        if (id == null) {
            stageHistory.setItems(List.of());
            return;
        }
        BigDecimal weighted = shown.amount().multiply(BigDecimal.valueOf(shown.probability()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        amounts.setText(text("crm.deal.amounts", money(shown.amount(), locale()), shown.probability(),
                money(weighted, locale())));
        stageHistory.setItems(dealService.stageHistory(id));
    }

    /** The stages as buttons, the current one marked; clicking another moves the deal, if the user may. */
    private void showStages(DealData shown, boolean editable) {
        stageBar.removeAll();
        stageBar.setVisible(shown.id() != null);
        for (StageInfo stage : stages) {
            Button button = new Button(stage.name());
            button.setId("crm-deal-stage-" + stage.id());
            if (stage.id() == shown.stageId()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.getElement().setAttribute("aria-current", "step");
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
                button.setEnabled(editable);
                button.addClickListener(e -> withId(id -> {
                    if (stage.lost()) {
                        askLostReason(text("crm.deal.lost.confirm", stage.name()), reason -> move(id, stage, reason));
                    } else {
                        move(id, stage, null);
                    }
                }));
            }
            stageBar.add(button);
        }
    }

    private void move(long dealId, StageInfo stage, @Nullable Long lostReasonId) {
        close(dealId, () -> dealService.moveToStage(dealId, stage.id(), lostReasonId));
    }

    /** Moves or closes the deal and shows it again in its new stage. */
    private void close(long dealId, Supplier<DealData> action) {
        attempt.accept(() -> {
            DealData changed = action.get();
            Notices.success(text("crm.deal.moved", changed.name(), stageName(changed.stageId())));
            moved.accept(dealId);
        });
    }

    private void askLostReason(String confirmText, LongConsumer onReason) {
        Dialog dialog = new Dialog();
        dialog.setId("crm-lost-dialog");
        dialog.setHeaderTitle(text("crm.deal.lost.title"));
        ComboBox<LostReasonRef> reason = new ComboBox<>(text("crm.deal.lost.reason"));
        reason.setId("crm-lost-reason");
        reason.setWidthFull();
        reason.setItems(dealService.lostReasons());
        reason.setItemLabelGenerator(LostReasonRef::name);
        Button confirm = new Button(confirmText, c -> {
            LostReasonRef chosen = reason.getValue();
            if (chosen == null) {
                reason.setErrorMessage(text("deal.lost-reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            onReason.accept(chosen.id());
        });
        confirm.setId("crm-lost-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(text("action.cancel"), c -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void configureStageHistory() {
        stageHistory.setId("crm-deal-stage-history");
        stageHistory.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        stageHistory.setAllRowsVisible(true);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        stageHistory.addColumn(c -> format.withLocale(locale()).withZone(ClientTime.zone()).format(c.changedAt()))
                .setHeader(text("history.when")).setAutoWidth(true).setFlexGrow(0);
        stageHistory.addColumn(c -> (c.fromStageId() == null ? "–" : stageName(c.fromStageId())) + " → "
                + stageName(c.toStageId())).setHeader(text("crm.deal.field.stage")).setFlexGrow(1);
        stageHistory.addColumn(c -> money(c.amount(), locale())).setHeader(text("crm.deal.field.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        stageHistory.addColumn(StageChange::changedBy).setHeader(text("history.who")).setAutoWidth(true);
        stageHistory.setEmptyStateText(text("history.empty"));
    }

    private void withId(LongConsumer action) {
        Long id = deal == null ? null : deal.id();
        if (id != null) {
            action.accept(id);
        }
    }

    private String name() {
        return deal == null ? "" : deal.name();
    }

    private String stageName(long stageId) {
        StageInfo stage = stagesById.get(stageId);
        return stage == null ? "#" + stageId : stage.name();
    }

    static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
