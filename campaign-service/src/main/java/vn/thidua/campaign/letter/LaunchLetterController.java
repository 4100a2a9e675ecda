package vn.thidua.campaign.letter;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.campaign.campaign.CampaignView;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/campaigns/{id}")
@Tag(name = "Công văn phát động", description = "The movement's launch letter per Decree 30/2020, as PDF and DOCX; approval and PAdES signing")
public class LaunchLetterController {

    static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final LaunchLetterService letters;
    private final LetterApprovalService approvals;
    private final CampaignService campaigns;
    private final CurrentActor actor;

    public LaunchLetterController(LaunchLetterService letters, LetterApprovalService approvals,
            CampaignService campaigns, CurrentActor actor) {
        this.letters = letters;
        this.approvals = approvals;
        this.campaigns = campaigns;
        this.actor = actor;
    }

    @PostMapping("/letter/approve")
    @Operation(summary = "Lãnh đạo cơ quan phát động phê duyệt và ký số (PAdES) công văn của phong trào dự thảo: "
            + "cấp số nếu chưa có, ghi ngày, ký bằng chứng thư của cơ quan (lãnh đạo của cơ quan đó, quản trị)")
    public CampaignView approve(@PathVariable String id) {
        Actor caller = actor.actor();
        Campaign campaign = approvals.approve(id, caller, actor.who());
        return CampaignView.of(campaign, campaigns.childrenOf(id, caller),
                CampaignAccess.maySeeHistory(caller, campaign));
    }

    @GetMapping("/letter/signature")
    @Operation(summary = "Kiểm tra chữ ký số của công văn đã ký: hợp lệ hay không, người ký (chứng thư), thời điểm ký, "
            + "chứng thư tự ký thử nghiệm; ai xem được phong trào thì xem được")
    public LetterSignatureView signature(@PathVariable String id) {
        return approvals.signature(id, actor.actor());
    }

    @GetMapping(value = "/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Công văn phát động phong trào (PDF, A4 theo Nghị định 30/2020): bản đã ký số nếu lãnh đạo đã "
            + "phê duyệt, nếu không thì bản dựng từ dữ liệu; dự thảo chưa cấp số để trống số và ngày, "
            + "chỉ cơ quan phát động và quản trị xem được")
    public ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return file(letters.pdf(id, actor.actor()), MediaType.APPLICATION_PDF, "inline", id, "pdf");
    }

    @GetMapping(value = "/letter.docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "Công văn phát động phong trào (DOCX để chỉnh sửa)")
    public ResponseEntity<byte[]> docx(@PathVariable String id) {
        return file(letters.docx(id, actor.actor()), DOCX, "attachment", id, "docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String disposition, String id,
            String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(disposition, id, extension))
                .body(content);
    }

    /**
     * An ASCII {@code filename} for old clients and the Vietnamese {@code filename*} (RFC 6266 / 8187)
     * for the others, e.g. {@code filename="cong-van-phat-dong-cmp-2026-0001.pdf";
     * filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20ph%C3%A1t%20%C4%91%E1%BB%99ng%20cmp-2026-0001.pdf}.
     */
    static String contentDisposition(String disposition, String id, String extension) {
        String safeId = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return disposition + "; filename=\"cong-van-phat-dong-" + safeId + "." + extension + "\"; filename*=UTF-8''"
                + encode("Công văn phát động " + safeId + "." + extension);
    }

    /** RFC 8187 value encoding: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
