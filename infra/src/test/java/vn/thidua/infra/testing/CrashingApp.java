package vn.thidua.infra.testing;

/** Plays an application that fails at startup, for launcher tests. */
public final class CrashingApp {

    private CrashingApp() {
    }

    public static void main(String[] args) {
        System.out.println("APPLICATION FAILED TO START: port already bound by the test");
        System.exit(3);
    }
}
