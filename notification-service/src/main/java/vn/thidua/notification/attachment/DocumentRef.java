package vn.thidua.notification.attachment;

/**
 * A published document to attach to an email: where to fetch it and the file name the recipient sees.
 * Kept on the email job, so the document is fetched when the email is sent.
 */
public record DocumentRef(String url, String fileName) {
}
