package app.tandem.improvement.ui;

import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.RecordLinks;
import app.tandem.improvement.ActionPlanService;
import app.tandem.improvement.AreaRef;
import app.tandem.improvement.AreaService;
import app.tandem.improvement.ImpactService;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemLogService;
import app.tandem.improvement.ItemRights;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The item page, shown beside the list: the status steps the user may take, the content with the A3 sections
 * ({@link ItemForm}), the implementation plan, the impacts, the log, and (in the panel's tab) the history.
 */
class ItemPage extends VerticalLayout {

    /** The services the page and its sections work with. */
    record Services(ImprovementService items, ImpactService impacts, ActionPlanService plans, ItemLogService log,
            AreaService areas, UserService users, RecordLinks links) {
    }

    private final Services services;
    private final List<TeamRef> teams;
    private final ItemFormats formats;
    /** Tells the list that an item changed (its row, its annual target). */
    private final Runnable listChanged;
    final ItemForm form;
    final Span statusBadge = new Span();
    final Span overdueBadge = new Span();
    final Paragraph statusNote = new Paragraph();
    /** The record the item was raised from, as a link when its feature says where it opens. */
    final Anchor origin = new Anchor();
    final PlanSection plan;
    final ImpactsSection impacts;
    final LogSection log;
    final DetailPanel detail;
    private @Nullable Long openId;

    ItemPage(Services services, List<TeamRef> teams, ItemFormats formats, Runnable listChanged, Runnable onClose) {
        this.services = services;
        this.teams = teams;
        this.formats = formats;
        this.listChanged = listChanged;
        setPadding(false);
        form = new ItemForm(services.users(), services.areas()::active, teams, services.items().approvers());
        form.addSaveListener(e -> save(e.data()));
        statusBadge.setId("improvement-item-status");
        statusBadge.addClassName("status-badge");
        overdueBadge.setId("improvement-item-overdue");
        overdueBadge.addClassNames("status-badge", "status-locked");
        overdueBadge.setText(getTranslation("improvement.overdue"));
        statusNote.setId("improvement-item-status-note");
        statusNote.addClassName("empty-state");
        HorizontalLayout badges = new HorizontalLayout(statusBadge, overdueBadge);
        badges.setSpacing(true);
        origin.setId("improvement-item-origin");
        origin.setVisible(false);
        plan = new PlanSection(services.plans(), services.users(), formats);
        impacts = new ImpactsSection(services.impacts(), formats, this::impactsChanged);
        log = new LogSection(services.log(), formats);
        add(badges, statusNote, origin, form, plan, impacts, log);
        detail = new DetailPanel("improvement-item-detail", this, "improvement.field", onClose);
    }

    /** Opens the item; one the user may not read is "not found" (see {@code DetailRoute}). */
    void show(long id) {
        ItemData data = services.items().load(id);
        ItemRights rights = services.items().rights(id);
        openId = id;
        Map<Long, String> names = services.users().displayNames(Stream.of(data.ownerId(), data.approverId())
                .filter(Objects::nonNull).toList());
        AreaRef area = data.areaId() == null ? null : services.areas().byId(data.areaId());
        TeamRef team = data.teamId() == null ? null
                : teams.stream().filter(t -> t.id() == data.teamId()).findFirst().orElse(null);
        UserRef owner = new UserRef(data.ownerId(), "", names.getOrDefault(data.ownerId(), ""));
        UserRef approver = data.approverId() == null ? null
                : new UserRef(data.approverId(), "", names.getOrDefault(data.approverId(), ""));
        form.edit(data, ItemContent.of(data, area, team, owner, approver), rights.editContent());
        detail.open(data.title(), () -> services.log().history(id));
        statusBadge.setText(getTranslation("improvement.status." + data.status().name()));
        statusBadge.setClassName("status-badge improvement-status-" + data.status().name().toLowerCase());
        overdueBadge.setVisible(data.overdue());
        statusNote.setText(statusNote(data));
        statusNote.setVisible(!statusNote.getText().isEmpty());
        showOrigin(data);
        showSteps(rights);
        plan.show(id, rights.editContent());
        impacts.show(id, rights);
        log.show(id);
    }

    void close() {
        openId = null;
        detail.close();
    }

    private String statusNote(ItemData data) {
        List<String> notes = new ArrayList<>();
        if (data.status() == ItemStatus.REJECTED && data.statusReason() != null) {
            notes.add(getTranslation("improvement.rejected-because", data.statusReason()));
        }
        if (data.status() == ItemStatus.DEFERRED && data.revisitDate() != null) {
            notes.add(getTranslation("improvement.deferred-until", formats.date(data.revisitDate())));
        }
        return String.join(" · ", notes);
    }

    private void showOrigin(ItemData data) {
        String label = data.originLabel();
        Long originId = data.originId();
        String type = data.originType();
        origin.setVisible(label != null);
        if (label == null) {
            return;
        }
        origin.setText(getTranslation("improvement.origin", label));
        if (type != null && originId != null) {
            services.links().urlOf(type, originId).ifPresentOrElse(origin::setHref, origin::removeHref);
        } else {
            origin.removeHref();
        }
    }

    /** A button per step the user may take; reject asks for a reason, defer for a date ({@link StepDialog}). */
    private void showSteps(ItemRights rights) {
        for (ItemStatus target : ItemStatus.values()) {
            if (!rights.moves().contains(target)) {
                continue;
            }
            Button step = new Button(getTranslation("improvement.move." + target.name()));
            step.setId("improvement-move-" + target.name());
            if (target == ItemStatus.REJECTED || target == ItemStatus.DEFERRED) {
                step.addClickListener(e -> new StepDialog(target, this::move).open());
                if (target == ItemStatus.REJECTED) {
                    step.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
            } else {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                step.addClickListener(e -> move(target, null, null));
            }
            detail.actions().add(step);
        }
    }

    private void move(ItemStatus target, @Nullable String reason, @Nullable LocalDate revisit) {
        if (openId == null) {
            return;
        }
        services.items().moveTo(openId, target, reason, revisit);
        Notices.success(getTranslation("improvement.moved", getTranslation("improvement.status." + target.name())));
        listChanged.run();
        show(openId);
    }

    private void save(ItemData data) {
        try {
            ItemData saved = services.items().update(data);
            Notices.success(getTranslation("improvement.saved", saved.title()));
            listChanged.run();
            show(Objects.requireNonNull(saved.id()));
        } catch (OptimisticLockingFailureException e) {
            // offers to reload, and keeps the user's input until they do
            Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"),
                    "conflict-reload", () -> {
                        if (openId != null) {
                            show(openId);
                        }
                    });
        }
    }

    private void impactsChanged() {
        if (openId != null) {
            log.show(openId);
        }
        listChanged.run();
    }
}
