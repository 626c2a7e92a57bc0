package app.tandem.improvement.ui;

import app.tandem.improvement.AreaRef;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.Priority;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The item form's mutable bean: the loaded item plus the refs its pickers show; the why steps as lines. */
final class ItemDraft {

    private final ItemData loaded;
    private String title;
    private ItemKind kind;
    private Priority priority;
    private @Nullable AreaRef area;
    private @Nullable TeamRef team;
    private @Nullable UserRef owner;
    private @Nullable UserRef approver;
    private @Nullable LocalDate dueDate;
    private String problemStatement;
    private String background;
    private String currentState;
    private String goal;
    private String whySteps;
    private String countermeasures;
    private String results;
    private String followUp;

    ItemDraft(ItemData data, @Nullable AreaRef area, @Nullable TeamRef team, UserRef owner,
            @Nullable UserRef approver) {
        this.loaded = data;
        this.title = data.title();
        this.kind = data.kind();
        this.priority = data.priority();
        this.area = area;
        this.team = team;
        this.owner = owner;
        this.approver = approver;
        this.dueDate = data.dueDate();
        this.problemStatement = data.problemStatement();
        this.background = text(data.background());
        this.currentState = text(data.currentState());
        this.goal = text(data.goal());
        this.whySteps = String.join("\n", data.whySteps());
        this.countermeasures = text(data.countermeasures());
        this.results = text(data.results());
        this.followUp = text(data.followUp());
    }

    ItemData toData() {
        if (owner == null) {
            throw new IllegalStateException("An item needs an owner");
        }
        List<String> whys = Arrays.stream(whySteps.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new ItemData(loaded.id(), loaded.version(), kind, title, problemStatement,
                area == null ? null : area.id(), team == null ? null : team.id(), loaded.submitterId(), owner.id(),
                approver == null ? null : approver.id(), priority, dueDate, loaded.status(), loaded.statusReason(),
                loaded.revisitDate(), loaded.originType(), loaded.originId(), loaded.originLabel(), background,
                currentState, goal, whys, countermeasures, results, followUp, loaded.overdue());
    }

    ItemData loaded() {
        return loaded;
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    ItemKind getKind() {
        return kind;
    }

    void setKind(ItemKind kind) {
        this.kind = kind;
    }

    Priority getPriority() {
        return priority;
    }

    void setPriority(Priority priority) {
        this.priority = priority;
    }

    @Nullable AreaRef getArea() {
        return area;
    }

    void setArea(@Nullable AreaRef area) {
        this.area = area;
    }

    @Nullable TeamRef getTeam() {
        return team;
    }

    void setTeam(@Nullable TeamRef team) {
        this.team = team;
    }

    @Nullable UserRef getOwner() {
        return owner;
    }

    void setOwner(@Nullable UserRef owner) {
        this.owner = owner;
    }

    @Nullable UserRef getApprover() {
        return approver;
    }

    void setApprover(@Nullable UserRef approver) {
        this.approver = approver;
    }

    @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    String getProblemStatement() {
        return problemStatement;
    }

    void setProblemStatement(String problemStatement) {
        this.problemStatement = problemStatement;
    }

    String getBackground() {
        return background;
    }

    void setBackground(String background) {
        this.background = background;
    }

    String getCurrentState() {
        return currentState;
    }

    void setCurrentState(String currentState) {
        this.currentState = currentState;
    }

    String getGoal() {
        return goal;
    }

    void setGoal(String goal) {
        this.goal = goal;
    }

    String getWhySteps() {
        return whySteps;
    }

    void setWhySteps(String whySteps) {
        this.whySteps = whySteps;
    }

    String getCountermeasures() {
        return countermeasures;
    }

    void setCountermeasures(String countermeasures) {
        this.countermeasures = countermeasures;
    }

    String getResults() {
        return results;
    }

    void setResults(String results) {
        this.results = results;
    }

    String getFollowUp() {
        return followUp;
    }

    void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
