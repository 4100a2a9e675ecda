package vn.thidua.campaign.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.campaign.directory.DirectoryTransferService.Format;
import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.DomainException;

@RestController
@RequestMapping("/api")
@Tag(name = "Danh bạ cơ quan, đơn vị", description = "Agencies, their units and contacts")
public class DirectoryTransferController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.BASIC_ISO_DATE;

    private final DirectoryTransferService transfer;
    private final CurrentActor actor;
    private final Clock clock;

    public DirectoryTransferController(DirectoryTransferService transfer, CurrentActor actor, Clock clock) {
        this.transfer = transfer;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/agencies/export")
    @Operation(summary = "Tải danh bạ: mọi cơ quan và đơn vị (kể cả đơn vị đã hết hiệu lực), CSV (UTF-8 có BOM) hoặc XLSX; "
            + "cùng định dạng với tệp nhập")
    public ResponseEntity<byte[]> exportAgencies(@RequestParam(defaultValue = "csv") String format) {
        Format chosen = Format.of(format);
        return file(transfer.exportAgencies(chosen), chosen, "danh-ba-co-quan");
    }

    @GetMapping("/units/export")
    @Operation(summary = "Tải danh sách đơn vị như GET /api/units (q, includeHistory), CSV hoặc XLSX; cùng định dạng với tệp nhập")
    public ResponseEntity<byte[]> exportUnits(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean includeHistory) {
        Format chosen = Format.of(format);
        return file(transfer.exportUnits(q, includeHistory, chosen), chosen, "danh-ba-don-vi");
    }

    @PostMapping(path = "/directory/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập danh bạ từ tệp CSV hoặc XLSX (phần “file”; chỉ quản trị): kiểm tra mọi dòng trước, "
            + "có lỗi thì không ghi gì; thêm và cập nhật cơ quan, đơn vị, không xóa")
    public ImportReport importUpload(@RequestPart("file") MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return transfer.importFile(content, Format.ofUpload(file.getOriginalFilename(), file.getContentType(), content),
                actor.who());
    }

    @PostMapping(path = "/directory/import", consumes = { DirectoryCsv.MEDIA_TYPE, DirectoryXlsx.MEDIA_TYPE })
    @Operation(summary = "Nhập danh bạ gửi thẳng trong thân yêu cầu (Content-Type text/csv hoặc XLSX; chỉ quản trị)")
    public ImportReport importBody(@RequestBody(required = false) byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        byte[] content = body == null ? new byte[0] : body;
        if (content.length == 0) {
            throw DomainException.invalid("unreadable-import", "Chưa có nội dung tệp nhập.");
        }
        return transfer.importFile(content, Format.ofUpload(null, contentType, content), actor.who());
    }

    /** Row errors of an import as problem details with their list, like Bean Validation's field errors. */
    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, rejected.getMessage());
        problem.setType(URI.create("https://thidua.vn/problems/" + rejected.code()));
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        problem.setProperty("code", rejected.code());
        problem.setProperty("errors", rejected.errors());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<byte[]> file(byte[] content, Format format, String name) {
        String filename = name + "-" + STAMP.format(VietnamDates.today(clock)) + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }
}
