package org.basewatch.contracts;

/** A place whose status basewatch tracks; {@code parent} is the scope it sits in (null for the country). */
public record Place(String id, String arabic, String english, String parent, String governorate) {
}
