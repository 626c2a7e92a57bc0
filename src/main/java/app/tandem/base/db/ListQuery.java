package app.tandem.base.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid's page as SQL that holds only the filters that are set (no {@code :x is null or ...} chains), a
 * whitelisted sort that always ends with the id, and {@code limit size + 1} to tell whether a next page exists.
 * Used for the hot list queries, where a page must cost little more than the best SQL written by hand
 * (docs/benchmarks.md, ADR 0017).
 *
 * <pre>
 * ListQuery.of("select a.id, a.name, o.display_name", "account a", SORT_COLUMNS)
 *         .join("o", "join app_user o on o.id = a.owner_id")
 *         .where("a.status = :status", "status", statusOrNull)
 *         .slice(jdbc, pageable, (rs, i) -> ...);
 * </pre>
 *
 * A paged query is a <b>deferred join</b>: the ids of the page come first, through the filter's and sort's index
 * with limit and offset and only the joins that the filters and the sort name; then the page's rows are joined for
 * their columns. {@code OFFSET 50000} then walks 50,000 index entries instead of reading and joining 50,000 rows.
 * Joins must not drop or repeat rows (to-one joins over a foreign key that is never null, or left joins), so that
 * leaving one out of the id query changes no result. Sort properties not in the whitelist are refused.
 */
public final class ListQuery {

    private static final String PAGE = "page_";

    private final String select;
    private final @Nullable String table;
    private final Map<String, String> sortColumns;
    private final Map<String, String> joins = new LinkedHashMap<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /**
     * A plain list query: one statement, no deferred join (for short lists).
     *
     * @param selectFrom  the select list, from and joins, without where or order by
     * @param sortColumns sort property (as the grid names it) to SQL expression
     */
    public ListQuery(String selectFrom, Map<String, String> sortColumns) {
        this(selectFrom, null, sortColumns);
    }

    private ListQuery(String select, @Nullable String table, Map<String, String> sortColumns) {
        this.select = select;
        this.table = table;
        this.sortColumns = Map.copyOf(sortColumns);
    }

    /**
     * A list query whose pages are deferred joins.
     *
     * @param select      the select list (columns of the table and of the joins)
     * @param table       the listed table with its alias, e.g. {@code account a}; its key column is {@code id}
     * @param sortColumns sort property (as the grid names it) to SQL expression
     */
    public static ListQuery of(String select, String table, Map<String, String> sortColumns) {
        return new ListQuery(select, table, sortColumns);
    }

    /** A join, used only where its alias is named (by the select list, a condition, the sort or another join). */
    public ListQuery join(String alias, String join) {
        joins.put(alias, join);
        return this;
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

    /** The SQL of a page as it is run: a deferred join when paged (for tests and the benchmark). */
    public String sql(Pageable pageable) {
        if (table == null || pageable.isUnpaged()) {
            return plainSql(pageable);
        }
        String orderBy = orderBy(pageable.getSort());
        StringBuilder ids = new StringBuilder("select ").append(key()).append(" from ").append(table)
                .append(joinsNamedIn(String.join(" ", conditions) + " " + orderBy));
        whereClause(ids);
        ids.append(" order by ").append(orderBy).append(limit(pageable));
        // the page's ids first, then each row by its key: without STRAIGHT_JOIN MariaDB may start from a joined table
        // (deals: all deals of a stage) and join the page last
        return select.replaceFirst("(?i)^\\s*select\\s", "select straight_join ") + "\nfrom (" + ids + ") " + PAGE
                + "\n     join " + table + " on " + key() + " = " + PAGE
                + ".id" + joinsNamedIn(select + " " + orderBy) + "\norder by " + orderBy;
    }

    /** The same page as one plain statement: the reference the deferred join must match (tests, benchmark). */
    public String plainSql(Pageable pageable) {
        String orderBy = orderBy(pageable.getSort());
        StringBuilder sql = new StringBuilder(select);
        if (table != null) {
            sql.append("\nfrom ").append(table)
                    .append(joinsNamedIn(select + " " + String.join(" ", conditions) + " " + orderBy));
        }
        whereClause(sql);
        sql.append("\norder by ").append(orderBy);
        if (pageable.isPaged()) {
            sql.append(limit(pageable));
        }
        return sql.toString();
    }

    /** How a page is read: as a deferred join (what the app does), or plainly (the reference in tests). */
    public enum Mode {
        DEFERRED, PLAIN
    }

    /** The page: at most the page size of rows, and whether more follow. */
    public <T> Slice<T> slice(JdbcClient jdbc, Pageable pageable, RowMapper<T> mapper) {
        return slice(jdbc, pageable, Mode.DEFERRED, mapper);
    }

    public <T> Slice<T> slice(JdbcClient jdbc, Pageable pageable, Mode mode, RowMapper<T> mapper) {
        return run(jdbc, mode == Mode.PLAIN ? plainSql(pageable) : sql(pageable), pageable, mapper);
    }

    /** The named parameters of the query (for the benchmark, which runs the SQL itself). */
    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    private <T> Slice<T> run(JdbcClient jdbc, String sql, Pageable pageable, RowMapper<T> mapper) {
        List<T> rows = jdbc.sql(sql).params(params).query(mapper).list();
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(rows, pageable, false);
        }
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    private void whereClause(StringBuilder sql) {
        if (!conditions.isEmpty()) {
            sql.append("\nwhere ").append(String.join("\n  and ", conditions));
        }
    }

    private static String limit(Pageable pageable) {
        return "\nlimit " + (pageable.getPageSize() + 1) + " offset " + pageable.getOffset();
    }

    private String alias() {
        String t = table == null ? "" : table.trim();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private String key() {
        return alias() + ".id";
    }

    /** The joins whose alias the text names, with the joins those name in turn, in their declared order. */
    private String joinsNamedIn(String text) {
        Set<String> needed = new LinkedHashSet<>();
        String scanned = text;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> join : joins.entrySet()) {
                if (!needed.contains(join.getKey()) && names(scanned, join.getKey())) {
                    needed.add(join.getKey());
                    scanned = scanned + " " + join.getValue();
                    grew = true;
                }
            }
        }
        StringBuilder sql = new StringBuilder();
        joins.forEach((alias, join) -> {
            if (needed.contains(alias)) {
                sql.append("\n     ").append(join);
            }
        });
        return sql.toString();
    }

    private static boolean names(String text, String alias) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(alias) + "\\.").matcher(text).find();
    }

    private String orderBy(Sort sort) {
        StringJoiner orderBy = new StringJoiner(", ");
        boolean unique = false;
        boolean descending = false;
        for (Sort.Order order : sort) {
            String column = sortColumns.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Cannot sort by " + order.getProperty());
            }
            orderBy.add(column + (order.isAscending() ? "" : " desc"));
            unique |= table != null && column.equals(key());
            descending = order.isDescending();
        }
        if (orderBy.length() == 0) {
            throw new IllegalArgumentException("A list needs a sort (a stable one, ending with the id)");
        }
        if (table != null && !unique) {
            // the tie-breaker, in the last order's direction so that one index serves the page (Paging)
            orderBy.add(key() + (descending ? " desc" : ""));
        }
        return orderBy.toString();
    }
}
