package app.tandem.crm.ui;

import app.tandem.crm.AccountData;
import app.tandem.crm.AccountStatus;
import app.tandem.org.UserRef;
import org.jspecify.annotations.Nullable;

/** The account form's mutable bean: what the Binder edits, with the version the form loaded. */
final class AccountDraft {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private String website = "";
    private String industry = "";
    private String phone = "";
    private String street = "";
    private String postalCode = "";
    private String city = "";
    private String country = "";
    private AccountStatus status = AccountStatus.PROSPECT;
    private String notes = "";
    private @Nullable UserRef owner;

    static AccountDraft newOwnedBy(UserRef owner) {
        AccountDraft draft = new AccountDraft();
        draft.owner = owner;
        return draft;
    }

    static AccountDraft of(AccountData data, UserRef owner) {
        AccountDraft draft = new AccountDraft();
        draft.id = data.id();
        draft.version = data.version();
        draft.name = data.name();
        draft.website = orEmpty(data.website());
        draft.industry = orEmpty(data.industry());
        draft.phone = orEmpty(data.phone());
        draft.street = orEmpty(data.street());
        draft.postalCode = orEmpty(data.postalCode());
        draft.city = orEmpty(data.city());
        draft.country = orEmpty(data.country());
        draft.status = data.status();
        draft.notes = orEmpty(data.notes());
        draft.owner = owner;
        return draft;
    }

    AccountData toData() {
        if (owner == null) {
            throw new IllegalStateException("An account needs an owner");
        }
        return new AccountData(id, version, name.trim(), blankToNull(website), blankToNull(industry),
                blankToNull(phone), blankToNull(street), blankToNull(postalCode), blankToNull(city),
                blankToNull(country), status, blankToNull(notes), owner.id());
    }

    boolean isNew() {
        return id == null;
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

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getWebsite() {
        return website;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    String getIndustry() {
        return industry;
    }

    void setIndustry(String industry) {
        this.industry = industry;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getStreet() {
        return street;
    }

    void setStreet(String street) {
        this.street = street;
    }

    String getPostalCode() {
        return postalCode;
    }

    void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    String getCity() {
        return city;
    }

    void setCity(String city) {
        this.city = city;
    }

    String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }

    AccountStatus getStatus() {
        return status;
    }

    void setStatus(AccountStatus status) {
        this.status = status;
    }

    String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    @Nullable UserRef getOwner() {
        return owner;
    }

    void setOwner(@Nullable UserRef owner) {
        this.owner = owner;
    }
}
