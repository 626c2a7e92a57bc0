package app.tandem.notification.domain;

import app.tandem.base.NotificationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A user's choice for one kind of notification; without a row the kind is on in the app and off by e-mail. */
@Entity
@Audited
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind = NotificationKind.ASSIGNED;

    @Column(name = "in_app", nullable = false)
    private boolean inApp = true;

    @Column(nullable = false)
    private boolean email;

    protected NotificationPreference() {
    }

    public NotificationPreference(long userId, NotificationKind kind) {
        this.userId = userId;
        this.kind = kind;
    }

    public long getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isInApp() {
        return inApp;
    }

    public boolean isEmail() {
        return email;
    }

    public void choose(boolean inApp, boolean email) {
        this.inApp = inApp;
        this.email = email;
    }
}
