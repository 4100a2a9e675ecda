package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Consultation of other agencies before a high honour is forwarded (lấy ý kiến hiệp y): the agencies
 * asked, each one's answer once given, and the date by which they answer; after it, the proposal
 * goes on with the answers it has.
 */
public record Consultation(List<ConsultedAgency> agencies, LocalDate dueDate, String requestedBy,
        Instant requestedAt) {

    public Consultation {
        agencies = List.copyOf(agencies);
    }

    /** One agency asked, and its answer once given. */
    public record ConsultedAgency(String code, String name, Opinion answer, String comment, String answeredBy,
            Instant answeredAt) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** Đồng ý / không đồng ý. */
    public enum Opinion {
        AGREE("Đồng ý"), DISAGREE("Không đồng ý");

        private final String label;

        Opinion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean allAnswered() {
        return agencies.stream().allMatch(ConsultedAgency::answered);
    }
}
