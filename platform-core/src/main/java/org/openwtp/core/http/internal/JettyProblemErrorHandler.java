package org.openwtp.core.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.openwtp.core.http.ApiJson;
import org.openwtp.core.http.ErrorCode;

/**
 * Answers the errors Jetty raises before a request reaches Javalin (an unparsable request line, headers
 * too large, a 503 while stopping) with a problem document instead of Jetty's HTML page. Thread-safe.
 */
final class JettyProblemErrorHandler extends ErrorHandler {

    JettyProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(body(code, message));
    }

    private static byte[] body(int status, String reason) {
        ErrorCode code = ErrorCode.forStatus(status);
        String detail = reason == null || reason.isBlank() ? code.title() : reason;
        try {
            return ApiJson.mapper().writeValueAsBytes(Problem.of(code, detail, null, null, List.of()));
        } catch (IOException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
