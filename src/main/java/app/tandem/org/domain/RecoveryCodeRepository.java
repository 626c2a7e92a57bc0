package app.tandem.org.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByUserId(long userId);

    long countByUserId(long userId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    int deleteAllOfUser(@Param("userId") long userId);

    /** Deletes one code; 0 when another request used it first. */
    @Modifying
    @Query("delete from RecoveryCode c where c.id = :id")
    int use(@Param("id") long id);
}
