package vn.thidua.campaign.reading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code thidua.campaign.reading.*}: how large a launch letter may be. A letter is a few pages of
 * text; the limits keep a pasted book or a DOCX full of images from tying up the service.
 *
 * @param maxText the largest text read, pasted or extracted from a file (413 beyond it)
 * @param maxUpload the largest uploaded .txt or .docx file (413 beyond it)
 */
@ConfigurationProperties("thidua.campaign.reading")
public record ReadingProperties(@DefaultValue("200KB") DataSize maxText, @DefaultValue("5MB") DataSize maxUpload) {
}
