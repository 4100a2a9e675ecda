package vn.thidua.portal.services;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** Turns a REST call's failure into a {@link ServiceException} the pages know how to show. */
final class Calls {

    private static final Logger log = LoggerFactory.getLogger(Calls.class);

    private Calls() {
    }

    static <T> T call(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().is5xxServerError()) {
                log.warn("{} failed: {}", service, e.getStatusCode());
                throw new ServiceException.Unavailable(service, e);
            }
            throw new ServiceException.Refused(service, problemOf(e), e);
        } catch (RestClientException e) {
            log.warn("{} unavailable: {}", service, e.getMessage());
            throw new ServiceException.Unavailable(service, e);
        }
    }

    private static Problem problemOf(RestClientResponseException e) {
        int status = e.getStatusCode().value();
        try {
            Problem problem = e.getResponseBodyAs(Problem.class);
            if (problem != null) {
                return new Problem(status, problem.code(), problem.detail(), problem.errors());
            }
        } catch (RuntimeException unreadable) {
            log.debug("Problem details not readable: {}", unreadable.getMessage());
        }
        return new Problem(status, null, null, null);
    }
}
