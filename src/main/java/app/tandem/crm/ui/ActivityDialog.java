package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.AccountRef;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactRef;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealService;
import app.tandem.crm.Recurrence;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Logs an activity that happened (done, with when it happened) or plans one (with when it is due) at an
 * account, optionally for one of its contacts and deals. A planned task may repeat until a date.
 */
class ActivityDialog extends Dialog {

    enum Mode {
        /** something that happened: saved as done */
        LOG,
        /** something to do: saved as planned */
        PLAN
    }

    final Select<ActivityType> type = new Select<>();
    final TextField subject = new TextField();
    final TextArea details = new TextArea();
    final DateTimePicker when = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final ComboBox<ContactRef> contact = new ComboBox<>();
    final ComboBox<DealChoice> deal = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final Select<Recurrence> recurrence = new Select<>();
    final DatePicker until = new DatePicker();
    final Button save = new Button();

    private final Mode mode;
    private final AccountRef account;
    private final ActivityService activityService;
    private final Consumer<ActivityData> onSaved;
    private final Binder<ActivityDraft> binder = new Binder<>();
    private final ActivityDraft draft = new ActivityDraft();

    /** For the given account; a deal page passes its deal, which the dialog then keeps. */
    ActivityDialog(Mode mode, AccountRef account, @Nullable DealChoice ofDeal, UserRef me,
            ActivityService activityService, ContactService contactService, DealService dealService,
            UserService userService, Consumer<ActivityData> onSaved) {
        this.mode = mode;
        this.account = account;
        this.activityService = activityService;
        this.onSaved = onSaved;
        setId("activity-dialog");
        addClassName("activity-dialog");
        setHeaderTitle(getTranslation(mode == Mode.LOG ? "activity.log.title" : "activity.plan.title",
                account.name()));

        type.setLabel(getTranslation("activity.type"));
        type.setId("activity-type");
        type.setItems(EnumSet.allOf(ActivityType.class));
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t.name()));
        subject.setLabel(getTranslation("activity.subject"));
        subject.setId("activity-subject");
        details.setLabel(getTranslation("activity.details"));
        details.setId("activity-details");
        when.setLabel(getTranslation(mode == Mode.LOG ? "activity.happened-at" : "activity.due-at"));
        when.setId("activity-when");
        when.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(getTranslation("activity.when.invalid"))
                .setIncompleteInputErrorMessage(getTranslation("activity.when.invalid")));
        duration.setLabel(getTranslation("activity.duration"));
        duration.setId("activity-duration");
        duration.setMin(0);
        duration.setMax(ActivityService.MAX_DURATION_MINUTES);
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        duration.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(rangeMessage())
                .setMinErrorMessage(rangeMessage())
                .setMaxErrorMessage(rangeMessage())
                .setStepErrorMessage(rangeMessage()));
        contact.setLabel(getTranslation("activity.contact"));
        contact.setId("activity-contact");
        contact.setItems(q -> contactService.list(new ContactFilter(q.getFilter().orElse(null), account.id(), null,
                null), toSpringPageRequest(q)).stream()
                .map(c -> new ContactRef(c.id(), fullName(c.firstName(), c.lastName()), c.email(), c.accountName())));
        contact.setItemLabelGenerator(ContactRef::fullName);
        contact.setClearButtonVisible(true);
        contact.setHelperText(getTranslation("activity.contact.help"));
        deal.setLabel(getTranslation("activity.deal"));
        deal.setId("activity-deal");
        deal.setItems(q -> dealService.list(new DealFilter(q.getFilter().orElse(null), null, null, null, null, null,
                account.id()), toSpringPageRequest(q)).stream().map(d -> new DealChoice(d.id(), d.name())));
        deal.setItemLabelGenerator(DealChoice::name);
        deal.setClearButtonVisible(true);
        deal.setHelperText(getTranslation("activity.deal.help"));
        owner.setLabel(getTranslation("activity.owner"));
        owner.setId("activity-owner");
        owner.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        owner.setItemLabelGenerator(UserRef::displayName);
        recurrence.setLabel(getTranslation("activity.recurrence"));
        recurrence.setId("activity-recurrence");
        recurrence.setItems(EnumSet.allOf(Recurrence.class));
        recurrence.setItemLabelGenerator(r -> getTranslation("activity.recurrence." + r.name()));
        until.setLabel(getTranslation("activity.until"));
        until.setId("activity-until");
        until.setHelperText(getTranslation("activity.until.help"));
        until.setClearButtonVisible(true);
        until.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(getTranslation("activity.until.invalid")));

        bind();
        draft.setOwner(me);
        draft.setWhen(mode == Mode.LOG ? now() : now().toLocalDate().plusDays(1).atTime(LocalTime.of(9, 0)));
        draft.setDeal(ofDeal);
        binder.readBean(draft);
        deal.setReadOnly(ofDeal != null);
        type.addValueChangeListener(e -> showRecurrence());
        recurrence.addValueChangeListener(e -> showRecurrence());
        showRecurrence();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(type, when);
        form.add(subject, 2);
        form.add(duration, owner, contact, deal, recurrence, until);
        form.add(details, 2);

        save.setText(getTranslation(mode == Mode.LOG ? "activity.log" : "activity.plan"));
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("activity-cancel");
        add(form);
        getFooter().add(cancel, save);
        setWidth("min(44rem, 100vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                subject.focus();
            }
        });
    }

    private void bind() {
        binder.forField(type).asRequired(getTranslation("activity.type.required"))
                .bind(ActivityDraft::getType, ActivityDraft::setType);
        binder.forField(subject).asRequired(getTranslation("activity.subject.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("activity.subject.too-long", ActivityService.MAX_SUBJECT), 1,
                        ActivityService.MAX_SUBJECT))
                .bind(ActivityDraft::getSubject, ActivityDraft::setSubject);
        binder.forField(details)
                .withValidator(new StringLengthValidator(
                        getTranslation("activity.details.too-long", ActivityService.MAX_DETAILS), 0,
                        ActivityService.MAX_DETAILS))
                .bind(ActivityDraft::getDetails, ActivityDraft::setDetails);
        binder.forField(when)
                .asRequired(getTranslation(mode == Mode.LOG ? "activity.happened.required" : "activity.due.required"))
                .withValidator(v -> mode == Mode.PLAN || !v.isAfter(now().plusMinutes(5)),
                        getTranslation("activity.happened.future"))
                .bind(ActivityDraft::getWhen, ActivityDraft::setWhen);
        binder.forField(duration)
                .withValidator(v -> v == null || (v >= 0 && v <= ActivityService.MAX_DURATION_MINUTES), rangeMessage())
                .bind(ActivityDraft::getDurationMinutes, ActivityDraft::setDurationMinutes);
        binder.forField(contact).bind(ActivityDraft::getContact, ActivityDraft::setContact);
        binder.forField(deal).bind(ActivityDraft::getDeal, ActivityDraft::setDeal);
        binder.forField(owner).asRequired(getTranslation("activity.owner.required"))
                .bind(ActivityDraft::getOwner, ActivityDraft::setOwner);
        binder.forField(recurrence).asRequired(getTranslation("activity.recurrence.required"))
                .bind(ActivityDraft::getRecurrence, ActivityDraft::setRecurrence);
        var untilBinding = binder.forField(until)
                .withValidator(d -> d == null || recurrence.getValue() == Recurrence.NONE || when.getValue() == null
                        || d.isAfter(when.getValue().toLocalDate()), getTranslation("activity.recur-until.before-due"))
                .bind(ActivityDraft::getUntil, ActivityDraft::setUntil);
        when.addValueChangeListener(e -> {
            if (until.getValue() != null) {
                untilBinding.validate();
            }
        });
    }

    /** Only a planned task repeats; the end date only matters when it does. */
    private void showRecurrence() {
        boolean repeatable = mode == Mode.PLAN && type.getValue() == ActivityType.TASK;
        if (!repeatable && recurrence.getValue() != Recurrence.NONE) {
            recurrence.setValue(Recurrence.NONE);
        }
        recurrence.setVisible(repeatable);
        boolean repeats = repeatable && recurrence.getValue() != null && recurrence.getValue() != Recurrence.NONE;
        until.setVisible(repeats);
        if (!repeats) {
            until.clear();
        }
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            ActivityData saved = activityService.create(draft.toData(
                    mode == Mode.LOG ? ActivityStatus.DONE : ActivityStatus.PLANNED, account.id()));
            close();
            Notices.success(getTranslation(mode == Mode.LOG ? "activity.logged" : "activity.planned",
                    saved.subject()));
            onSaved.accept(saved);
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private String rangeMessage() {
        return getTranslation("activity.duration.range", ActivityService.MAX_DURATION_MINUTES);
    }

    /** Now in the user's time zone, to the minute: activity times are the users' local times. */
    private static LocalDateTime now() {
        return LocalDateTime.now(ClientTime.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    static String fullName(@Nullable String firstName, String lastName) {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
