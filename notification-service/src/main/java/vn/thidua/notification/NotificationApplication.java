package vn.thidua.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * notification-service: tells people what happened — the launch letter to each participating unit,
 * report reminders before and after a due date, the commendation decision to the nominated unit — by
 * email over SMTP in each recipient's language, with a delivery log that makes every notification
 * happen once. Recipients come from the unit directory's events; overdue units are kept per movement
 * for the office's chase list.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
