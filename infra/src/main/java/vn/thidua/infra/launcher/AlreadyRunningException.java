package vn.thidua.infra.launcher;

/** Another launcher holds the run directory's lock. */
public final class AlreadyRunningException extends RuntimeException {

    private final long pid;

    public AlreadyRunningException(long pid) {
        super("Thi Đua is already running (pid " + pid + "). Use ./thidua status or ./thidua down.");
        this.pid = pid;
    }

    public long pid() {
        return pid;
    }
}
