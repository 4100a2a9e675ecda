package vn.thidua.reporting.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.reporting.attachment.AttachmentService.ReportKey;
import vn.thidua.reporting.report.Attachment;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/reports/{unitId}/periods/{periodId}/attachments")
@Tag(name = "Minh chứng của báo cáo", description = "Evidence files of a unit report (PDF, PNG, JPEG, DOCX, XLSX), "
        + "per report or per numbered content; kept with every submitted version")
public class AttachmentController {

    private final AttachmentService attachments;
    private final CurrentActor actor;

    public AttachmentController(AttachmentService attachments, CurrentActor actor) {
        this.attachments = attachments;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tải lên một tệp minh chứng (phần “file”), cho cả báo cáo hoặc cho một nội dung thi đua",
            description = "Khi báo cáo chưa nộp hoặc bị trả lại. Cán bộ (UNIT) của đơn vị; Văn phòng, lãnh đạo cơ quan "
                    + "phát động; ADMIN. Loại tệp được nhận diện từ nội dung: PDF, PNG, JPEG, DOCX, XLSX.")
    public ResponseEntity<Attachment> upload(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId, @RequestPart("file") MultipartFile file,
            @Parameter(description = "Số thứ tự nội dung thi đua mà tệp làm minh chứng; bỏ trống: cả báo cáo")
            @RequestParam(required = false) Integer contentNumber) {
        Attachment stored = attachments.upload(new ReportKey(campaignId, unitId, periodId), contentNumber,
                file.getOriginalFilename(), bytes(file), actor.actor(), actor.who());
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId + "/reports/" + unitId + "/periods/"
                + periodId + "/attachments/" + stored.id())).body(stored);
    }

    @GetMapping
    @Operation(summary = "Các tệp minh chứng của báo cáo (phiên bản đang soạn, hoặc một phiên bản đã nộp: ?version=)",
            description = "Cán bộ của đơn vị; Văn phòng, lãnh đạo cơ quan phát động; ADMIN.")
    public List<Attachment> list(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer contentNumber) {
        return attachments.list(new ReportKey(campaignId, unitId, periodId), version, contentNumber, actor.actor());
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Tải về một tệp minh chứng (của bất kỳ phiên bản nào)",
            description = "Cán bộ của đơn vị; Văn phòng, lãnh đạo cơ quan phát động; ADMIN.")
    public ResponseEntity<InputStreamResource> download(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId, @PathVariable String attachmentId) {
        AttachmentService.Download download = attachments.download(new ReportKey(campaignId, unitId, periodId),
                attachmentId, actor.actor());
        Attachment file = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(file.sha256())) + ":")
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/{attachmentId}")
    @Operation(summary = "Gỡ một tệp minh chứng khỏi phiên bản đang soạn (tệp đã nộp vẫn được lưu cùng phiên bản đó)",
            description = "Khi báo cáo chưa nộp hoặc bị trả lại. Cán bộ (UNIT) của đơn vị; Văn phòng, lãnh đạo cơ quan "
                    + "phát động; ADMIN.")
    public ResponseEntity<Void> remove(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId, @PathVariable String attachmentId) {
        attachments.remove(new ReportKey(campaignId, unitId, periodId), attachmentId, actor.actor(), actor.who());
        return ResponseEntity.noContent().build();
    }

    /**
     * {@code attachment; filename="bao-cao.pdf"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.pdf}: the RFC 5987 form
     * carries the Vietnamese name, the plain one an ASCII fallback for old clients (diacritics and đ stripped).
     */
    static String contentDisposition(String fileName) {
        String encoded = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
        String extended = encoded.substring(encoded.indexOf("filename*="));
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; " + extended;
    }

    static String asciiFallback(String fileName) {
        String stripped = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
