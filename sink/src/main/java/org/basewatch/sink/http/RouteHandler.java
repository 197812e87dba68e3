package org.basewatch.sink.http;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a GET or HEAD with the first route of the table whose path matches, as JSON errors when it refuses; every
 * answer carries a strong ETag of its body and is a 304 without body when the client has that body already.
 */
final class RouteHandler extends Handler.Abstract {
    /** The browser must take a JSON answer or a script for what its Content-Type says, never guess HTML from it. */
    static final HttpField NO_SNIFF = new HttpField("X-Content-Type-Options", "nosniff");
    private static final Logger LOG = LoggerFactory.getLogger(RouteHandler.class);

    private final List<Route> routes;

    RouteHandler(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Reply reply;
        try {
            reply = answer(request);
        } catch (ApiException e) {
            reply = Reply.json(e.status(), new ApiError(e.status(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getHttpURI().getPath(), e);
            reply = Reply.json(HttpStatus.INTERNAL_SERVER_ERROR_500, new ApiError(HttpStatus.INTERNAL_SERVER_ERROR_500, "internal error"));
        }
        send(request, response, callback, reply);
        return true;
    }

    private Reply answer(Request request) {
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            throw new ApiException(HttpStatus.METHOD_NOT_ALLOWED_405, "only GET is served");
        }
        String rawPath = request.getHttpURI().getPath();
        Map<String, String> query = query(request);
        for (Route route : routes) {
            Optional<Map<String, String>> values = route.match(rawPath);
            if (values.isPresent()) {
                return route.endpoint().answer(new Call(values.get(), route.check(query), rawPath, request.getHttpURI().getQuery()));
            }
        }
        String path = request.getHttpURI().getDecodedPath();
        throw new ApiException(HttpStatus.NOT_FOUND_404, "no such " + (path.startsWith("/api/") ? "endpoint" : "page") + ": " + path);
    }

    /** The query's parameters; a name given twice is refused rather than one of its values picked. */
    private static Map<String, String> query(Request request) {
        Fields fields;
        try {
            fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (BadMessageException e) {
            throw new ApiException(e.getCode(), "malformed query: " + e.getReason());
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Fields.Field field : fields) {
            if (field.getValues().size() > 1) {
                throw new ApiException(HttpStatus.BAD_REQUEST_400, "parameter given twice: " + field.getName());
            }
            params.put(field.getName(), field.getValue());
        }
        return params;
    }

    private static void send(Request request, Response response, Callback callback, Reply reply) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        headers.put(NO_SNIFF);
        headers.put(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
        reply.headers().forEach(headers::put);
        String etag = HttpBodies.etag(reply.body());
        headers.put(HttpHeader.ETAG, etag);
        if (reply.status() == HttpStatus.OK_200 && HttpBodies.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            return;
        }
        response.setStatus(reply.status());
        headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(reply.body()), callback);
    }
}
