package org.basewatch.sink.http;

/** The JSON body of every error answer of the API: the HTTP status and what went wrong. */
record ApiError(int status, String error) {
}
