package org.basewatch.sink.http;

import org.basewatch.contracts.Place;

/** A place of the table as the page names and groups it: English and Arabic names, kind and the scope it is in. */
record GazetteerPlace(String id, Place.Kind kind, String name, String arabic, String parent) {
    static GazetteerPlace of(Place p) {
        return new GazetteerPlace(p.id(), p.kind(), p.english(), p.arabic(), p.parent());
    }
}
