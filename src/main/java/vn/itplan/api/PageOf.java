package vn.itplan.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list: the items, the page number (from 0), its size, and the totals. */
record PageOf<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <S, T> PageOf<T> of(Page<S> page, Function<S, T> map) {
        return new PageOf<>(
                page.getContent().stream().map(map).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    /** A page cut from a whole list (the catalogues are short: units, periods, plans). */
    static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        int from = Math.min(all.size(), pageNumber * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return new PageOf<>(
                List.copyOf(all.subList(from, to)),
                pageNumber,
                pageSize,
                all.size(),
                (all.size() + pageSize - 1) / pageSize);
    }

    static final int MAX_SIZE = 200;
}
