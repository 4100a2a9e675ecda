package vn.thidua.portal.services;

/**
 * A call to a service that did not succeed. {@link Refused}: the service answered with a problem
 * (invalid input, a rule, no right), which the page shows in the user's words; {@link Unavailable}:
 * it could not be asked or failed itself, and the user is asked to try again later.
 */
public sealed class ServiceException extends RuntimeException {

    ServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    public static final class Refused extends ServiceException {

        private final transient Problem problem;

        public Refused(String service, Problem problem, Throwable cause) {
            super(service + " refused: " + problem.status() + " " + problem.code(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public int status() {
            return problem.status();
        }
    }

    public static final class Unavailable extends ServiceException {

        public Unavailable(String service, Throwable cause) {
            super(service + " unavailable: " + cause.getMessage(), cause);
        }
    }
}
