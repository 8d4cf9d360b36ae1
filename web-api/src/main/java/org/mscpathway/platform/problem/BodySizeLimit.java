package org.mscpathway.platform.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit (1 MB: a whole patient record is a few kilobytes) with 413, before anything
 * reads it, signed in or not. A body announced by Content-Length is refused at once; one sent in chunks is counted
 * as it is read and the read fails once it passes the limit, which {@link ApiExceptionHandler} answers with 413 too.
 */
final class BodySizeLimit extends OncePerRequestFilter {

    private final long limit;
    private final ProblemResponses problems;

    BodySizeLimit(long limit, ProblemResponses problems) {
        this.limit = limit;
        this.problems = problems;
    }

    static ProblemDetail tooLarge(long limit) {
        ProblemDetail problem = ApiProblems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit / 1024 + " KB; send only the case's data.");
        problem.setTitle("Request body too large");
        return problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, tooLarge(limit));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
    }

    /** A body read past the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body over the limit");
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

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

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > limit) {
                throw new TooLargeException();
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
    }
}
