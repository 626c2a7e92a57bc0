package app.tandem.crm;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline stages and lost reasons are reference data that every CRM test reads: a test that changes them
 * takes a snapshot first and puts them back afterwards (deals go first, since they point at stages).
 */
final class StandardPipeline {

    private static final String STAGE_COLUMNS = "id, version, name, position, probability, forecast_category, "
            + "closed, won, created_at, created_by, updated_at, updated_by";
    private static final String REASON_COLUMNS = "id, version, name, active, created_at, created_by, updated_at, "
            + "updated_by";

    private final JdbcTemplate jdbc;
    private final List<Map<String, Object>> stages;
    private final List<Map<String, Object>> reasons;

    private StandardPipeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.stages = jdbc.queryForList("select " + STAGE_COLUMNS + " from pipeline_stage");
        this.reasons = jdbc.queryForList("select " + REASON_COLUMNS + " from lost_reason");
    }

    static StandardPipeline snapshot(JdbcTemplate jdbc) {
        return new StandardPipeline(jdbc);
    }

    void restore() {
        jdbc.update("delete from activity");
        jdbc.update("delete from deal_stage_change");
        jdbc.update("delete from deal_contact");
        jdbc.update("delete from deal");
        restore("pipeline_stage", STAGE_COLUMNS, stages);
        restore("lost_reason", REASON_COLUMNS, reasons);
    }

    private void restore(String table, String columns, List<Map<String, Object>> rows) {
        jdbc.update("delete from " + table);
        List<String> names = List.of(columns.split(", "));
        String placeholders = names.stream().map(n -> "?").collect(Collectors.joining(", "));
        for (Map<String, Object> row : rows) {
            jdbc.update("insert into " + table + " (" + columns + ") values (" + placeholders + ")",
                    names.stream().map(row::get).toArray());
        }
    }
}
