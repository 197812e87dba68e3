package org.basewatch.app;

import org.basewatch.contracts.PlaceStatus;

import java.io.PrintWriter;
import java.util.List;

/** Prints the status table as aligned text columns. */
final class TablePrinter {
    private static final String FORMAT = "%-16s %-14s %-11s %-11s %-26s %7s %s%n";

    private TablePrinter() {
    }

    static void print(PrintWriter out, List<PlaceStatus> rows) {
        out.printf(FORMAT, "PLACE", "STATUS", "SINCE", "AS OF", "EXPECTED", "SOURCES", "NOTES");
        for (PlaceStatus r : rows) {
            String expected = r.expected() == null ? "-"
                    : r.expected().status() + (r.expected().by() == null ? " (no deadline)" : " by " + r.expected().by())
                    + (r.expected().overdue() ? " (overdue)" : "");
            StringBuilder notes = new StringBuilder();
            if (r.conflict()) {
                notes.append("conflict ");
            }
            if (r.approximate()) {
                notes.append("approximate-date ");
            }
            if (r.inheritedFrom() != null) {
                notes.append("from ").append(r.inheritedFrom());
            }
            out.printf(FORMAT, r.place(), r.status() == null ? "-" : r.status(), dash(r.since()), dash(r.asOf()),
                    expected, r.sources(), notes.toString().trim());
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
