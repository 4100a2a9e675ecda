package vn.thidua.notification.attachment;

/** A fetched document, ready to attach. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
