package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@TandemServiceTest
class ContactServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    ContactService contactService;

    Person anna;
    Person ben;
    Person carl;
    Person sue;

    @BeforeEach
    void twoSalesTeams() {
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            sue = person("sue", Role.SUPERVISOR, Role.STAFF);
            team("East", sue, anna, ben, sue);
            team("West", null, carl);
            return null;
        });
    }

    @Test
    void staff_see_their_teams_contacts_but_get_not_found_for_another_teams() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        ContactData east = as(anna, () -> contactService.create(contact("Ada", "Lovelace", "ada@acme.com", acme, anna)));
        ContactData west = as(carl, () -> contactService.create(contact(null, "Westley", null, null, carl)));

        List<ContactListItem> seenByBen = as(ben, () -> contactService.list(ContactFilter.any(),
                PageRequest.of(0, 10)).getContent());
        assertThat(seenByBen).singleElement().satisfies(c -> {
            assertThat(c.lastName()).isEqualTo("Lovelace");
            assertThat(c.accountName()).isEqualTo("Acme");
            assertThat(c.ownerName()).isEqualTo("Anna");
        });
        assertThat(as(ben, () -> contactService.load(east.id())).lastName()).isEqualTo("Lovelace");
        assertThatThrownBy(() -> as(ben, () -> contactService.load(west.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(carl, () -> contactService.list(ContactFilter.any(), PageRequest.of(0, 10)).getContent()))
                .extracting(ContactListItem::lastName).containsExactly("Westley");
    }

    @Test
    void the_list_filters_by_text_and_account_and_sorts_by_account_name() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long zeta = as(anna, () -> accountService.create(account("Zeta", anna))).id();
        as(anna, () -> contactService.create(contact("Ada", "Lovelace", "ada@acme.com", acme, anna)));
        as(anna, () -> contactService.create(contact("Alan", "Turing", "alan@zeta.com", zeta, anna)));
        as(anna, () -> contactService.create(contact(null, "Nobody", null, null, anna)));

        assertThat(as(anna, () -> contactService.list(new ContactFilter("ZETA.com", null, null, null),
                PageRequest.of(0, 10)).getContent())).extracting(ContactListItem::lastName).containsExactly("Turing");
        assertThat(as(anna, () -> contactService.list(new ContactFilter(null, acme, null, null),
                PageRequest.of(0, 10)).getContent())).extracting(ContactListItem::lastName).containsExactly("Lovelace");
        assertThat(as(anna, () -> contactService.list(ContactFilter.any(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "a.name"))).getContent()))
                .extracting(ContactListItem::lastName).startsWith("Turing", "Lovelace");
        assertThat(as(anna, () -> contactService.list(ContactFilter.any(), PageRequest.of(0, 10)).getContent()))
                .extracting(ContactListItem::lastName).containsExactly("Lovelace", "Nobody", "Turing");
    }

    @Test
    void a_contact_cannot_name_an_account_the_user_cannot_read() {
        long west = as(carl, () -> accountService.create(account("Westwind", carl))).id();

        assertThatThrownBy(() -> as(anna, () -> contactService.create(contact(null, "Sneaky", null, west, anna))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void the_team_follows_the_owner_and_the_last_name_is_required() {
        ContactData mine = as(sue, () -> contactService.create(contact(null, "Mine", null, null, ben)));
        assertThat(as(ben, () -> contactService.list(new ContactFilter(null, null, ben.id(), null),
                PageRequest.of(0, 10)).getContent())).extracting(ContactListItem::id).containsExactly(mine.id());

        assertThatThrownBy(() -> as(anna, () -> contactService.create(contact("Only", " ", null, null, anna))))
                .isInstanceOf(DomainException.class).hasMessage("contact.last-name.required");
        assertThatThrownBy(() -> as(anna, () -> contactService.create(contact(null, "Other", null, null, ben))))
                .isInstanceOf(DomainException.class).hasMessage("crm.owner.not-allowed");
    }

    @Test
    void an_existing_email_is_found_case_insensitively_except_the_contact_itself() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        ContactData ada = as(anna, () -> contactService.create(contact("Ada", "Lovelace", "Ada@Acme.com", acme, anna)));
        assertThat(ada.email()).isEqualTo("ada@acme.com");

        assertThat(as(ben, () -> contactService.withEmail("  ADA@acme.COM ", null)))
                .containsExactly(new DuplicateMatch(ada.id(), "Ada Lovelace", "Acme", "Anna", true));
        assertThat(as(anna, () -> contactService.withEmail("ada@acme.com", ada.id()))).isEmpty();
        assertThat(as(anna, () -> contactService.withEmail("other@acme.com", null))).isEmpty();
        assertThat(as(carl, () -> contactService.withEmail("ada@acme.com", null)))
                .as("another team's contact is not shown: its name and owner are not carl's to read")
                .isEmpty();
        assertThatThrownBy(() -> as(carl, () -> contactService.load(ada.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void saving_over_someone_elses_change_fails_and_keeps_theirs() {
        ContactData ada = as(anna, () -> contactService.create(contact("Ada", "Lovelace", null, null, anna)));
        as(sue, () -> contactService.update(withJobTitle(ada, "CTO")));

        assertThatThrownBy(() -> as(anna, () -> contactService.update(withJobTitle(ada, "CEO"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(anna, () -> contactService.load(ada.id())).jobTitle()).isEqualTo("CTO");
        assertThat(as(anna, () -> contactService.history(ada.id()))).isNotEmpty();
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private void team(String name, @Nullable Person supervisor, Person... members) {
        org().team(name, TeamKind.SALES, supervisor, members);
    }

    private static AccountData account(String name, Person owner) {
        return new AccountData(null, 0, name, null, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, owner.id());
    }

    private static ContactData contact(@Nullable String firstName, String lastName, @Nullable String email,
            @Nullable Long accountId, Person owner) {
        return new ContactData(null, 0, firstName, lastName, email, null, null, accountId, owner.id());
    }

    private static ContactData withJobTitle(ContactData c, String jobTitle) {
        return new ContactData(c.id(), c.version(), c.firstName(), c.lastName(), c.email(), c.phone(), jobTitle,
                c.accountId(), c.ownerId());
    }
}
