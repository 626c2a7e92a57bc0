package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/** An item of a template version as shown and saved: what is asked, the help text, the unit and the rules. */
public record TemplateItemData(@Nullable Long id, String prompt, @Nullable String help, @Nullable String unit,
        ItemRule rule) {
}
