package app.tandem.benchmark;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Remembers the last SQL Hibernate sent on this thread, so the benchmark can show what "ours" runs. */
public class SqlCapture implements StatementInspector {

    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        LAST.set(sql);
        return sql;
    }

    static String last() {
        String sql = LAST.get();
        return sql == null ? "" : sql;
    }
}
