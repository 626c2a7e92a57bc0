package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/**
 * An item of a template version as shown and saved: what is asked, the help text, the unit and the rules;
 * {@code version} is the item's version as it was read, which a change must still match.
 */
public record TemplateItemData(@Nullable Long id, long version, String prompt, @Nullable String help,
        @Nullable String unit, ItemRule rule) {

    /** A new item, or one not changed since it was created. */
    public TemplateItemData(@Nullable Long id, String prompt, @Nullable String help, @Nullable String unit,
            ItemRule rule) {
        this(id, 0, prompt, help, unit, rule);
    }
}
