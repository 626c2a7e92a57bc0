package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.DomainException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactRef;
import app.tandem.crm.ContactRole;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealContact;
import app.tandem.crm.DealData;
import app.tandem.crm.DealContactService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The people on a deal: the primary contact and the contacts with a role (decision maker, influencer, user).
 * Who may edit the deal adds a contact of the deal's account, changes a role, makes one primary or removes one.
 * Every change carries the deal's version, so a change made meanwhile by someone else is not overwritten.
 */
class DealContacts extends VerticalLayout {

    final ComboBox<ContactRef> contact = new ComboBox<>();
    final Select<ContactRole> role = new Select<>();
    final Button add = new Button();
    final Grid<DealContact> grid = new Grid<>();

    private final DealContactService dealService;
    private final HorizontalLayout addRow;
    private long dealId;
    private long accountId;
    private long version;
    private String dealName = "";
    private boolean editable;
    private Consumer<DealData> onChange = d -> {
    };
    private Runnable onConflict = () -> {
    };

    DealContacts(DealContactService dealService, ContactService contactService) {
        this.dealService = dealService;
        setPadding(false);
        addClassName("deal-contacts");

        contact.setLabel(getTranslation("crm.deal.contacts.contact"));
        contact.setId("crm-deal-contact-pick");
        contact.setItems(q -> contactService.list(new ContactFilter(q.getFilter().orElse(null), accountId, null, null),
                toSpringPageRequest(q)).stream().map(c -> new ContactRef(c.id(),
                        ActivityDialog.fullName(c.firstName(), c.lastName()), c.email(), c.accountName())));
        contact.setItemLabelGenerator(ContactRef::fullName);
        contact.setHelperText(getTranslation("crm.deal.contacts.contact.help"));
        role.setLabel(getTranslation("crm.deal.contacts.role"));
        role.setId("crm-deal-contact-role");
        role.setItems(EnumSet.allOf(ContactRole.class));
        role.setItemLabelGenerator(this::roleText);
        add.setText(getTranslation("crm.deal.contacts.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("crm-deal-contact-add");
        add.addClickListener(e -> addContact());
        addRow = new HorizontalLayout(contact, role, add);
        addRow.addClassName("deal-contacts-add");
        addRow.setWrap(true);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("crm-deal-contacts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::name).setHeader(getTranslation("crm.contact.field.name")).setFlexGrow(1);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("crm.deal.contacts.role")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setWidth("6rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("crm.deal.contacts.empty"));
        add(addRow, grid);
    }

    /** Shows the deal's contacts; {@code version} is the deal's version the page shows. */
    void show(long dealId, String dealName, long accountId, long version, boolean editable) {
        this.dealId = dealId;
        this.dealName = dealName;
        this.accountId = accountId;
        this.version = version;
        this.editable = editable;
        addRow.setVisible(editable);
        contact.clear();
        contact.setInvalid(false);
        role.clear();
        role.setInvalid(false);
        refresh();
    }

    /** After every change here: the deal as saved (new version, primary contact). */
    void onChange(Consumer<DealData> onChange) {
        this.onChange = onChange;
    }

    /** When someone else changed the deal meanwhile. */
    void onConflict(Runnable onConflict) {
        this.onConflict = onConflict;
    }

    List<DealContact> items() {
        return grid.getListDataView().getItems().toList();
    }

    private void refresh() {
        grid.setItems(dealService.contacts(dealId));
    }

    private void addContact() {
        ContactRef chosen = contact.getValue();
        ContactRole chosenRole = role.getValue();
        contact.setErrorMessage(getTranslation("crm.deal.contacts.contact.required"));
        contact.setInvalid(chosen == null);
        role.setErrorMessage(getTranslation("crm.deal.contacts.role.required"));
        role.setInvalid(chosenRole == null);
        if (chosen == null || chosenRole == null) {
            return;
        }
        if (change(() -> dealService.addContact(dealId, version, chosen.id(), chosenRole),
                getTranslation("crm.deal.contacts.added", chosen.fullName(), roleText(chosenRole)))) {
            contact.clear();
            role.clear();
        }
    }

    /** Runs a change, tells the page its result; false when it failed (the message is shown). */
    private boolean change(Supplier<DealData> action, String success) {
        try {
            DealData saved = action.get();
            version = saved.version();
            Notices.success(success);
            refresh();
            onChange.accept(saved);
            return true;
        } catch (OptimisticLockingFailureException e) {
            onConflict.run();
        } catch (DomainException e) {
            // refused (e.g. the contact left the account): say why and show the deal's contacts as they are
            Failures.show(e);
            refresh();
        }
        return false;
    }

    private Component name(DealContact c) {
        Button name = new Button(c.name(), e -> UI.getCurrent().navigate(ContactsView.class,
                ContactsView.parameters(Long.toString(c.contactId()))));
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        name.setTooltipText(getTranslation("crm.deal.contacts.open"));
        Div cell = new Div(name);
        cell.addClassName("deal-contact-name");
        if (c.primary()) {
            Span primary = new Span(getTranslation("crm.deal.contacts.primary"));
            primary.addClassNames("status-badge", "status-planned");
            cell.add(primary);
        }
        if (c.jobTitle() != null) {
            Span title = new Span(c.jobTitle());
            title.addClassName("deal-contact-title");
            cell.add(title);
        }
        return cell;
    }

    private Component roleCell(DealContact c) {
        if (!editable) {
            return new Span(c.role() == null ? "" : roleText(c.role()));
        }
        Select<ContactRole> select = new Select<>();
        select.setId("crm-deal-contact-role-" + c.contactId());
        select.setAriaLabel(getTranslation("crm.deal.contacts.role.of", c.name()));
        select.setItems(EnumSet.allOf(ContactRole.class));
        select.setItemLabelGenerator(this::roleText);
        select.setPlaceholder(getTranslation("crm.deal.contacts.no-role"));
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.setValue(c.role());
        select.addValueChangeListener(e -> {
            ContactRole chosen = e.getValue();
            if (chosen != null && chosen != c.role()) {
                change(() -> dealService.changeContactRole(dealId, version, c.contactId(), chosen),
                        getTranslation("crm.deal.contacts.role-changed", c.name(), roleText(chosen)));
            }
        });
        return select;
    }

    private Component actions(DealContact c) {
        Div actions = new Div();
        actions.addClassName("deal-contact-actions");
        if (!editable) {
            return actions;
        }
        if (!c.primary()) {
            Button primary = new Button(VaadinIcon.STAR_O.create(), e -> change(
                    () -> dealService.makePrimaryContact(dealId, version, c.contactId()),
                    getTranslation("crm.deal.contacts.made-primary", c.name())));
            primary.setId("crm-deal-contact-primary-" + c.contactId());
            primary.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            primary.setAriaLabel(getTranslation("crm.deal.contacts.make-primary", c.name()));
            primary.setTooltipText(getTranslation("crm.deal.contacts.make-primary", c.name()));
            actions.add(primary);
        }
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(c));
        remove.setId("crm-deal-contact-remove-" + c.contactId());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("crm.deal.contacts.remove", c.name()));
        remove.setTooltipText(getTranslation("crm.deal.contacts.remove", c.name()));
        actions.add(remove);
        return actions;
    }

    private void confirmRemove(DealContact c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("crm-deal-contact-remove-confirm");
        confirm.setHeader(getTranslation("crm.deal.contacts.remove.title", c.name(), dealName));
        confirm.setText(getTranslation("crm.deal.contacts.remove.text", c.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("crm.deal.contacts.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> change(() -> dealService.removeContact(dealId, version, c.contactId()),
                getTranslation("crm.deal.contacts.removed", c.name())));
        confirm.open();
    }

    private String roleText(ContactRole role) {
        return getTranslation("crm.deal.contacts.role." + role.name());
    }
}
