package app.tandem.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list's filter bar kept in the address's query ({@code /crm/accounts?q=acme&status=CUSTOMER}): a reload, the
 * back button and a shared link show the same filters. Each filter field is registered under a parameter name
 * with how its value is written and read back; a value that cannot be read (an old link, a typo) is no filter.
 */
public final class QueryFilters {

    private final Map<String, Filter<?>> filters = new LinkedHashMap<>();
    private final Runnable onChange;
    private boolean reading;

    /** @param onChange runs when the user changes a filter (not when the address sets it) */
    public QueryFilters(Runnable onChange) {
        this.onChange = onChange;
    }

    public <V> void add(String name, HasValue<?, V> field, Function<V, String> write,
            Function<String, @Nullable V> read) {
        add(name, field, write, read, null);
    }

    /** A filter that has a value when the address names none (e.g. "active users"), left out of the address. */
    public <V> void add(String name, HasValue<?, V> field, Function<V, String> write,
            Function<String, @Nullable V> read, @Nullable V byDefault) {
        filters.put(name, new Filter<>(field, write, read, byDefault));
        field.addValueChangeListener(e -> {
            if (!reading) {
                onChange.run();
            }
        });
    }

    public void text(String name, HasValue<?, String> field) {
        add(name, field, v -> v, v -> v);
    }

    public <E extends Enum<E>> void choice(String name, HasValue<?, E> field, Class<E> type) {
        add(name, field, Enum::name, v -> Enum.valueOf(type, v));
    }

    /** A chosen record (owner, team, account...) kept as its id; {@code find} looks it up when read back. */
    public <V> void reference(String name, HasValue<?, V> field, Function<V, Long> id,
            Function<Long, @Nullable V> find) {
        add(name, field, v -> Long.toString(id.apply(v)), v -> v.matches("\\d{1,18}") ? find.apply(Long.parseLong(v))
                : null);
    }

    /** The filters as query parameters; empty filters are left out. */
    public QueryParameters query() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filters.forEach((name, filter) -> filter.written().ifPresent(v -> parameters.put(name, List.of(v))));
        return new QueryParameters(parameters);
    }

    /** Sets the filter fields from the address; true if any of them changed. */
    public boolean read(QueryParameters query) {
        if (query().getParameters().equals(withOnly(query).getParameters())) {
            return false;
        }
        reading = true;
        try {
            filters.forEach((name, filter) -> filter.read(query.getSingleParameter(name).orElse(null)));
        } finally {
            reading = false;
        }
        return true;
    }

    private QueryParameters withOnly(QueryParameters query) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        filters.keySet().forEach(name -> query.getSingleParameter(name).filter(v -> !v.isBlank())
                .ifPresent(v -> known.put(name, List.of(v))));
        return new QueryParameters(known);
    }

    private record Filter<V>(HasValue<?, V> field, Function<V, String> write, Function<String, @Nullable V> read,
            @Nullable V byDefault) {

        Optional<String> written() {
            V value = field.getValue();
            if (value == null || field.isEmpty() || value.equals(byDefault)) {
                return Optional.empty();
            }
            return Optional.of(write.apply(value)).filter(v -> !v.isBlank());
        }

        void read(@Nullable String text) {
            V value = null;
            if (text != null && !text.isBlank()) {
                try {
                    value = read.apply(text);
                } catch (RuntimeException e) {
                    value = null; // an unknown value in an old or edited link: no filter
                }
            }
            if (value == null) {
                value = byDefault;
            }
            field.setValue(value == null ? field.getEmptyValue() : value);
        }
    }
}
