package org.basewatch.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Fetches a page or feed with the limits an analyst-supplied URL needs: http and https only,
 * connect and read timeouts, a size cap, a redirect cap, and no loopback, private, link-local or
 * unique-local targets (checked again at every redirect) unless {@link ReadOptions#allowPrivate()}.
 */
final class UrlFetcher {
    private static final String USER_AGENT = "basewatch-ingest/0.1";

    /** The body of a fetched URL with the Content-Type it was served with. */
    record Fetched(String url, byte[] body, String contentType) {
    }

    /** A URL this fetcher will not read; the message says why. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private UrlFetcher() {
    }

    static Fetched fetch(String url, ReadOptions opts) throws IOException {
        URI current = parse(url);
        for (int redirects = 0; ; redirects++) {
            checkAllowed(current, opts.allowPrivate());
            HttpURLConnection conn = (HttpURLConnection) current.toURL().openConnection();
            try {
                conn.setInstanceFollowRedirects(false);
                conn.setConnectTimeout((int) opts.timeout().toMillis());
                conn.setReadTimeout((int) opts.timeout().toMillis());
                conn.setRequestProperty("User-Agent", USER_AGENT);
                conn.setRequestProperty("Accept", "text/html, application/xhtml+xml, application/rss+xml, "
                        + "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
                int status = conn.getResponseCode();
                if (status >= 300 && status < 400 && conn.getHeaderField("Location") != null) {
                    if (redirects >= opts.maxRedirects()) {
                        throw new Refused("more than " + opts.maxRedirects() + " redirects");
                    }
                    current = current.resolve(parse(conn.getHeaderField("Location")));
                    continue;
                }
                if (status < 200 || status >= 300) {
                    throw new IOException("HTTP " + status + " from " + current);
                }
                long declared = conn.getContentLengthLong();
                if (declared > opts.maxBytes()) {
                    throw new Refused("larger than " + opts.maxBytes() + " bytes (Content-Length " + declared + ")");
                }
                try (InputStream in = conn.getInputStream()) {
                    return new Fetched(current.toString(), readCapped(in, opts.maxBytes()), conn.getContentType());
                }
            } finally {
                conn.disconnect();
            }
        }
    }

    private static URI parse(String url) throws Refused {
        try {
            return new URI(url.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new Refused("not a URL: " + url);
        }
    }

    static void checkAllowed(URI uri, boolean allowPrivate) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":"));
        }
        if (uri.getHost() == null) {
            throw new Refused("URL has no host: " + uri);
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IOException("unknown host " + uri.getHost(), e);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new Refused("refusing private or loopback address " + address.getHostAddress()
                        + " for " + uri.getHost() + " (allowPrivate is off)");
            }
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress()
                || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0.0.0.0/8 and carrier-grade NAT 100.64.0.0/10 reach the local network too
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        if (a instanceof Inet6Address) {
            // unique local fc00::/7
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }

    private static byte[] readCapped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > max) {
                throw new Refused("larger than " + max + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
