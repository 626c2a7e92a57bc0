package app.tandem.improvement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LogEntryRepository extends JpaRepository<LogEntry, Long> {

    List<LogEntry> findByItemIdOrderByLoggedAtDescIdDesc(long itemId);
}
