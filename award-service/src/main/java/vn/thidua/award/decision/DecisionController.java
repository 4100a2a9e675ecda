package vn.thidua.award.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.DomainException;

@RestController
@RequestMapping("/api/nominations/{id}")
@Tag(name = "Quyết định khen thưởng", description = "Decision documents, their signatures, and certificates")
class DecisionController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DecisionDocuments documents;
    private final CurrentActor actor;

    DecisionController(DecisionDocuments documents, CurrentActor actor) {
        this.documents = documents;
        this.actor = actor;
    }

    @GetMapping("/decision.pdf")
    @Operation(summary = "The decision (quyết định khen thưởng) as PDF in Decree 30 layout: the leader-signed copy "
            + "(PAdES) once signed. Published once decided: anyone; 409 not-decided before")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        Actor caller = actor.actor();
        return file(documents.pdf(id, caller), MediaType.APPLICATION_PDF, documents.fileName(id, caller) + ".pdf");
    }

    @GetMapping("/decision.docx")
    @Operation(summary = "The decision as DOCX (the same texts as the PDF, unsigned). Published once decided: anyone")
    ResponseEntity<byte[]> docx(@PathVariable String id) {
        Actor caller = actor.actor();
        return file(documents.docx(id, caller), DOCX, documents.fileName(id, caller) + ".docx");
    }

    @GetMapping("/decision/signature")
    @Operation(summary = "The signed decision's signature verified (valid, signer, certificate, trial notice); "
            + "404 decision-not-signed before the leader signs. Published once decided: anyone")
    DecisionSignatureView signature(@PathVariable String id) {
        return documents.signature(id, actor.actor());
    }

    @GetMapping("/certificate.pdf")
    @Operation(summary = "The certificate (Giấy khen, Bằng khen) as PDF, A4 landscape: layout=full prints the whole "
            + "page, layout=blank only the texts at the positions configured for the form's pre-printed blank. Decided "
            + "nominations only; the unit, staff of the unit's department, ADMIN")
    ResponseEntity<byte[]> certificate(@PathVariable String id, @RequestParam(defaultValue = "full") String layout) {
        boolean blank = switch (layout.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> false;
            case "blank" -> true;
            default -> throw DomainException.invalid("layout-invalid", "Kiểu in \"" + layout
                    + "\" không hợp lệ; dùng full (in cả trang) hoặc blank (in lên phôi).");
        };
        return file(documents.certificate(id, blank, actor.actor()), MediaType.APPLICATION_PDF,
                "giay-khen-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }
}
