package app.tandem.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A person at (or without) an account. */
@Entity
@Table(name = "contact")
@Audited
public class Contact extends OwnedEntity {

    @Size(max = 100)
    @Column(name = "first_name", length = 100)
    private @Nullable String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName = "";

    @Email
    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String email;

    @Size(max = 50)
    @Column(length = 50)
    private @Nullable String phone;

    @Size(max = 100)
    @Column(name = "job_title", length = 100)
    private @Nullable String jobTitle;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    protected Contact() {
    }

    public Contact(@Nullable String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public static @Nullable String normalizeEmail(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = normalizeEmail(email);
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(@Nullable String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public void setAccountId(@Nullable Long accountId) {
        this.accountId = accountId;
    }
}
