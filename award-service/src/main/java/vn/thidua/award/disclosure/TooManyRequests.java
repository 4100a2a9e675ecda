package vn.thidua.award.disclosure;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** Too many requests from one address (429). */
class TooManyRequests extends DomainException {

    TooManyRequests(String code, String message) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, message);
    }
}
