package vn.thidua.campaign.reading;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** Refusals of a letter to read that have no factory in {@link DomainException}: too large, unsupported. */
final class ReadingRefusal extends DomainException {

    private ReadingRefusal(HttpStatus status, String code, String message) {
        super(status, code, message);
    }

    /** 413, with the code eventing uses for bodies over its own limit. */
    static ReadingRefusal tooLarge(String message) {
        return new ReadingRefusal(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", message);
    }

    /** 415: a file that is neither plain text nor DOCX. */
    static ReadingRefusal unsupported(String message) {
        return new ReadingRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-letter-format", message);
    }
}
