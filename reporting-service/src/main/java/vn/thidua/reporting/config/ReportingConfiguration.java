package vn.thidua.reporting.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import vn.thidua.reporting.report.ReminderSchedule;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
public class ReportingConfiguration {

    /** The reminders each newly expected report gets; reports keep the schedule they were created with. */
    @Bean
    ReminderSchedule reminderSchedule(ReportingProperties properties) {
        return new ReminderSchedule(properties.dueReminderDays(), properties.dueReminderTime());
    }

    /**
     * Dates and instants through the driver's own codecs: a LocalDate (a due date) is stored as UTC
     * midnight whatever the server's time zone, so replicas in different zones read the same day.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(config -> config.useNativeDriverJavaTimeCodecs());
    }

    @Bean
    OpenAPI reportingServiceApi() {
        return new OpenAPI().info(new Info()
                .title("Thi Đua – reporting-service")
                .version("v1")
                .description("Báo cáo của các đơn vị theo từng phong trào thi đua: nộp, trả lại, chấp nhận, "
                        + "theo dõi tiến độ và hạn nộp; bảng điều khiển cấp tỉnh (phong trào, tỷ lệ nộp báo cáo, "
                        + "đề nghị và quyết định khen thưởng) cập nhật trực tiếp từ sự kiện của mọi dịch vụ."));
    }
}
