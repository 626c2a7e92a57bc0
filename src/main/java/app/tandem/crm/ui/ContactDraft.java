package app.tandem.crm.ui;

import app.tandem.crm.AccountRef;
import app.tandem.crm.ContactData;
import app.tandem.org.UserRef;
import org.jspecify.annotations.Nullable;

/** The contact form's mutable bean: what the Binder edits, with the version the form loaded. */
final class ContactDraft {

    private @Nullable Long id;
    private long version;
    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String phone = "";
    private String jobTitle = "";
    private @Nullable AccountRef account;
    private @Nullable UserRef owner;

    static ContactDraft newOwnedBy(UserRef owner) {
        ContactDraft draft = new ContactDraft();
        draft.owner = owner;
        return draft;
    }

    static ContactDraft of(ContactData data, @Nullable AccountRef account, UserRef owner) {
        ContactDraft draft = new ContactDraft();
        draft.id = data.id();
        draft.version = data.version();
        draft.firstName = orEmpty(data.firstName());
        draft.lastName = data.lastName();
        draft.email = orEmpty(data.email());
        draft.phone = orEmpty(data.phone());
        draft.jobTitle = orEmpty(data.jobTitle());
        draft.account = account;
        draft.owner = owner;
        return draft;
    }

    ContactData toData() {
        if (owner == null) {
            throw new IllegalStateException("A contact needs an owner");
        }
        return new ContactData(id, version, blankToNull(firstName), lastName.trim(), blankToNull(email),
                blankToNull(phone), blankToNull(jobTitle), account == null ? null : account.id(), owner.id());
    }

    boolean isNew() {
        return id == null;
    }

    String fullName() {
        return firstName.isBlank() ? lastName.trim() : firstName.trim() + " " + lastName.trim();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getFirstName() {
        return firstName;
    }

    void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    String getLastName() {
        return lastName;
    }

    void setLastName(String lastName) {
        this.lastName = lastName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getJobTitle() {
        return jobTitle;
    }

    void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    @Nullable AccountRef getAccount() {
        return account;
    }

    void setAccount(@Nullable AccountRef account) {
        this.account = account;
    }

    @Nullable UserRef getOwner() {
        return owner;
    }

    void setOwner(@Nullable UserRef owner) {
        this.owner = owner;
    }
}
