package app.tandem.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A single-use recovery code of a user's second factor, stored as a password hash; deleted when used. */
@Entity
@Table(name = "app_user_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 200)
    private String codeHash = "";

    protected RecoveryCode() {
    }

    public RecoveryCode(long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getCodeHash() {
        return codeHash;
    }
}
