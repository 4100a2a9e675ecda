package vn.thidua.award.decision;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.dossier.DownloadNames;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/decision-batches")
@Tag(name = "Quyết định khen thưởng nhiều tập thể, cá nhân",
        description = "One decision, one number and one signature for several approved nominations")
class DecisionBatchController {

    private static final String REQUIRED = "không được để trống";

    /** The decision date defaults to today in Vietnam. */
    record BatchRequest(
            @NotEmpty(message = REQUIRED) @Size(max = 500) List<@NotBlank(message = REQUIRED) @Size(max = 100) String> nominations,
            @NotBlank(message = REQUIRED) @Size(max = 200) String signerName,
            @NotBlank(message = REQUIRED) @Size(max = 200) String signerTitle,
            LocalDate decisionDate) {
    }

    private final DecisionBatches batches;
    private final DecisionDocuments documents;
    private final CurrentActor actor;

    DecisionBatchController(DecisionBatches batches, DecisionDocuments documents, CurrentActor actor) {
        this.batches = batches;
        this.documents = documents;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Decides several nominations of one deciding agency in one decision (\"Quyết định khen thưởng "
            + "cho N tập thể và M cá nhân\"): every one checked first (409 batch-not-decidable naming each refusal), "
            + "one number n/QĐ-<agency>, each nomination decided with its reward and AwardDecided; signed as a whole "
            + "when its leader decides. OFFICE or LEADER of the deciding agency, ADMIN")
    ResponseEntity<DecisionBatchView> decide(@Valid @RequestBody BatchRequest request) {
        DecisionBatch batch = batches.decide(new DecisionBatches.BatchCommand(request.nominations(),
                request.signerName(), request.signerTitle(), request.decisionDate()), actor.actor(), actor.who());
        return ResponseEntity.created(URI.create("/api/decision-batches/" + batch.id()))
                .body(DecisionBatchView.of(batch, batches.recipients(batch), true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Reads a decision commending several recipients: number, date, signer, recipients with "
            + "their rewards and current status (revoked ones marked), total. Published: anyone")
    DecisionBatchView get(@PathVariable String id) {
        DecisionBatch batch = batches.get(id);
        return DecisionBatchView.of(batch, batches.recipients(batch), false);
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "The leader signs a batch decision the office recorded unsigned (PAdES, the agency's "
            + "certificate); 409 when already signed. LEADER of the deciding agency")
    DecisionBatchView sign(@PathVariable String id) {
        DecisionBatch batch = batches.sign(id, actor.actor(), actor.who());
        return DecisionBatchView.of(batch, batches.recipients(batch), false);
    }

    @GetMapping("/{id}/decision.pdf")
    @Operation(summary = "The batch decision as PDF in Decree 30 layout with the recipients' table and the total: the "
            + "leader-signed copy once signed. Published: anyone")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return file(documents.batchPdf(id), MediaType.APPLICATION_PDF, fileName(id) + ".pdf");
    }

    @GetMapping("/{id}/decision.docx")
    @Operation(summary = "The batch decision as DOCX (the same texts, unsigned). Published: anyone")
    ResponseEntity<byte[]> docx(@PathVariable String id) {
        return file(documents.batchDocx(id), DecisionController.DOCX, fileName(id) + ".docx");
    }

    @GetMapping("/{id}/signature")
    @Operation(summary = "The signed batch decision's signature verified; 404 decision-not-signed before. Anyone")
    DecisionSignatureView signature(@PathVariable String id) {
        return documents.batchSignature(id);
    }

    private String fileName(String id) {
        return "quyết-định-" + batches.get(id).number().replace("/", "-");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, type.equals(MediaType.APPLICATION_PDF)
                        ? DownloadNames.inline(name) : DownloadNames.attachment(name))
                .body(content);
    }
}
