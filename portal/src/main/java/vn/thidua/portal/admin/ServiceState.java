package vn.thidua.portal.admin;

import java.util.List;

import vn.thidua.portal.services.OperationsApi;
import vn.thidua.portal.services.PlatformService;
import vn.thidua.portal.services.ServiceException;

/**
 * What the console shows of one service: its outbox, dead letters and consumers, each null when
 * that part could not be read (the service down, or Kafka not answering), so one failing part does
 * not hide the rest.
 */
public record ServiceState(PlatformService service, OperationsApi.Outbox outbox,
        List<OperationsApi.DeadLetterTopic> deadLetters, List<OperationsApi.ConsumerGroup> consumers) {

    static ServiceState read(PlatformService service, OperationsApi operations, String deadLetterState) {
        return new ServiceState(service, quietly(() -> operations.outbox(service)),
                quietly(() -> operations.deadLetters(service, deadLetterState)),
                quietly(() -> operations.consumers(service)));
    }

    /** Dead letters still awaiting a decision, over all the service's dead-letter topics. */
    public long pendingDeadLetters() {
        return deadLetters == null ? 0 : deadLetters.stream().mapToLong(OperationsApi.DeadLetterTopic::pending).sum();
    }

    public long lag() {
        return consumers == null ? 0 : consumers.stream().flatMap(group -> group.topics().stream())
                .mapToLong(OperationsApi.TopicLag::lag).sum();
    }

    private static <T> T quietly(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ServiceException.Refused refused) {
            if (refused.status() == 401) {
                throw refused; // the sign-in expired: the console's error handling signs in again
            }
            return null;
        } catch (ServiceException.Unavailable unavailable) {
            return null;
        }
    }
}
