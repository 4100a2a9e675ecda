package vn.thidua.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

import vn.thidua.eventing.web.DomainException;

/**
 * The formats a read can answer in, chosen by {@code ?format=} or else by the Accept header: the first
 * concrete type it names that the endpoint offers (wildcards mean JSON).
 */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv"),
    XLSX(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE), "xlsx"),
    PDF(MediaType.APPLICATION_PDF, "pdf");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format asked for among {@code offered} (JSON is always offered); 400 for a format not offered. */
    public static ExportFormat choose(String format, String accept, Set<ExportFormat> offered) {
        if (format != null && !format.isBlank()) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(candidate -> candidate == JSON || offered.contains(candidate))
                    .filter(candidate -> candidate.extension.equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("unsupported-format", "Không hỗ trợ định dạng \""
                            + format.strip() + "\"; chọn " + names(offered) + "."));
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            for (ExportFormat candidate : values()) {
                if ((candidate == JSON || offered.contains(candidate)) && type.isCompatibleWith(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        return JSON;
    }

    private static String names(Set<ExportFormat> offered) {
        return Arrays.stream(values()).filter(f -> f == JSON || offered.contains(f)).map(f -> f.extension)
                .collect(Collectors.joining(", "));
    }
}
