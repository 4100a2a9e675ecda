package vn.thidua.portal.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import vn.thidua.portal.services.ReportingApi;

/** The unit's report page with its evidence files (minh chứng): listed, uploaded, removed, refusals in plain words. */
class UnitReportPagesTest extends PageTest {

    private static final byte[] PDF = "%PDF-1.7 biên bản".getBytes(StandardCharsets.UTF_8);

    @Test
    void theUnitSeesItsEvidenceAndUploadsAFileForOneContent() throws Exception {
        given(reporting.finalReport("cmp-9", "SNNMT-TTCNTT")).willReturn(report("EXPECTED",
                new ReportingApi.Evidence("att-1", "Biên bản họp.pdf", "application/pdf", 840_000, 2)));

        mvc.perform(get("/lam-viec/don-vi/bao-cao/cmp-9").with(unit()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/api/reporting/campaigns/cmp-9/reports/SNNMT-TTCNTT/periods/FINAL/attachments/att-1\""),
                        containsString("Biên bản họp.pdf"),
                        containsString("820 KB"),
                        containsString("enctype=\"multipart/form-data\""),
                        containsString("action=\"/lam-viec/don-vi/bao-cao/cmp-9/minh-chung/att-1/xoa\""),
                        containsString("<option value=\"2\">Nội dung 2: Giảm giấy tờ</option>"))));

        given(reporting.uploadEvidence(eq("cmp-9"), eq("SNNMT-TTCNTT"), eq(1), eq("Ảnh hiện trường.pdf"), any()))
                .willReturn(new ReportingApi.Evidence("att-2", "Ảnh hiện trường.pdf", "application/pdf", PDF.length, 1));
        mvc.perform(multipart("/lam-viec/don-vi/bao-cao/cmp-9/minh-chung")
                        .file(new MockMultipartFile("file", "Ảnh hiện trường.pdf", "application/pdf", PDF))
                        .param("contentNumber", "1").with(unit()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/don-vi/bao-cao/cmp-9#minh-chung"))
                .andExpect(flash().attribute("done", "unit.evidence.added"))
                .andExpect(flash().attribute("doneArgument", "Ảnh hiện trường.pdf"));
        then(reporting).should().uploadEvidence(eq("cmp-9"), eq("SNNMT-TTCNTT"), eq(1), eq("Ảnh hiện trường.pdf"), eq(PDF));

        mvc.perform(post("/lam-viec/don-vi/bao-cao/cmp-9/minh-chung/att-1/xoa").with(unit()).with(csrf()))
                .andExpect(flash().attribute("done", "unit.evidence.removed"));
        then(reporting).should().deleteEvidence("cmp-9", "SNNMT-TTCNTT", "att-1");
    }

    @Test
    void aRefusedFileIsExplainedAndASubmittedReportOffersNoUploadOrRemoval() throws Exception {
        willThrow(refused(415, "unsupported-attachment-type", "Tệp không phải PDF, ảnh PNG/JPEG, DOCX hay XLSX."))
                .given(reporting).uploadEvidence(eq("cmp-9"), eq("SNNMT-TTCNTT"), eq(null), eq("chay-toi.exe"), any());
        mvc.perform(multipart("/lam-viec/don-vi/bao-cao/cmp-9/minh-chung")
                        .file(new MockMultipartFile("file", "chay-toi.exe", "application/pdf", "MZ".getBytes(StandardCharsets.UTF_8)))
                        .with(unit()).with(csrf()))
                .andExpect(flash().attribute("evidenceError", "Tệp không phải PDF, ảnh PNG/JPEG, DOCX hay XLSX."));
        mvc.perform(multipart("/lam-viec/don-vi/bao-cao/cmp-9/minh-chung")
                        .file(new MockMultipartFile("file", "", "application/pdf", new byte[0])).with(unit()).with(csrf()))
                .andExpect(flash().attribute("evidenceError", "unit.evidence.empty"));
        mvc.perform(multipart("/lam-viec/don-vi/bao-cao/cmp-9/minh-chung")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).with(office()).with(csrf()))
                .andExpect(status().isForbidden());

        given(reporting.finalReport("cmp-9", "SNNMT-TTCNTT")).willReturn(report("SUBMITTED",
                new ReportingApi.Evidence("att-1", "Biên bản họp.pdf", "application/pdf", 3_565_158, null)));
        mvc.perform(get("/lam-viec/don-vi/bao-cao/cmp-9").with(unit())
                        .flashAttr("evidenceError", "Tệp không phải PDF, ảnh PNG/JPEG, DOCX hay XLSX."))
                .andExpect(content().string(allOf(
                        containsString("Tệp không phải PDF, ảnh PNG/JPEG, DOCX hay XLSX."),
                        containsString("Biên bản họp.pdf"),
                        containsString("3,4 MB"),
                        not(containsString("/minh-chung/att-1/xoa")),
                        not(containsString("enctype=\"multipart/form-data\"")))));
    }

    private static ReportingApi.UnitReport report(String status, ReportingApi.Evidence evidence) {
        return new ReportingApi.UnitReport("cmp-9:SNNMT-TTCNTT:FINAL", "cmp-9", "Phong trào “Chuyển đổi số” năm 2026",
                "SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", LocalDate.of(2026, 12, 15),
                List.of(new ReportingApi.Content(1, "Số hóa hồ sơ"), new ReportingApi.Content(2, "Giảm giấy tờ")),
                status, status.equals("SUBMITTED") ? 1 : 0, false, false, null, List.of(), null, null, List.of(evidence));
    }
}
