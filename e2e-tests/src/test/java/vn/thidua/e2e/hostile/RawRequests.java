package vn.thidua.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests no well-behaved HTTP client will send, written byte for byte on a socket: bare CR or LF and NUL inside
 * header values (header injection), raw non-ASCII and control bytes in the request line, a declared length far above
 * the limit. Java's HttpClient refuses to send these, which is exactly why a server must be tested with them.
 */
public final class RawRequests {

    private static final int TIMEOUT_MILLIS = 60_000;

    /** Each raw request: the request line and headers after {@code Host}, CRLF-terminated, then any body. */
    static final List<String> REQUESTS = List.of(
            "GET /api/campaigns HTTP/1.1\r\nX-Request-Id: a\r" + HostileValues.INJECTED_HEADER + ": 1\r\n\r\n",
            "GET /api/campaigns HTTP/1.1\r\nAccept-Language: vi\n" + HostileValues.INJECTED_HEADER + ": 1\r\n\r\n",
            "GET /api/campaigns HTTP/1.1\r\nAccept-Language: vi\u0000en\r\n\r\n",
            "GET /api/campaigns?q=Vi\u1ec7t HTTP/1.1\r\n\r\n",
            "GET /api/campaigns/\u0000/../../etc/passwd HTTP/1.1\r\n\r\n",
            "GET /api/campaigns/a b HTTP/1.1\r\n\r\n",
            "GET /../../../etc/passwd HTTP/1.1\r\n\r\n",
            "GET /api/campaigns HTTP/1.1\r\nX-Big: " + "A".repeat(70_000) + "\r\n\r\n",
            "POST /api/campaigns HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{}",
            "POST /api/campaigns HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");

    private RawRequests() {
    }

    /** Sends every raw request to the service and checks each answer like any other. */
    public static void tryAll(String service, String baseUrl, Tally tally) {
        URI base = URI.create(baseUrl);
        for (String request : REQUESTS) {
            String withHost = request.replaceFirst("\r\n", "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n");
            String shown = HostileRun.abbreviate(request.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0"));
            try {
                HostileClient.Exchange exchange = send(base, withHost.getBytes(StandardCharsets.UTF_8));
                tally.request(service, exchange.status());
                for (String problem : ResponseChecks.problemsOf(exchange)) {
                    tally.failure(service, problem + " — raw request " + shown + " → " + HostileRun.abbreviate(exchange.body()));
                }
            } catch (IOException e) {
                // A connection the server closes on a request it cannot parse is a fair answer to garbage.
                tally.request(service, 0);
            }
        }
    }

    private static HostileClient.Exchange send(URI base, byte[] request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static HostileClient.Exchange parse(byte[] raw) throws IOException {
        String head = new String(raw, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (!head.startsWith("HTTP/") || end < 0) {
            throw new IOException("no HTTP answer");
        }
        String[] lines = head.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String contentType = "";
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim();
                String value = lines[i].substring(colon + 1).trim();
                headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                String lower = name.toLowerCase(Locale.ROOT);
                contentType = lower.equals("content-type") ? value : contentType;
                chunked |= lower.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new HostileClient.Exchange("raw", status, contentType,
                new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8), headers);
    }

    /** The bytes of a chunked body, without the chunk sizes (ISO-8859-1 maps bytes to chars one to one). */
    private static byte[] dechunk(byte[] chunked) {
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0 || lineEnd + 2 + size > chunked.length) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }
}
