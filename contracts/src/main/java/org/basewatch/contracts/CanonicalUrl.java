package org.basewatch.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per article URL, so that the same page reached through a tracking link, its AMP
 * copy or the mobile site gets the same id.
 *
 * <p>Rules: lowercase scheme and host; drop the default port, the fragment, the trailing slash and
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code ref}, {@code amp});
 * fold AMP variants ({@code /amp/} segments, an {@code /amp} suffix, {@code amp.} host) and mobile
 * hosts ({@code m.}, {@code mobile.}) and {@code www.} to the plain host; percent-encode raw
 * non-ASCII characters with upper-case hex; sort the remaining query parameters.
 */
public final class CanonicalUrl {
    private static final Pattern URL = Pattern.compile(
            "^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");
    private static final Pattern AUTHORITY = Pattern.compile("^(?:([^@]*)@)?(\\[[^]]*]|[^:]*)(?::(\\d*))?$");
    private static final Pattern ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final List<String> HOST_PREFIXES = List.of("www.", "amp.", "m.", "mobile.");

    private CanonicalUrl() {
    }

    /** The canonical form of {@code url}; text that is not an absolute URL comes back trimmed, null stays null. */
    public static String canonical(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) {
            return url.trim();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String authority = authority(scheme, m.group(2));
        String path = path(m.group(3));
        String query = query(m.group(4));
        return scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** The first 16 hex digits of the SHA-256 of the canonical URL; null for null. */
    public static String hash(String url) {
        String canonical = canonical(url);
        if (canonical == null) {
            return null;
        }
        return sha256Hex(canonical).substring(0, 16);
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String authority(String scheme, String raw) {
        Matcher m = AUTHORITY.matcher(raw);
        if (!m.matches()) {
            return raw.toLowerCase(Locale.ROOT);
        }
        String host = plainHost(m.group(2).toLowerCase(Locale.ROOT));
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String port = m.group(3);
        boolean defaultPort = port == null || port.isEmpty()
                || (scheme.equals("http") && port.equals("80"))
                || (scheme.equals("https") && port.equals("443"));
        String user = m.group(1) == null ? "" : m.group(1) + "@";
        return user + host + (defaultPort ? "" : ":" + port);
    }

    private static String plainHost(String host) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : HOST_PREFIXES) {
                // keep at least a second-level domain: "m.com" is a host of its own
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                    changed = true;
                }
            }
        }
        return host;
    }

    private static String path(String raw) {
        List<String> kept = new ArrayList<>();
        for (String segment : raw.split("/")) {
            if (!segment.isEmpty() && !segment.equalsIgnoreCase("amp")) {
                kept.add(encode(segment));
            }
        }
        return kept.isEmpty() ? "" : "/" + String.join("/", kept);
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : raw.split("&")) {
            if (!param.isEmpty() && !isTracking(param)) {
                kept.add(encode(param));
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return key.startsWith("utm_") || key.equals("fbclid") || key.equals("gclid")
                || key.equals("ref") || key.equals("amp");
    }

    /** Raw non-ASCII and spaces become %XX of their UTF-8 bytes; existing escapes get upper-case hex. */
    private static String encode(String part) {
        String upper = ESCAPE.matcher(part).replaceAll(r -> "%" + r.group(1).toUpperCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); ) {
            int cp = upper.codePointAt(i);
            if (cp > 0x20 && cp < 0x7f) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
