package vn.thidua.campaign.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.DomainException;

@RestController
@RequestMapping("/api/campaigns/drafts")
@Tag(name = "Đọc công văn phát động", description = "Reading a launch letter into a draft movement")
public class LetterReadingController {

    private final LetterDraftService drafts;
    private final ReadingProperties limits;
    private final CurrentActor actor;

    public LetterReadingController(LetterDraftService drafts, ReadingProperties limits, CurrentActor actor) {
        this.drafts = drafts;
        this.limits = limits;
        this.actor = actor;
    }

    @PostMapping(path = "/from-letter", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Đọc nội dung công văn, kế hoạch phát động (dán văn bản); create=true tạo dự thảo phong trào "
            + "cho cơ quan của người gọi (Văn phòng, quản trị)")
    public ResponseEntity<DraftFromLetter> fromText(@RequestBody(required = false) byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean create, @ParameterObject DraftOptions options) {
        byte[] content = body == null ? new byte[0] : body;
        ensureTextWithinLimit(content.length);
        Charset charset = MediaType.parseMediaType(contentType).getCharset();
        return answer(LetterFiles.plain(content, charset), create, options);
    }

    @PostMapping(path = "/from-letter", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Đọc công văn, kế hoạch phát động từ tệp .txt hoặc .docx (phần “file”); create=true tạo dự thảo")
    public ResponseEntity<DraftFromLetter> fromFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean create, @ParameterObject DraftOptions options) {
        if (file.getSize() > limits.maxUpload().toBytes()) {
            throw ReadingRefusal.tooLarge("Tệp quá lớn: tối đa " + limits.maxUpload().toKilobytes() + " KB.");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = LetterFiles.text(content, file.getOriginalFilename(), file.getContentType());
        ensureTextWithinLimit(text.getBytes(StandardCharsets.UTF_8).length);
        return answer(text, create, options);
    }

    private ResponseEntity<DraftFromLetter> answer(String text, boolean create, DraftOptions options) {
        LetterReading reading = drafts.read(text);
        if (!create) {
            return ResponseEntity.ok(DraftFromLetter.readOnly(reading, drafts.matchAddressees(reading, actor.actor())));
        }
        DraftFromLetter created = drafts.createDraft(reading, options == null ? DraftOptions.none() : options,
                actor.actor(), actor.who());
        return ResponseEntity.created(URI.create("/api/campaigns/" + created.draft().id())).body(created);
    }

    private void ensureTextWithinLimit(long bytes) {
        if (bytes == 0) {
            throw DomainException.invalid("letter-empty", "Chưa có nội dung công văn, kế hoạch phát động để đọc.");
        }
        if (bytes > limits.maxText().toBytes()) {
            throw ReadingRefusal.tooLarge("Văn bản quá dài để là một công văn phát động: tối đa "
                    + limits.maxText().toKilobytes() + " KB.");
        }
    }
}
