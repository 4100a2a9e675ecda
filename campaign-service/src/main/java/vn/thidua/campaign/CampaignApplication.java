package vn.thidua.campaign;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The organisation directory and the emulation movements (phong trào thi đua) with their launch letters. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CampaignApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampaignApplication.class, args);
    }
}
