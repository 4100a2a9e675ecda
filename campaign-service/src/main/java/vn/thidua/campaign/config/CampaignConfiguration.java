package vn.thidua.campaign.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import vn.thidua.campaign.campaign.CampaignPolicy;

@Configuration(proxyBeanMethods = false)
public class CampaignConfiguration {

    @Bean
    CampaignPolicy campaignPolicy(CampaignProperties properties) {
        return new CampaignPolicy(properties.finalReportGrace());
    }

    /**
     * Dates and instants through the driver's own codecs: a LocalDate is stored as UTC midnight whatever
     * the server's time zone, so replicas in different zones read the same day.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(config -> config.useNativeDriverJavaTimeCodecs());
    }

    @Bean
    OpenAPI campaignServiceApi() {
        return new OpenAPI().info(new Info()
                .title("Thi Đua – campaign-service")
                .version("v1")
                .description("Danh bạ cơ quan, đơn vị và các phong trào thi đua (dự thảo, phát động, hủy, kết thúc)."));
    }
}
