package vn.itplan.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.TableDownload;

/** {@code /units/export.xlsx|csv}: the catalogue as filtered on the page, in tree order. */
@RequiredArgsConstructor
@Controller
class UnitListExport {

    private final UnitAdminService units;
    private final MessageSource messages;
    private final DisplayFormat fmt;

    @GetMapping("/units/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(
            @PathVariable String format, @ModelAttribute("filter") UnitSearch filter, Locale locale) {
        List<Unit> rows = units.catalogue(filter).rows();
        Map<Long, Unit> byId = units.catalogue(new UnitSearch()).rows().stream()
                .collect(Collectors.toMap(Unit::getId, Function.identity()));
        List<String> header = TableDownload.header(
                messages,
                locale,
                "unit.code",
                "unit.name",
                "unit.shortName",
                "unit.kind",
                "unit.parent",
                "unit.gsoCode",
                "unit.validFrom",
                "unit.validTo",
                "unit.status",
                "unit.reporting");
        List<List<String>> table = new ArrayList<>();
        for (Unit u : rows) {
            Unit parent = u.getParentId() == null ? null : byId.get(u.getParentId());
            table.add(List.of(
                    u.getCode(),
                    u.getName(),
                    text(u.getShortName()),
                    messages.getMessage(u.getKind().messageKey(), null, locale),
                    parent == null ? "" : parent.getCode(),
                    text(u.getGsoCode()),
                    fmt.date(u.getValidFrom()),
                    fmt.date(u.getValidTo()),
                    messages.getMessage(u.isActive() ? "unit.status.active" : "unit.status.inactive", null, locale),
                    messages.getMessage(u.isReporting() ? "common.yes" : "common.no", null, locale)));
        }
        return TableDownload.download("don-vi", format, "Don vi", header, table);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
