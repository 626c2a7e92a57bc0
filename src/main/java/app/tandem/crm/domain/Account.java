package app.tandem.crm.domain;

import app.tandem.crm.AccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A company Tandem's users sell to. */
@Entity
@Table(name = "account")
@Audited
public class Account extends OwnedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name = "";

    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String domain;

    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String industry;

    @Size(max = 50)
    @Column(length = 50)
    private @Nullable String phone;

    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String street;

    @Size(max = 20)
    @Column(name = "postal_code", length = 20)
    private @Nullable String postalCode;

    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String city;

    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.PROSPECT;

    @Size(max = 10000)
    @Column(columnDefinition = "TEXT")
    private @Nullable String notes;

    protected Account() {
    }

    public Account(String name) {
        this.name = name;
    }

    /** "https://www.Example.com/about" and "example.com" both become "example.com". */
    public static @Nullable String normalizeDomain(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String text = website.trim().toLowerCase(Locale.ROOT);
        String host = text;
        try {
            host = URI.create(text.contains("://") ? text : "http://" + text).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || host.isBlank()) {
            host = text.replaceFirst("^[a-z]+://", "").split("[/?#]")[0];
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getDomain() {
        return domain;
    }

    public void setDomain(@Nullable String website) {
        this.domain = normalizeDomain(website);
    }

    public @Nullable String getIndustry() {
        return industry;
    }

    public void setIndustry(@Nullable String industry) {
        this.industry = industry;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getStreet() {
        return street;
    }

    public void setStreet(@Nullable String street) {
        this.street = street;
    }

    public @Nullable String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(@Nullable String postalCode) {
        this.postalCode = postalCode;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }
}
