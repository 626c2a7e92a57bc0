package app.tandem.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form of a record page (see docs/adr/0004): a {@link Binder} over a Java record, read with
 * {@code readRecord} and written with {@code writeRecord} into a new record, so views never hold a mutable
 * copy of the data. The record's {@code id} and {@code version} are carried along unseen. (A form over a
 * service's own editable class, such as {@code UserDraft}, reads and writes it as a bean.) Enter saves,
 * Escape cancels; a user who may not edit sees every field read-only and Close instead of Cancel.
 * A subclass only creates and binds its fields (by record component name) and lays them out.
 */
public abstract class RecordForm<R> extends FormLayout {

    public final Button save = new Button();
    public final Button cancel = new Button();
    public final Button delete = new Button();
    protected final Binder<R> binder;
    private final String labelPrefix;
    private final String tooLongKey;
    private final boolean isRecord;
    private final Map<String, ReadOnlyHasValue<@Nullable Object>> carried = new HashMap<>();
    private @Nullable R record;
    private Consumer<R> onSave = r -> { };
    private Runnable onClose = () -> { };
    private Consumer<R> onDelete = r -> { };

    /**
     * @param idPrefix the start of the buttons' ids, e.g. {@code crm-account} for {@code crm-account-save}
     * @param labelPrefix the message key before a field's name, e.g. {@code crm.account.field}
     * @param tooLongKey the message for a text over its length, with the length as argument
     */
    protected RecordForm(Class<R> type, String idPrefix, String labelPrefix, String tooLongKey) {
        this.binder = new Binder<>(type);
        this.labelPrefix = labelPrefix;
        this.tooLongKey = tooLongKey;
        this.isRecord = type.isRecord();
        if (isRecord) {
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .filter(name -> name.equals("id") || name.equals("version")).forEach(this::carry);
        }
        save.setText(getTranslation("action.save"));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            if (othersValid()) {
                written().ifPresent(onSave);
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId(idPrefix + "-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> onClose.run());
        delete.setText(getTranslation("action.delete"));
        delete.setId(idPrefix + "-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> onDelete.accept(current()));
        delete.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    /** Carries a record component the form does not show from the record read to the record written. */
    protected final void carry(String... properties) {
        for (String property : properties) {
            ReadOnlyHasValue<@Nullable Object> holder = new Carried();
            carried.put(property, holder);
            binder.forField(holder).bind(property);
        }
    }

    /**
     * Updates a carried component after the record changed elsewhere on the page (e.g. its version after a
     * change in a tab), keeping what the user typed in the fields.
     */
    public void carryOver(String property, @Nullable Object value) {
        ReadOnlyHasValue<@Nullable Object> holder = carried.get(property);
        if (holder == null) {
            throw new IllegalArgumentException("Not carried: " + property);
        }
        holder.setValue(value);
    }

    /** Labels a field from {@code <labelPrefix>.<property>} and gives it its id. */
    protected <F extends HasLabel> F label(F field, String property, String id) {
        field.setLabel(getTranslation(labelPrefix + "." + property));
        ((com.vaadin.flow.component.Component) field).setId(id);
        return field;
    }

    /**
     * A free text of at most {@code max} characters, with the screen's own rules on what was typed (a pattern,
     * see {@link #blankOr}); blank is saved as null, text is trimmed.
     */
    @SafeVarargs
    protected final void optionalText(HasValue<?, String> field, String property, int max,
            Validator<String>... rules) {
        Binder.BindingBuilder<R, String> builder = binder.forField(field)
                .withValidator(new StringLengthValidator(getTranslation(tooLongKey, max), 0, max));
        for (Validator<String> rule : rules) {
            builder = builder.withValidator(rule);
        }
        builder.withConverter(TRIMMED_OR_NULL).bind(property);
    }

    /** A text the record must have, of at most {@code max} characters, trimmed. */
    protected void requiredText(HasValue<?, String> field, String property, int max, String requiredKey) {
        binder.forField(field).asRequired(getTranslation(requiredKey))
                .withValidator(new StringLengthValidator(getTranslation(tooLongKey, max), 1, max))
                .withConverter(String::trim, v -> v == null ? "" : v).bind(property);
    }

    /** A rule for an optional text: empty, or (trimmed) matching the pattern. */
    protected Validator<String> blankOr(Pattern pattern, String messageKey) {
        return Validator.from(v -> v == null || v.isBlank() || pattern.matcher(v.trim()).matches(),
                getTranslation(messageKey));
    }

    /**
     * A reference to another record chosen in a combo box while the record holds its id: {@code lookup} finds
     * the item for an id when the form reads a record (an id the user may not read may return null).
     */
    protected <V> void reference(HasValue<?, V> field, String property, Function<V, Long> id,
            LongFunction<@Nullable V> lookup, @Nullable String requiredKey) {
        Binder.BindingBuilder<R, V> builder = binder.forField(field);
        if (requiredKey != null) {
            builder = builder.asRequired(getTranslation(requiredKey));
        }
        builder.withConverter(new Converter<V, Long>() {
            @Override
            public Result<Long> convertToModel(@Nullable V value, ValueContext context) {
                return Result.ok(value == null ? null : id.apply(value));
            }

            @Override
            public @Nullable V convertToPresentation(@Nullable Long value, ValueContext context) {
                V shown = field.getValue();
                if (value == null) {
                    return null;
                }
                return shown != null && Objects.equals(id.apply(shown), value) ? shown : lookup.apply(value);
            }
        }).bind(property);
    }

    /** The Save and Cancel buttons (and Delete, when offered) as the form's last row. */
    protected HorizontalLayout buttons() {
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);
        buttons.addClassName("form-buttons");
        return buttons;
    }

    /** Shows a record; the fields are filled from its components. */
    public void edit(R value) {
        this.record = value;
        if (isRecord) {
            binder.readRecord(value);
        } else {
            binder.readBean(value);
        }
        focusFirst();
    }

    /** Checks what the binder does not hold (e.g. a new user's first password); false stops the save. */
    protected boolean othersValid() {
        return true;
    }

    /** Where the cursor goes when a record opens. */
    protected abstract void focusFirst();

    /** For who may read but not change the record: every field read-only, no Save, Cancel becomes Close. */
    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        save.setEnabled(!readOnly);
        cancel.setText(getTranslation(readOnly ? "action.close" : "action.cancel"));
    }

    /** The record as last read (not the user's input). */
    public R current() {
        return Objects.requireNonNull(record, "no record is open");
    }

    /**
     * The user's input as a new record (or, for a bean, written into the one shown), or empty (with the fields'
     * messages shown) when it is not valid.
     */
    public Optional<R> written() {
        if (!isRecord) {
            return binder.writeBeanIfValid(current()) ? Optional.of(current()) : Optional.empty();
        }
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    public boolean hasChanges() {
        return binder.hasChanges();
    }

    public void onSave(Consumer<R> listener) {
        this.onSave = listener;
    }

    public void onClose(Runnable listener) {
        this.onClose = listener;
    }

    /** Offers Delete (for a saved record the user may edit); the page asks for confirmation first. */
    public void onDelete(Consumer<R> listener) {
        this.onDelete = listener;
    }

    /** A component the user does not see: it keeps its value whether the form is read-only or not. */
    private static final class Carried extends ReadOnlyHasValue<@Nullable Object> {

        Carried() {
            super(value -> { });
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            // never edited by the user, so nothing to switch
        }
    }

    private static final Converter<String, @Nullable String> TRIMMED_OR_NULL = Converter.from(
            v -> Result.ok(v == null || v.isBlank() ? null : v.trim()), v -> v == null ? "" : v);
}
