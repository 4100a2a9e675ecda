package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpaceLineBreakerTest {

    @Test
    void breaksOnlyAfterSpacesKeepingNumbersDatesAndBlanksWhole() {
        String text = "Kế hoạch số 3510/KH-UBND ngày 15/01/2026 COVID-19 Số:\u00A0\u00A0\u00A0/STNMT-VP";
        SpaceLineBreaker breaker = new SpaceLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            pieces.add(text.substring(start, end));
            start = end;
        }
        assertThat(pieces).containsExactly("Kế ", "hoạch ", "số ", "3510/KH-UBND ", "ngày ", "15/01/2026 ",
                "COVID-19 ", "Số:\u00A0\u00A0\u00A0/STNMT-VP");
    }

    @Test
    void anEmptyTextHasNoBreak() {
        SpaceLineBreaker breaker = new SpaceLineBreaker();
        breaker.setText("");
        assertThat(breaker.next()).isEqualTo(BreakIterator.DONE);
    }
}
