package vn.itplan.report;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.web.NotFoundException;

/** The extra report fields as other features see them (the indicator formulas, the roll-up's labels). */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class ExtraFieldService {

    private final ExtraFieldRepository fields;

    /** Every extra field, by section and order. */
    public List<ExtraField> findAll() {
        return fields.findAllByOrderBySectionAscSortOrderAscCodeAsc();
    }

    public Optional<ExtraField> find(Long id) {
        return id == null ? Optional.empty() : fields.findById(id);
    }

    public ExtraField get(Long id) {
        return fields.findById(id).orElseThrow(() -> new NotFoundException("report field", id));
    }

    /** The fields a report of the year shows, by section and order. */
    public List<ExtraField> validIn(int year) {
        return findAll().stream().filter(f -> f.validIn(year)).toList();
    }
}
