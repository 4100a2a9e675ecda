package vn.thidua.award.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import tools.jackson.databind.json.JsonMapper;

/** Reads the catalogue from its data file ({@code thidua.award.catalogue}). */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /** The file's shape. */
    record CatalogueFile(String legalBasis, List<CommendationForm> forms) {
    }

    @Bean
    CommendationCatalogue commendationCatalogue(@Value("${thidua.award.catalogue}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            CatalogueFile data = JsonMapper.builder().build().readValue(in, CatalogueFile.class);
            return new CommendationCatalogue(data.legalBasis(), data.forms());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the commendation catalogue " + file, e);
        }
    }
}
