package vn.itplan.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.web.NotFoundException;

/** The indicator catalogue as other features see it. */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;

    public Indicator get(Long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    public Optional<Indicator> findByCode(String code) {
        return indicators.findByCode(code);
    }

    public List<Indicator> findAll() {
        return indicators.findAllByOrderBySortOrderAscCodeAsc();
    }

    /** Indicator names in the interface language, by code, in catalogue order. */
    public Map<String, String> namesByCode(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        findAll().forEach(i -> names.put(i.getCode(), i.name(locale)));
        return names;
    }
}
