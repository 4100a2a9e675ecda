package vn.thidua.notification.news;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The news feed as Atom 1.0 (RFC 4287), written with the JDK's StAX writer: a feed needs a dozen
 * elements, not a library. The writer escapes every value, so titles with "&" or "<" stay well formed.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED_TITLE = "Tin thi đua – khen thưởng";
    private static final String DEFAULT_AUTHOR = "Thi Đua";

    private AtomFeed() {
    }

    /**
     * @param selfUrl    the feed's own address, also its id
     * @param emptySince the feed's updated time while it has no entries
     */
    static String write(String selfUrl, List<NewsItem> items, Instant emptySince) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", selfUrl);
            element(xml, "title", FEED_TITLE);
            element(xml, "updated", (items.isEmpty() ? emptySince : items.getFirst().publishedAt()).toString());
            link(xml, "self", selfUrl, MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';')));
            xml.writeStartElement("author");
            element(xml, "name", DEFAULT_AUTHOR);
            xml.writeEndElement();
            for (NewsItem item : items) {
                entry(xml, item);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the news feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, NewsItem item) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:thidua:news:" + item.id());
        element(xml, "title", item.title());
        element(xml, "updated", item.publishedAt().toString());
        element(xml, "published", item.publishedAt().toString());
        if (item.agencyName() != null) {
            xml.writeStartElement("author");
            element(xml, "name", item.agencyName());
            xml.writeEndElement();
        }
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", item.kind().name());
        xml.writeAttribute("label", item.kind().label());
        if (item.link() != null) {
            link(xml, "alternate", item.link(), "text/html");
        }
        if (item.documentUrl() != null) {
            link(xml, "related", item.documentUrl(), "application/pdf");
        }
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(item.summary() == null ? item.title() : item.summary());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
