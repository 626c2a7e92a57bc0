package app.tandem.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistCategoryRepository extends JpaRepository<ChecklistCategory, Long> {

    List<ChecklistCategory> findAllByOrderByNameAscIdAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
