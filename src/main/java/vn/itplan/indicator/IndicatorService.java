package vn.itplan.indicator;

import java.util.HashMap;
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
    private final IndicatorDefinitionRepository definitions;
    private final FrameworkCodeRepository frameworks;

    public Indicator get(Long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    public Optional<Indicator> findByCode(String code) {
        return indicators.findByCode(code);
    }

    public List<Indicator> findAll() {
        return indicators.findAllByOrderBySortOrderAscCodeAsc();
    }

    /**
     * Every indicator that has a formula, in catalogue order, with its formula's versions: what the roll-up
     * computes. One statement, whatever the number of indicators.
     */
    public List<DefinedIndicator> defined() {
        Map<String, List<DefinedIndicator.Version>> versions = new LinkedHashMap<>();
        for (Object[] row : definitions.findAllWithCodes()) {
            IndicatorDefinition d = (IndicatorDefinition) row[1];
            versions.computeIfAbsent((String) row[0], c -> new java.util.ArrayList<>())
                    .add(new DefinedIndicator.Version(d.getValidFromYear(), d.formula()));
        }
        return versions.entrySet().stream()
                .map(e -> new DefinedIndicator(e.getKey(), e.getValue()))
                .toList();
    }

    /** The formula of an indicator valid in a year, if it has one then. */
    public Optional<Formula> formulaIn(String code, int year) {
        return defined().stream().filter(d -> d.code().equals(code)).findFirst().flatMap(d -> d.formulaIn(year));
    }

    /** Whether an indicator formula reads the extra report field (then the field cannot be deleted). */
    public boolean fieldInFormulas(Long fieldId) {
        return definitions.existsByNumeratorFieldIdOrDenominatorFieldId(fieldId, fieldId);
    }

    /**
     * Every indicator's codes in the external frameworks ({@link FrameworkCode#DTI}, {@link FrameworkCode#ICT_INDEX}):
     * by indicator id, then by framework. One query.
     */
    public Map<Long, Map<String, String>> frameworkCodes() {
        Map<Long, Map<String, String>> codes = new HashMap<>();
        frameworks.findAllByOrderByFrameworkAscCodeAsc().forEach(c -> codes.computeIfAbsent(
                        c.getIndicatorId(), id -> new HashMap<>())
                .put(c.getFramework(), c.getCode()));
        return codes;
    }

    /**
     * The indicators that carry a code in the framework: indicator code → its code there, in the framework's order.
     */
    public Map<String, String> codesIn(String framework) {
        Map<Long, String> codeById = new HashMap<>();
        findAll().forEach(i -> codeById.put(i.getId(), i.getCode()));
        Map<String, String> codes = new LinkedHashMap<>();
        frameworks.findAllByOrderByFrameworkAscCodeAsc().stream()
                .filter(c -> c.getFramework().equals(framework) && codeById.containsKey(c.getIndicatorId()))
                .forEach(c -> codes.put(codeById.get(c.getIndicatorId()), c.getCode()));
        return codes;
    }

    /** Indicator names in the interface language, by code, in catalogue order. */
    public Map<String, String> namesByCode(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        findAll().forEach(i -> names.put(i.getCode(), i.name(locale)));
        return names;
    }
}
