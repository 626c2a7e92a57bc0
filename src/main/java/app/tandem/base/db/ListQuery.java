package app.tandem.base.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid's page as one SQL statement that holds only the filters that are set (no {@code :x is null or ...}
 * chains), a whitelisted sort, and {@code limit size + 1} to tell whether a next page exists. Used for the hot
 * list queries, where a page must cost little more than the same SQL written by hand (docs/benchmarks.md).
 *
 * <pre>
 * new ListQuery("select a.id, a.name from account a", SORT_COLUMNS)
 *         .where("a.status = :status", "status", statusOrNull)
 *         .slice(jdbc, pageable, (rs, i) -> ...);
 * </pre>
 *
 * Sort properties not in the whitelist are refused, so a sort never reaches the SQL unchecked.
 */
public final class ListQuery {

    private final String selectFrom;
    private final Map<String, String> sortColumns;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /**
     * @param selectFrom  the select list, from and joins, without where or order by
     * @param sortColumns sort property (as the grid names it) to SQL expression
     */
    public ListQuery(String selectFrom, Map<String, String> sortColumns) {
        this.selectFrom = selectFrom;
        this.sortColumns = Map.copyOf(sortColumns);
    }

    /** A condition that always applies; its parameters are given with {@link #param}. */
    public ListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one named parameter, added only when the value is set (not null). */
    public ListQuery where(String condition, String name, @Nullable Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    public ListQuery param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The SQL of a page (for tests and the benchmark). */
    public String sql(Pageable pageable) {
        StringBuilder sql = new StringBuilder(selectFrom);
        if (!conditions.isEmpty()) {
            sql.append("\nwhere ").append(String.join("\n  and ", conditions));
        }
        sql.append("\norder by ").append(orderBy(pageable.getSort()));
        if (pageable.isPaged()) {
            sql.append("\nlimit ").append(pageable.getPageSize() + 1).append(" offset ").append(pageable.getOffset());
        }
        return sql.toString();
    }

    /** The page: at most the page size of rows, and whether more follow. */
    public <T> Slice<T> slice(JdbcClient jdbc, Pageable pageable, RowMapper<T> mapper) {
        List<T> rows = jdbc.sql(sql(pageable)).params(params).query(mapper).list();
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(rows, pageable, false);
        }
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    private String orderBy(Sort sort) {
        StringJoiner orderBy = new StringJoiner(", ");
        for (Sort.Order order : sort) {
            String column = sortColumns.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Cannot sort by " + order.getProperty());
            }
            orderBy.add(column + (order.isAscending() ? "" : " desc"));
        }
        if (orderBy.length() == 0) {
            throw new IllegalArgumentException("A list needs a sort (a stable one, ending with the id)");
        }
        return orderBy.toString();
    }
}
