package vn.thidua.campaign.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code thidua.campaign.directory.*}: limits of a directory import.
 *
 * @param maxImportSize the largest CSV or XLSX file accepted (413 beyond it)
 * @param maxImportRows the most data rows in one file (422 beyond it)
 */
@ConfigurationProperties("thidua.campaign.directory")
public record DirectoryTransferProperties(@DefaultValue("5MB") DataSize maxImportSize,
        @DefaultValue("10000") int maxImportRows) {
}
