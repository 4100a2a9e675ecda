package vn.thidua.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One backup on disk: a directory holding {@code manifest.json}, {@code SHA256SUMS} (the format of
 * {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} checks it by hand), {@code mongo/<db>/…}
 * and {@code kafka/<topic>/…}. Sealing writes the manifest and the sums last; verifying checks
 * every byte before a restore touches anything.
 */
public final class BackupArchive {

    public static final String MANIFEST = "manifest.json";
    public static final String CHECKSUMS = "SHA256SUMS";

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Path directory;

    public BackupArchive(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** The absolute path of a file named relative to the archive, refusing names that leave it. */
    public Path file(String relative) {
        Path resolved = directory.resolve(relative).normalize();
        if (!resolved.startsWith(directory)) {
            throw new BackupException("Tên tệp không hợp lệ trong bản sao lưu: " + relative,
                    "Invalid file name in the backup: " + relative);
        }
        return resolved;
    }

    /** Writes the manifest, then the checksums of every data file and of the manifest. */
    public void seal(Manifest manifest) {
        try {
            Files.write(file(MANIFEST), JSON.writeValueAsBytes(manifest));
            Map<String, String> sums = new TreeMap<>(manifest.files());
            sums.put(MANIFEST, sha256(file(MANIFEST)));
            StringBuilder text = new StringBuilder();
            sums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
            Files.writeString(file(CHECKSUMS), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the manifest of " + directory, e);
        }
    }

    /**
     * Checks that the archive is whole: every file in {@code SHA256SUMS} has its checksum, the
     * manifest is readable and of a known format, and every data file it names is covered.
     *
     * @return the manifest
     * @throws BackupException naming the first file that is missing or differs
     */
    public Manifest verify() {
        if (!Files.isDirectory(directory)) {
            throw new BackupException("Không tìm thấy bản sao lưu " + directory, "No backup at " + directory);
        }
        Map<String, String> sums = readChecksums();
        if (!sums.containsKey(MANIFEST)) {
            throw corrupted(CHECKSUMS + " không có " + MANIFEST, CHECKSUMS + " does not cover " + MANIFEST);
        }
        for (Map.Entry<String, String> entry : sums.entrySet()) {
            Path file = file(entry.getKey());
            if (!Files.isRegularFile(file)) {
                throw corrupted("thiếu tệp " + entry.getKey(), "missing file " + entry.getKey());
            }
            if (!sha256(file).equalsIgnoreCase(entry.getValue())) {
                throw corrupted("tổng kiểm tra SHA-256 của " + entry.getKey() + " không khớp",
                        "SHA-256 checksum mismatch for " + entry.getKey());
            }
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(file(MANIFEST).toFile(), Manifest.class);
        } catch (JacksonException e) {
            throw corrupted("không đọc được " + MANIFEST, MANIFEST + " is unreadable: " + e.getOriginalMessage());
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new BackupException("Định dạng bản sao lưu " + manifest.format() + " không được hỗ trợ (cần " + Manifest.FORMAT + ")",
                    "Backup format " + manifest.format() + " is not supported (expected " + Manifest.FORMAT + ")");
        }
        manifest.files().forEach((name, sum) -> {
            if (!sum.equalsIgnoreCase(sums.get(name))) {
                throw corrupted(name + " không có trong " + CHECKSUMS + " hoặc khác với " + MANIFEST,
                        name + " is missing from " + CHECKSUMS + " or differs from " + MANIFEST);
            }
        });
        return manifest;
    }

    private Map<String, String> readChecksums() {
        Path file = file(CHECKSUMS);
        if (!Files.isRegularFile(file)) {
            throw corrupted("thiếu " + CHECKSUMS + " (bản sao lưu chưa hoàn tất?)", "missing " + CHECKSUMS + " (an unfinished backup?)");
        }
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw corrupted("không đọc được " + CHECKSUMS, CHECKSUMS + " is unreadable");
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int separator = line.indexOf("  ");
            if (separator != 64) {
                throw corrupted("dòng hỏng trong " + CHECKSUMS + ": " + line, "malformed line in " + CHECKSUMS + ": " + line);
            }
            sums.put(line.substring(separator + 2), line.substring(0, separator));
        }
        return sums;
    }

    private BackupException corrupted(String vietnamese, String english) {
        return new BackupException("Bản sao lưu " + directory + " bị hỏng: " + vietnamese + ". Chưa khôi phục gì",
                "Backup " + directory + " is corrupted: " + english + ". Nothing was restored");
    }

    /** SHA-256 of a file, lowercase hex. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
