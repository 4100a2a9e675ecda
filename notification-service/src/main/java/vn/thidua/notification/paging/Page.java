package vn.thidua.notification.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, newest first, with what a screen needs to page on.
 *
 * @param total all the items the caller may see under the same filters
 */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), total, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
