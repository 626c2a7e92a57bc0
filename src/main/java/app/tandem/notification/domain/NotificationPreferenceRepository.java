package app.tandem.notification.domain;

import app.tandem.base.NotificationKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUserId(long userId);

    Optional<NotificationPreference> findByUserIdAndKind(long userId, NotificationKind kind);

    List<NotificationPreference> findByUserIdInAndKind(Collection<Long> userIds, NotificationKind kind);
}
