package org.basewatch.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places basewatch knows and their scope hierarchy: country → region → base. The spelling
 * variants used to find places in text live with the extractor; this is only what every module
 * needs to name and nest places.
 */
public final class Places {
    public static final String IRAQ = "iq";
    public static final String FEDERAL = "iq-federal";
    public static final String KURDISTAN = "iq-kurdistan";

    private static final Map<String, Place> BY_ID = new LinkedHashMap<>();

    static {
        add(IRAQ, "العراق", "Iraq", null, null);
        add(FEDERAL, "المناطق الاتحادية", "Federal Iraq", IRAQ, null);
        add(KURDISTAN, "إقليم كردستان", "Kurdistan Region", IRAQ, null);
        add("ain-al-asad", "قاعدة عين الأسد الجوية", "Ain al-Asad Air Base", FEDERAL, "Anbar");
        add("harir", "قاعدة حرير الجوية", "Harir Air Base", KURDISTAN, "Erbil");
        add("erbil-air-base", "قاعدة أربيل الجوية", "Erbil Air Base", KURDISTAN, "Erbil");
        add("joc-hq", "مقر قيادة العمليات المشتركة", "Joint Operations Command HQ", FEDERAL, "Baghdad");
        add("victory", "معسكر فكتوريا", "Victory Base Complex", FEDERAL, "Baghdad");
        add("union-iii", "قاعدة يونيون 3", "Union III", FEDERAL, "Baghdad");
        add("taji", "معسكر التاجي", "Camp Taji", FEDERAL, "Baghdad");
        add("besmaya", "معسكر بسماية", "Besmaya Range Complex", FEDERAL, "Baghdad");
        add("balad", "قاعدة بلد الجوية", "Balad Air Base", FEDERAL, "Salah al-Din");
        add("k1", "قاعدة كي وان", "K-1 Air Base", FEDERAL, "Kirkuk");
        add("qayyarah", "قاعدة القيارة", "Qayyarah Airfield West", FEDERAL, "Nineveh");
        add("al-qaim", "قاعدة القائم", "al-Qaim", FEDERAL, "Anbar");
        add("taqaddum", "قاعدة التقدم", "al-Taqaddum Air Base", FEDERAL, "Anbar");
        add("mosul", "منشأة الموصل", "Mosul facility", FEDERAL, "Nineveh");
    }

    private Places() {
    }

    private static void add(String id, String arabic, String english, String parent, String governorate) {
        BY_ID.put(id, new Place(id, arabic, english, parent, governorate));
    }

    public static Place get(String id) {
        return BY_ID.get(id);
    }

    public static boolean isKnown(String id) {
        return BY_ID.containsKey(id);
    }

    public static List<Place> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The scopes above a place, nearest first: harir → [iq-kurdistan, iq]. */
    public static List<String> ancestors(String id) {
        List<String> out = new ArrayList<>();
        Place p = BY_ID.get(id);
        while (p != null && p.parent() != null) {
            out.add(p.parent());
            p = BY_ID.get(p.parent());
        }
        return out;
    }

    /** Whether {@code inner} lies inside {@code scope} (strictly). */
    public static boolean within(String inner, String scope) {
        return ancestors(inner).contains(scope);
    }
}
