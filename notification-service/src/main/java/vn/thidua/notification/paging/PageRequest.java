package vn.thidua.notification.paging;

import vn.thidua.eventing.web.DomainException;

/**
 * A page asked for by {@code page} (from 0) and {@code size} (1–100): bad values are refused with a
 * 400 problem rather than silently corrected, so a client's paging bug shows.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw DomainException.invalid("invalid-page", "Số trang (page) phải từ 0 trở lên.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("invalid-page-size",
                    "Số mục mỗi trang (size) phải từ 1 đến " + MAX_SIZE + ".");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
