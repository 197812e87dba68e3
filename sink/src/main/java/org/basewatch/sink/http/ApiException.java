package org.basewatch.sink.http;

/** A request the API refuses, with the HTTP status to answer. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
