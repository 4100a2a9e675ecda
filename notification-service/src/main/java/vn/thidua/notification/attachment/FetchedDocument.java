package vn.thidua.notification.attachment;

/** What fetching a document gave: the attachment, or why there is none (in Vietnamese, for the log). */
public record FetchedDocument(Attachment attachment, String unavailableBecause) {

    static FetchedDocument of(Attachment attachment) {
        return new FetchedDocument(attachment, null);
    }

    static FetchedDocument unavailable(String reason) {
        return new FetchedDocument(null, reason);
    }

    public boolean available() {
        return attachment != null;
    }
}
