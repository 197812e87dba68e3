package org.basewatch.sink.db;

/** A read or write of the status store failed; unchecked so that stream processors need not wrap it. */
public class StoreException extends RuntimeException {

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
