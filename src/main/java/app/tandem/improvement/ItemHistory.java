package app.tandem.improvement;

import static app.tandem.improvement.ItemText.orEmpty;

import app.tandem.improvement.domain.Impact;
import app.tandem.improvement.domain.ImprovementItem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What an item's history tab shows of each revision: its visible fields, and each impact row in one line. */
final class ItemHistory {

    private ItemHistory() {
    }

    static Map<String, String> fields(ImprovementItem i) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", i.getKind().name());
        fields.put("title", i.getTitle());
        fields.put("problemStatement", i.getProblemStatement());
        fields.put("status", i.getStatus().name());
        fields.put("statusReason", orEmpty(i.getStatusReason()));
        fields.put("revisitDate", i.getRevisitDate() == null ? "" : i.getRevisitDate().toString());
        fields.put("priority", i.getPriority().name());
        fields.put("dueDate", i.getDueDate() == null ? "" : i.getDueDate().toString());
        fields.put("owner", Long.toString(i.getOwnerId()));
        fields.put("approver", i.getApproverId() == null ? "" : i.getApproverId().toString());
        fields.put("background", orEmpty(i.getBackground()));
        fields.put("currentState", orEmpty(i.getCurrentState()));
        fields.put("goal", orEmpty(i.getGoal()));
        fields.put("countermeasures", orEmpty(i.getCountermeasures()));
        fields.put("results", orEmpty(i.getResults()));
        fields.put("followUp", orEmpty(i.getFollowUp()));
        return fields;
    }

    /** One impact row in a line, e.g. "COST, hard, YEARLY, MONEY: target 1000.00, forecast –, actual 800.00". */
    static Map<String, String> impact(Impact m) {
        return Map.of("impact", m.getType().name() + (m.getDescription() == null ? "" : " (" + m.getDescription() + ")")
                + ", " + (m.isHard() ? "hard" : "soft") + ", " + m.getRecurrence().name() + ", " + m.getUnit().name()
                + ": target " + dash(m.getTarget()) + ", forecast " + dash(m.getForecast()) + ", actual "
                + dash(m.getActual()));
    }

    private static String dash(@Nullable BigDecimal v) {
        return v == null ? "–" : v.toPlainString();
    }
}
