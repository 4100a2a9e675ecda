package vn.thidua.award.rules;

/**
 * What a nomination claims as the grounds of a title, judged against the criteria: the year the
 * achievement is for, excellent duty (hoàn thành xuất sắc nhiệm vụ), an innovation, and for a
 * collective its member counts. Each is optional; a criterion needing a missing one fails.
 */
public record Claim(Integer year, boolean excellentDuty, Innovation innovation, Members members) {

    public static Claim none() {
        return new Claim(null, false, null, null);
    }

    public Claim forYear(int year) {
        return new Claim(year, excellentDuty, innovation, members);
    }
}
