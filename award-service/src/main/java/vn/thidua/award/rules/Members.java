package vn.thidua.award.rules;

import vn.thidua.eventing.web.DomainException;

/** What a collective declares about its members for the collective titles. */
public record Members(int total, int ldtt, int cstdcs, int completedDuties) {

    public int count(MemberCount count) {
        return switch (count) {
            case LDTT -> ldtt;
            case CSTDCS -> cstdcs;
            case COMPLETED_DUTIES -> completedDuties;
        };
    }

    /** Refuses counts that cannot be true of one collective. */
    public void ensureConsistent() {
        if (total < 1 || ldtt < 0 || cstdcs < 0 || completedDuties < 0 || ldtt > total || cstdcs > total
                || completedDuties > total || cstdcs > ldtt) {
            throw DomainException.rejected("members-inconsistent", "Số liệu thành viên không hợp lệ: tổng số "
                    + total + ", Lao động tiên tiến " + ldtt + ", Chiến sĩ thi đua cơ sở " + cstdcs
                    + ", hoàn thành nhiệm vụ " + completedDuties
                    + " (mỗi số không vượt tổng số; Chiến sĩ thi đua cơ sở không vượt Lao động tiên tiến).");
        }
    }
}
