package vn.thidua.reporting.attachment;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** Refusals of an evidence file that have no factory in {@link DomainException}: too large, not an allowed type. */
final class EvidenceRefusal extends DomainException {

    private EvidenceRefusal(HttpStatus status, String code, String message) {
        super(status, code, message);
    }

    /** 413, with the code eventing uses for bodies over its own limit. */
    static EvidenceRefusal tooLarge(String message) {
        return new EvidenceRefusal(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", message);
    }

    /** 415: the bytes are none of the allowed types, whatever the file's name or declared type says. */
    static EvidenceRefusal unsupported(String message) {
        return new EvidenceRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment-type", message);
    }
}
