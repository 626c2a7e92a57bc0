package app.tandem.notification.domain;

import app.tandem.notification.NotificationItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    String ITEM = "select new app.tandem.notification.NotificationItem(n.id, n.kind, n.recordType, n.recordId, n.title,"
            + " n.actorName, n.createdAt, n.readAt is not null) from Notification n";

    /**
     * Writes a notification unless the recipient already has one with this dedup key (the due-date job's key of
     * user, kind, record and day); rows without a key are always written. Returns 1 when a row was written. Not
     * INSERT IGNORE, which would also swallow a foreign-key or truncation error; two instances racing past the
     * guard meet the unique key, and the loser's {@code DuplicateKeyException} means "written already".
     */
    @Modifying
    @Query(value = """
            insert into notification (version, recipient_id, kind, record_type, record_id, title, actor_name,
                created_at, dedup_key)
            select 0, :recipient, :kind, :recordType, :recordId, :title, :actorName, :createdAt, :dedupKey from dual
            where :dedupKey is null or not exists (select 1 from notification n
                                                   where n.recipient_id = :recipient and n.dedup_key = :dedupKey)
            """, nativeQuery = true)
    int insert(@Param("recipient") long recipientId, @Param("kind") String kind,
            @Param("recordType") String recordType, @Param("recordId") long recordId, @Param("title") String title,
            @Param("actorName") @Nullable String actorName, @Param("createdAt") Instant createdAt,
            @Param("dedupKey") @Nullable String dedupKey);

    /** The address and language of a user, for a notification mail: [email, language], either may be null. */
    @Query(value = "select u.email, u.language from app_user u where u.id = :id and u.active = true",
            nativeQuery = true)
    List<Object[]> mailAddressOf(@Param("id") long userId);

    @Query("select count(n) from Notification n where n.recipientId = :me and n.readAt is null")
    long countUnread(@Param("me") long me);

    /** The user's notifications, newest first (the caller sorts by createdAt and id). */
    @Query(value = ITEM + " where n.recipientId = :me and (:unreadOnly = false or n.readAt is null)",
            countQuery = "select count(n) from Notification n where n.recipientId = :me")
    Slice<NotificationItem> listOf(@Param("me") long me, @Param("unreadOnly") boolean unreadOnly,
            Pageable pageable);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1"
            + " where n.recipientId = :me and n.readAt is null")
    int markAllRead(@Param("me") long me, @Param("at") Instant at);
}
