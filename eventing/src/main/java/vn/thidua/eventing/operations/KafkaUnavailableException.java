package vn.thidua.eventing.operations;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** The broker did not answer in time: the admin API answers 503 and the operator tries again. */
public class KafkaUnavailableException extends DomainException {

    public KafkaUnavailableException(String doing) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable",
                "Không kết nối được Kafka (" + doing + "). Vui lòng thử lại sau.");
    }

    public KafkaUnavailableException(String doing, Throwable cause) {
        this(doing);
        initCause(cause);
    }
}
