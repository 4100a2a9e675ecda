package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.portal.services.Problem;
import vn.thidua.portal.workspace.office.MovementForm;

class FormErrorsTest {

    @Test
    void putsEachServiceMessageBesideItsFieldAndTheRestOnTop() {
        Problem problem = new Problem(400, "invalid-request", "Dữ liệu gửi lên không hợp lệ (3 lỗi).", List.of(
                new Problem.FieldError("title", "Tên phong trào là bắt buộc."),
                new Problem.FieldError("contents[0].text", "Nội dung thi đua không được để trống."),
                new Problem.FieldError("issuingAgencyCode", "Cơ quan phát động là bắt buộc.")));

        FormErrors errors = FormErrors.of(problem, path -> path.startsWith("contents") ? "contents"
                : "title".equals(path) ? "title" : null, code -> null, "Dữ liệu chưa hợp lệ.");

        assertThat(errors.of("title")).isEqualTo("Tên phong trào là bắt buộc.");
        assertThat(errors.of("contents")).isEqualTo("Nội dung thi đua không được để trống.");
        assertThat(errors.general()).containsExactly("Cơ quan phát động là bắt buộc.");
    }

    @Test
    void placesARuleRefusalByItsCode() {
        Problem problem = new Problem(422, "invalid-period", "Ngày kết thúc phải sau ngày bắt đầu.", null);

        FormErrors errors = FormErrors.of(problem, path -> null, Map.of("invalid-period", "periodEnd")::get, "x");

        assertThat(errors.of("periodEnd")).isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void numbersTheContentsLineByLineAndKeepsOnlyTheOfficesDepartment() {
        MovementForm form = new MovementForm();
        form.setTitle("Phong trào thi đua");
        form.setContents("Chuyển đổi số.\n\n  Phát triển xanh.  \r\n");

        Map<String, Object> request = form.toRequest("SNNMT");

        assertThat(request).containsEntry("issuingAgencyCode", "SNNMT").doesNotContainKey("parentPlan");
        assertThat(form.numberedContents()).containsExactly(
                Map.of("number", 1, "text", "Chuyển đổi số."), Map.of("number", 2, "text", "Phát triển xanh."));
    }
}
