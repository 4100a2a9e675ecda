package vn.thidua.campaign.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.directory.DirectoryImport.AgencyPlan;
import vn.thidua.campaign.directory.ImportReport.AgencyOutcome;
import vn.thidua.campaign.directory.ImportReport.Outcome;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * The directory to and from CSV and XLSX files. An import is checked whole before anything is
 * written ({@link DirectoryImport}); then each agency the file changes goes through
 * {@link DirectoryService#upsert}, exactly as {@code PUT /api/agencies/{code}} would: one audit entry
 * per changed agency, UnitRegistered/UnitChanged per new or changed unit, nothing for unchanged rows.
 */
@Service
public class DirectoryTransferService {

    /** The two file formats, by their {@code format} parameter. */
    public enum Format {
        CSV(DirectoryCsv.MEDIA_TYPE + ";charset=UTF-8", "csv"),
        XLSX(DirectoryXlsx.MEDIA_TYPE, "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static Format of(String name) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return format;
                }
            }
            throw DomainException.invalid("invalid-format",
                    "Định dạng “" + name + "” không được hỗ trợ; chọn format=csv hoặc format=xlsx.");
        }

        /** The format of an uploaded file, by its name, else its content type, else its first bytes. */
        public static Format ofUpload(String filename, String contentType, byte[] content) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || type.startsWith(DirectoryXlsx.MEDIA_TYPE)) {
                return XLSX;
            }
            if (name.endsWith(".csv") || type.startsWith("text/csv") || type.startsWith("text/plain")) {
                return CSV;
            }
            if (name.isEmpty() && content.length > 1 && content[0] == 'P' && content[1] == 'K') {
                return XLSX;
            }
            if (name.isEmpty()) {
                return CSV;
            }
            throw DomainException.invalid("invalid-format",
                    "Chỉ nhập được tệp .csv hoặc .xlsx; tệp “" + filename + "” không thuộc loại này.");
        }
    }

    private final DirectoryService directory;
    private final Validator validator;
    private final DirectoryTransferProperties properties;

    public DirectoryTransferService(DirectoryService directory, Validator validator,
            DirectoryTransferProperties properties) {
        this.directory = directory;
        this.validator = validator;
        this.properties = properties;
    }

    /** The whole directory, every agency with all its units (history included), as GET /api/agencies shows it. */
    public byte[] exportAgencies(Format format) {
        return write(DirectoryRow.of(directory.agencies()), format);
    }

    /** The units GET /api/units lists for the same query, each with its agency's columns. */
    public byte[] exportUnits(String query, boolean includeHistory, Format format) {
        Map<String, Agency> agencies = directory.agencies().stream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
        List<DirectoryRow> rows = directory.units(query, includeHistory).stream()
                .map(listing -> {
                    Agency agency = agencies.get(listing.agencyCode());
                    return DirectoryRow.of(agency, agency.unit(listing.code()).orElseThrow());
                })
                .toList();
        return write(rows, format);
    }

    private static byte[] write(List<DirectoryRow> rows, Format format) {
        return format == Format.XLSX ? DirectoryXlsx.write(rows) : DirectoryCsv.write(rows);
    }

    /**
     * Imports a file: all rows valid or nothing written (422 listing every error). If a write then
     * fails (another administrator changed an agency meanwhile), the agencies before it are kept; the
     * same file imported again completes the rest and changes nothing that is already so.
     */
    public ImportReport importFile(byte[] content, Format format, Who who) {
        if (content.length > properties.maxImportSize().toBytes()) {
            throw new ImportTooLarge("Tệp nhập quá lớn: tối đa " + properties.maxImportSize().toKilobytes() + " KB.");
        }
        DirectoryTable table = format == Format.XLSX ? DirectoryXlsx.read(content) : DirectoryCsv.read(content);
        List<AgencyPlan> plans = new DirectoryImport(validator, directory.agencies(), properties.maxImportRows())
                .plan(table);
        List<AgencyOutcome> outcomes = new ArrayList<>();
        for (AgencyPlan plan : plans) {
            try {
                outcomes.add(apply(plan, who));
            } catch (DomainException refused) {
                throw DomainException.conflict("import-interrupted", "Đã ghi " + outcomes.size() + " cơ quan đầu tiên; "
                        + "dừng ở cơ quan " + plan.code() + ": " + refused.getMessage()
                        + " Nhập lại cùng tệp để hoàn tất (các cơ quan đã ghi sẽ không thay đổi gì thêm).");
            }
        }
        int rows = (int) table.rows().stream().filter(row -> !row.isBlank()).count();
        return ImportReport.of(rows, outcomes);
    }

    private AgencyOutcome apply(AgencyPlan plan, Who who) {
        if (plan.changesNothing()) {
            return new AgencyOutcome(plan.code(), plan.existing().name(), Outcome.UNCHANGED, List.of(), List.of());
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Unit unit : plan.details().units()) {
            Unit before = plan.existing() == null ? null : plan.existing().unit(unit.code()).orElse(null);
            if (before == null) {
                added.add(unit.code());
            } else if (!unit.changesFrom(before).isEmpty()) {
                changed.add(unit.code());
            }
        }
        Agency written = directory.upsert(plan.code(), plan.details(), who);
        return new AgencyOutcome(written.code(), written.name(),
                plan.existing() == null ? Outcome.CREATED : Outcome.UPDATED, added, changed);
    }

    /** 413 for a file over the import limit. */
    static final class ImportTooLarge extends DomainException {
        ImportTooLarge(String message) {
            super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", message);
        }
    }
}
