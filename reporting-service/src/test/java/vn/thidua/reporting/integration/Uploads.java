package vn.thidua.reporting.integration;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.RestApi;

/** A file sent as the portal's forms send it: multipart/form-data with one part named "file". */
final class Uploads {

    private Uploads() {
    }

    /**
     * Posts the file as this token's user (anonymous when the token is null).
     *
     * @param declaredType the part's Content-Type as the client claims it (the service ignores it)
     */
    static RestApi.Reply upload(int port, String token, String path, String filename, String declaredType,
            byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        }).contentType(MediaType.parseMediaType(declaredType));
        RestTestClient.RequestBodySpec request = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .build().post().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        EntityExchangeResult<byte[]> result = request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build())
                .exchange().expectBody().returnResult();
        byte[] body = result.getResponseBody();
        return new RestApi.Reply(result.getStatus().value(), result.getResponseHeaders(),
                body == null || body.length == 0 ? null : EventJson.MAPPER.readTree(body));
    }
}
