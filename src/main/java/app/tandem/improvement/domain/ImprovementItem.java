package app.tandem.improvement.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import app.tandem.base.Translatable;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * An improvement: an idea, a kaizen, an A3, a project or a corrective action, moving through the PDCA
 * lifecycle of {@link ItemStatus}. Users and teams are the org feature's, held by id.
 */
@Entity
@Table(name = "improvement_item")
@Audited
public class ImprovementItem extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind = ItemKind.IDEA;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title = "";

    @Size(max = 10000)
    @Column(name = "problem_statement", nullable = false, columnDefinition = "TEXT")
    private String problemStatement = "";

    @Column(name = "area_id")
    private @Nullable Long areaId;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    @Column(name = "submitter_id", nullable = false, updatable = false)
    private long submitterId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "approver_id")
    private @Nullable Long approverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.MEDIUM;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.DRAFT;

    @Size(max = 1000)
    @Column(name = "status_reason", length = 1000)
    private @Nullable String statusReason;

    @Column(name = "revisit_date")
    private @Nullable LocalDate revisitDate;

    @Column(name = "origin_type", length = 50)
    private @Nullable String originType;

    @Column(name = "origin_id")
    private @Nullable Long originId;

    @Column(name = "origin_label", length = 200)
    private @Nullable String originLabel;

    @Size(max = 10000)
    @Column(columnDefinition = "TEXT")
    private @Nullable String background;

    @Size(max = 10000)
    @Column(name = "current_state", columnDefinition = "TEXT")
    private @Nullable String currentState;

    @Size(max = 10000)
    @Column(columnDefinition = "TEXT")
    private @Nullable String goal;

    @Size(max = 10000)
    @Column(columnDefinition = "TEXT")
    private @Nullable String countermeasures;

    @Size(max = 10000)
    @Column(columnDefinition = "TEXT")
    private @Nullable String results;

    @Size(max = 10000)
    @Column(name = "follow_up", columnDefinition = "TEXT")
    private @Nullable String followUp;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "improvement_why", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "why", nullable = false, length = 1000)
    private List<String> whySteps = new ArrayList<>();

    protected ImprovementItem() {
    }

    public ImprovementItem(ItemKind kind, String title, String problemStatement, long submitterId) {
        this.kind = kind;
        this.title = title;
        this.problemStatement = problemStatement;
        this.submitterId = submitterId;
        this.ownerId = submitterId;
    }

    /**
     * Takes a step of the lifecycle, if the state machine has it: a rejection needs a reason, a deferral a
     * revisit date after today. Who may take it is the service's check ({@link ItemStatus#actorFor}).
     */
    public ItemStatus moveTo(ItemStatus target, @Nullable String reason, @Nullable LocalDate revisit, LocalDate today) {
        if (status.actorFor(target).isEmpty()) {
            throw new DomainException("improvement.transition.not-allowed",
                    new Translatable("improvement.status." + status.name()),
                    new Translatable("improvement.status." + target.name()));
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (target == ItemStatus.REJECTED && why == null) {
            throw new DomainException("improvement.reject.reason-required");
        }
        if (target == ItemStatus.DEFERRED && revisit == null) {
            throw new DomainException("improvement.defer.date-required");
        }
        if (target == ItemStatus.DEFERRED && !revisit.isAfter(today)) {
            throw new DomainException("improvement.defer.date-past");
        }
        ItemStatus from = status;
        status = target;
        statusReason = target == ItemStatus.REJECTED || target == ItemStatus.DEFERRED ? why : null;
        revisitDate = target == ItemStatus.DEFERRED ? revisit : null;
        return from;
    }

    /** Overdue is derived, never stored: a due date before today on an item that is not closed. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isClosed();
    }

    public void setOrigin(@Nullable String type, @Nullable Long id, @Nullable String label) {
        this.originType = type;
        this.originId = id;
        this.originLabel = label;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblemStatement() {
        return problemStatement;
    }

    public void setProblemStatement(String problemStatement) {
        this.problemStatement = problemStatement;
    }

    public @Nullable Long getAreaId() {
        return areaId;
    }

    public void setAreaId(@Nullable Long areaId) {
        this.areaId = areaId;
    }

    public @Nullable Long getTeamId() {
        return teamId;
    }

    public void setTeamId(@Nullable Long teamId) {
        this.teamId = teamId;
    }

    public long getSubmitterId() {
        return submitterId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(long ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable Long getApproverId() {
        return approverId;
    }

    public void setApproverId(@Nullable Long approverId) {
        this.approverId = approverId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public @Nullable String getStatusReason() {
        return statusReason;
    }

    public @Nullable LocalDate getRevisitDate() {
        return revisitDate;
    }

    public @Nullable String getOriginType() {
        return originType;
    }

    public @Nullable Long getOriginId() {
        return originId;
    }

    public @Nullable String getOriginLabel() {
        return originLabel;
    }

    public @Nullable String getBackground() {
        return background;
    }

    public void setBackground(@Nullable String background) {
        this.background = background;
    }

    public @Nullable String getCurrentState() {
        return currentState;
    }

    public void setCurrentState(@Nullable String currentState) {
        this.currentState = currentState;
    }

    public @Nullable String getGoal() {
        return goal;
    }

    public void setGoal(@Nullable String goal) {
        this.goal = goal;
    }

    public @Nullable String getCountermeasures() {
        return countermeasures;
    }

    public void setCountermeasures(@Nullable String countermeasures) {
        this.countermeasures = countermeasures;
    }

    public @Nullable String getResults() {
        return results;
    }

    public void setResults(@Nullable String results) {
        this.results = results;
    }

    public @Nullable String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(@Nullable String followUp) {
        this.followUp = followUp;
    }

    public List<String> getWhySteps() {
        return List.copyOf(whySteps);
    }

    public void setWhySteps(List<String> steps) {
        whySteps.clear();
        steps.stream().filter(s -> !s.isBlank()).map(String::trim).forEach(whySteps::add);
    }
}
