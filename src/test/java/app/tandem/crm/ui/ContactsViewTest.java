package app.tandem.crm.ui;

import static app.tandem.crm.ui.AccountsViewTest.currentPath;
import static app.tandem.crm.ui.AccountsViewTest.text;
import static app.tandem.crm.ui.AccountsViewTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ContactData;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import app.tandem.security.TestUsers;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.MANAGER)
class ContactsViewTest extends BrowserlessViewTest {

    @Autowired
    ContactService contactService;
    @Autowired
    AccountService accountService;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationContext context;

    @Test
    @WithTandemUser(roles = Role.STAFF)
    void staff_create_a_contact_at_an_account_through_the_form_and_own_it() {
        AccountData acme = accountService.create(new AccountData(null, 0, unique("Acme"), null, null, null, null,
                null, null, null, AccountStatus.PROSPECT, null, currentUser.id()));
        String lastName = unique("Lovelace");
        ContactsView view = open("crm/contacts/new", ContactsView.class);
        assertThat(view.form.owner.getValue().id()).as("the owner defaults to me").isEqualTo(currentUser.id());

        test(view.form.firstName).setValue("Ada");
        test(view.form.lastName).setValue(lastName);
        test(view.form.email).setValue(lastName + "@Example.com");
        test(view.form.jobTitle).setValue("CTO");
        view.form.account.setValue(new AccountRef(acme.id(), acme.name(), null));
        test(view.form.save).click();

        List<ContactListItem> found = find(lastName);
        assertThat(found).singleElement().satisfies(contact -> {
            assertThat(contact.firstName()).isEqualTo("Ada");
            assertThat(contact.email()).isEqualTo(lastName.toLowerCase() + "@example.com");
            assertThat(contact.accountName()).isEqualTo(acme.name());
            assertThat(contact.ownerId()).isEqualTo(currentUser.id());
        });
        assertThat(currentPath()).isEqualTo("crm/contacts/" + found.getFirst().id());
        assertThat(((ContactsView) getCurrentView()).form.account.getValue().id()).isEqualTo(acme.id());
    }

    @Test
    void saving_without_a_last_name_or_with_a_bad_email_shows_the_messages_and_saves_nothing() {
        ContactsView view = open("crm/contacts/new", ContactsView.class);

        test(view.form.firstName).setValue("Nameless");
        test(view.form.email).setValue("not-an-email");
        test(view.form.save).click();

        assertThat(view.form.lastName.getErrorMessage()).isEqualTo(text("contact.last-name.required"));
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(currentPath()).isEqualTo("crm/contacts/new");
    }

    @Test
    void a_new_contact_with_an_existing_email_asks_before_creating_a_duplicate() {
        String email = unique("dup") + "@example.com";
        ContactData existing = contactService.create(new ContactData(null, 0, "Existing", unique("Person"), email,
                null, null, null, currentUser.id()));
        String lastName = unique("Newcomer");
        ContactsView view = open("crm/contacts/new", ContactsView.class);

        test(view.form.lastName).setValue(lastName);
        test(view.form.email).setValue(email.toUpperCase());
        test(view.form.save).click();

        ConfirmDialog warning = $(ConfirmDialog.class).single();
        assertThat(test(warning).getHeader()).isEqualTo(text("crm.contacts.duplicate.title"));
        assertThat($(Button.class).id("crm-contact-duplicate-open-" + existing.id()).isVisible()).isTrue();
        assertThat(find(lastName)).as("nothing created until confirmed").isEmpty();

        test(warning).confirm();

        assertThat(find(lastName)).hasSize(1);
    }

    @Test
    void the_duplicate_warning_opens_the_existing_contact_instead() {
        String email = unique("dup") + "@example.com";
        ContactData existing = contactService.create(new ContactData(null, 0, null, unique("Person"), email,
                null, null, null, currentUser.id()));
        ContactsView view = open("crm/contacts/new", ContactsView.class);
        test(view.form.lastName).setValue(unique("Another"));
        test(view.form.email).setValue(email);
        test(view.form.save).click();

        test($(Button.class).id("crm-contact-duplicate-open-" + existing.id())).click();

        assertThat(currentPath()).isEqualTo("crm/contacts/" + existing.id());
        assertThat(((ContactsView) getCurrentView()).form.lastName.getValue()).isEqualTo(existing.lastName());
    }

    @Test
    void saving_over_someone_elses_change_reports_a_conflict_and_keeps_the_typed_input() {
        ContactData contact = contactService.create(new ContactData(null, 0, null, unique("Before"), null, null,
                null, null, currentUser.id()));
        ContactsView view = open("crm/contacts/" + contact.id(), ContactsView.class);
        test(view.form.jobTitle).setValue("Typed");

        ContactData now = contactService.load(contact.id());
        contactService.update(new ContactData(now.id(), now.version(), now.firstName(), now.lastName(), now.email(),
                now.phone(), "Meanwhile", now.accountId(), now.ownerId()));
        test(view.form.save).click();

        assertThat($(Span.class).withText(text("error.conflict")).exists()).isTrue();
        assertThat(view.form.jobTitle.getValue()).isEqualTo("Typed");
        assertThat(contactService.load(contact.id()).jobTitle()).isEqualTo("Meanwhile");
    }

    @Test
    @WithTandemUser(roles = Role.STAFF)
    void a_contact_at_an_account_outside_the_users_scope_still_opens_and_keeps_its_account() {
        TandemUser manager = new TestUsers(context).ensure(Role.MANAGER);
        long me = currentUser.id();
        ContactData contact = app.tandem.TestUsers.runAs(manager.id(), manager.getUsername(),
                EnumSet.of(Role.MANAGER), () -> {
                    AccountData foreign = accountService.create(new AccountData(null, 0, unique("Foreign"), null,
                            null, null, null, null, null, null, AccountStatus.PROSPECT, null, manager.id()));
                    return contactService.create(new ContactData(null, 0, null, unique("Mine"), null, null, null,
                            foreign.id(), me));
                });
        ContactsView view = open("crm/contacts/" + contact.id(), ContactsView.class);
        assertThat(currentPath()).isEqualTo("crm/contacts/" + contact.id());

        test(view.form.jobTitle).setValue("Buyer");
        test(view.form.save).click();

        ContactData saved = contactService.load(contact.id());
        assertThat(saved.jobTitle()).isEqualTo("Buyer");
        assertThat(saved.accountId()).isEqualTo(contact.accountId());
    }

    @Test
    @WithTandemUser(roles = Role.COMPLIANCE_OFFICER)
    void compliance_officers_see_a_contact_read_only_without_save() {
        TandemUser manager = new TestUsers(context).ensure(Role.MANAGER);
        ContactData contact = app.tandem.TestUsers.runAs(manager.id(), manager.getUsername(),
                EnumSet.of(Role.MANAGER), () -> contactService.create(new ContactData(null, 0, "Ina", unique("Audit"),
                        null, null, null, null, manager.id())));

        ContactsView view = open("crm/contacts/" + contact.id(), ContactsView.class);

        assertThat(view.form.lastName.getValue()).isEqualTo(contact.lastName());
        assertThat(view.form.lastName.isReadOnly()).isTrue();
        assertThat(view.form.email.isReadOnly()).isTrue();
        assertThat(view.form.account.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat($(Span.class).id("crm-read-only").isVisible()).isTrue();
    }

    private List<ContactListItem> find(String text) {
        return contactService.list(new ContactFilter(text, null, null, null), PageRequest.of(0, 10)).getContent();
    }
}
