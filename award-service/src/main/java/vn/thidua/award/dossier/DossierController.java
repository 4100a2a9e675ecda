package vn.thidua.award.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.thidua.eventing.web.DomainException;
import vn.thidua.documents.files.FileType;

@RestController
@RequestMapping("/api/nominations/{id}")
@Tag(name = "Hồ sơ đề nghị khen thưởng", description = "A nomination's dossier files and its generated documents")
class DossierController {

    static final MediaType DOCX = MediaType.parseMediaType(FileType.DOCX.mediaType());

    private final DossierService dossiers;
    private final DossierDocuments documents;
    private final CurrentActor actor;

    DossierController(DossierService dossiers, DossierDocuments documents, CurrentActor actor) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.actor = actor;
    }

    @PostMapping(path = "/dossier", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads a dossier file (multipart: item = ACHIEVEMENT_REPORT | UNIT_MINUTES | INNOVATION_PROOF "
            + "| EVIDENCE, file): PDF, PNG, JPEG, DOCX or XLSX by content (415 otherwise), at most "
            + "thidua.award.dossier.max-file-size (413), fingerprinted with SHA-256; while the nomination is a draft, "
            + "submitted but not yet received, or returned (409 dossier-closed). UNIT: own unit; OFFICE: units of "
            + "their department; ADMIN")
    ResponseEntity<DossierFile> upload(@PathVariable String id, @RequestParam("item") String item,
            @RequestPart("file") MultipartFile file) {
        DossierFile stored = dossiers.upload(id, itemOf(item), file.getOriginalFilename(), bytes(file),
                actor.actor(), actor.who());
        return ResponseEntity.created(URI.create("/api/nominations/" + id + "/dossier/" + stored.id())).body(stored);
    }

    @GetMapping("/dossier")
    @Operation(summary = "Lists the dossier's files (item, name, type, size, SHA-256, who uploaded when). Whoever reads "
            + "the nomination's dossier: its unit, staff of its departments, ADMIN, award.read clients")
    List<DossierFile> list(@PathVariable String id) {
        return dossiers.list(id, actor.actor());
    }

    @GetMapping("/dossier/{fileId}")
    @Operation(summary = "Downloads one dossier file under its uploaded name (RFC 5987 filename*), with the type its "
            + "content showed. Whoever reads the nomination's dossier")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String fileId) {
        DossierService.Download download = dossiers.download(id, fileId, actor.actor());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.file().type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(download.downloadName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(download.file().sha256())))
                .body(download.content());
    }

    @DeleteMapping("/dossier/{fileId}")
    @Operation(summary = "Removes a file uploaded by mistake while the dossier is open (its content is erased; the "
            + "removal is audited). UNIT: own unit; OFFICE: units of their department; ADMIN")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String fileId) {
        dossiers.remove(id, fileId, actor.actor(), actor.who());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/submission-memo.pdf")
    @Operation(summary = "The submission memo (tờ trình đề nghị khen thưởng) from the unit to the deciding level, "
            + "pre-filled, unnumbered and undated, Decree 30 layout. Whoever reads the nomination's dossier")
    ResponseEntity<byte[]> memoPdf(@PathVariable String id) {
        return file(documents.submissionMemoPdf(id, actor.actor()), MediaType.APPLICATION_PDF,
                "tờ-trình-" + id + ".pdf");
    }

    @GetMapping("/submission-memo.docx")
    @Operation(summary = "The submission memo as DOCX (the same texts), for the unit to edit before signing")
    ResponseEntity<byte[]> memoDocx(@PathVariable String id) {
        return file(documents.submissionMemoDocx(id, actor.actor()), DOCX, "tờ-trình-" + id + ".docx");
    }

    @GetMapping("/achievement-report.pdf")
    @Operation(summary = "The achievement report (báo cáo thành tích) skeleton pre-filled from the nomination, the "
            + "movement, the unit's reports and the holder's achievement history. Whoever reads the dossier")
    ResponseEntity<byte[]> reportPdf(@PathVariable String id) {
        return file(documents.achievementReportPdf(id, actor.actor()), MediaType.APPLICATION_PDF,
                "báo-cáo-thành-tích-" + id + ".pdf");
    }

    @GetMapping("/achievement-report.docx")
    @Operation(summary = "The achievement report skeleton as DOCX, for the unit to complete")
    ResponseEntity<byte[]> reportDocx(@PathVariable String id) {
        return file(documents.achievementReportDocx(id, actor.actor()), DOCX, "báo-cáo-thành-tích-" + id + ".docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, type.equals(MediaType.APPLICATION_PDF)
                        ? DownloadNames.inline(name) : DownloadNames.attachment(name))
                .body(content);
    }

    private static DossierItem itemOf(String item) {
        try {
            return DossierItem.valueOf(item.strip());
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("dossier-item-invalid", "Loại hồ sơ \"" + item + "\" không hợp lệ; dùng "
                    + "ACHIEVEMENT_REPORT, UNIT_MINUTES, INNOVATION_PROOF hoặc EVIDENCE.");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
