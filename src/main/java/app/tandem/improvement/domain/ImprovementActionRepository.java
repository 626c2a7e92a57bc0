package app.tandem.improvement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

    List<ImprovementAction> findByItemIdOrderByIdAsc(long itemId);
}
