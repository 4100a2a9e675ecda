package vn.thidua.eventing.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.eventing.EventJson;

/**
 * Refuses a request body larger than the limit with 413 problem details: at once when the declared
 * length says so, else (chunked bodies) as soon as reading passes the limit. Multipart uploads
 * have their own limits ({@code spring.servlet.multipart.*}).
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response); // uploads: spring.servlet.multipart.* limits
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://thidua.vn/problems/payload-too-large");
            problem.put("title", "Content Too Large");
            problem.put("status", 413);
            problem.put("detail", "Nội dung gửi lên quá lớn: tối đa " + maxBytes / (1024 * 1024) + " MB.");
            problem.put("instance", request.getRequestURI());
            problem.put("code", "payload-too-large");
            response.setStatus(413);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(EventJson.MAPPER.writeValueAsBytes(problem));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
    }

    /** A body of unknown length, read through a counter that stops at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > maxBytes) {
                            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                                    "Nội dung gửi lên quá lớn: tối đa " + maxBytes / (1024 * 1024) + " MB.");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
