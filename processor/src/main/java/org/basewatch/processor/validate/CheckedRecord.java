package org.basewatch.processor.validate;

/** A raw record after validation: its original bytes, and the article or the reason it was refused. */
public record CheckedRecord(byte[] raw, Validation validation) {

    public boolean isValid() {
        return validation.isValid();
    }
}
