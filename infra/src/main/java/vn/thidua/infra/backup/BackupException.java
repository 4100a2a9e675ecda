package vn.thidua.infra.backup;

/**
 * Why a backup or a restore stopped, in Vietnamese then English, ready to print as is. A restore
 * that throws it before its first write has changed nothing.
 */
public class BackupException extends RuntimeException {

    public BackupException(String vietnamese, String english) {
        super(vietnamese + " / " + english);
    }

    public BackupException(String vietnamese, String english, Throwable cause) {
        super(vietnamese + " / " + english + (cause.getMessage() != null ? " (" + cause.getMessage() + ")" : ""), cause);
    }
}
