package org.basewatch.ingest.read;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 *
 * <p>Each host name is resolved once, its addresses checked, and the connection made to those very addresses
 * (the client's {@link DnsResolver} answers with them alone), the name still going out as the Host header, the TLS
 * server name (SNI) and the name the certificate must carry. Checking one lookup and letting the HTTP client look the
 * name up again would let a name that answers first with a public address and then with a private one (DNS
 * rebinding) reach the private one.
 */
final class UrlFetcher {
    private static final String USER_AGENT = "basewatch-ingest/0.1";
    private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, "
            + "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

    /** The body of a fetched URL with the Content-Type it was served with. */
    record Fetched(String url, byte[] body, String contentType) {
    }

    /** What one request answered: a redirect's target, or a body. */
    private record Answer(String location, byte[] body, String contentType) {
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
        return fetch(url, opts, HostResolver.SYSTEM);
    }

    static Fetched fetch(String url, ReadOptions opts, HostResolver resolver) throws IOException {
        URI current = parse(url);
        for (int redirects = 0; ; redirects++) {
            InetAddress[] addresses = checkAllowed(current, opts.allowPrivate(), resolver);
            Answer answer = request(current, addresses, opts);
            if (answer.location() == null) {
                return new Fetched(current.toString(), answer.body(), answer.contentType());
            }
            if (redirects >= opts.maxRedirects()) {
                throw new Refused("more than " + opts.maxRedirects() + " redirects");
            }
            current = current.resolve(parse(answer.location()));
        }
    }

    private static Answer request(URI uri, InetAddress[] addresses, ReadOptions opts) throws IOException {
        Timeout timeout = Timeout.ofMilliseconds(opts.timeout().toMillis());
        BasicHttpClientConnectionManager connections = BasicHttpClientConnectionManager.create(
                DefaultSchemePortResolver.INSTANCE, new PinnedResolver(bare(uri.getHost()), addresses),
                RegistryBuilder.<TlsSocketStrategy>create().register("https", DefaultClientTlsStrategy.createSystemDefault()).build(),
                ManagedHttpClientConnectionFactory.INSTANCE);
        connections.setConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build());
        try (CloseableHttpClient client = HttpClients.custom().setConnectionManager(connections)
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent(USER_AGENT)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .build()) {
            HttpGet get = new HttpGet(uri);
            get.setHeader(HttpHeaders.ACCEPT, ACCEPT);
            return client.execute(get, response -> answer(uri, response, opts.maxBytes()));
        }
    }

    private static Answer answer(URI uri, ClassicHttpResponse response, long maxBytes) throws IOException {
        int status = response.getCode();
        Header location = response.getFirstHeader(HttpHeaders.LOCATION);
        if (status >= 300 && status < 400 && location != null) {
            return new Answer(location.getValue(), null, null);
        }
        if (status < 200 || status >= 300) {
            throw new IOException("HTTP " + status + " from " + uri);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new Answer(null, new byte[0], null);
        }
        Header declared = response.getFirstHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parseLength(declared.getValue()) > maxBytes) {
            throw new Refused("larger than " + maxBytes + " bytes (Content-Length " + declared.getValue() + ")");
        }
        try (InputStream in = entity.getContent()) {
            return new Answer(null, readCapped(in, maxBytes), entity.getContentType());
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Answers for the one host it was made for with the addresses already checked, and for no other name. */
    private record PinnedResolver(String host, InetAddress[] addresses) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String name) throws UnknownHostException {
            if (!host.equalsIgnoreCase(name)) {
                throw new UnknownHostException(name + " was not checked (only " + host + ")");
            }
            return addresses.clone();
        }

        @Override
        public String resolveCanonicalHostname(String name) {
            return name;
        }
    }

    private static URI parse(String url) throws Refused {
        try {
            return new URI(url.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new Refused("not a URL: " + url);
        }
    }

    /** Refuses a URL it may not fetch; returns the addresses its host resolved to, the only ones to connect to. */
    static InetAddress[] checkAllowed(URI uri, boolean allowPrivate, HostResolver resolver) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":"));
        }
        if (uri.getHost() == null) {
            throw new Refused("URL has no host: " + uri);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare(uri.getHost()));
        } catch (UnknownHostException e) {
            throw new IOException("unknown host " + uri.getHost(), e);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw new Refused("refusing private or loopback address " + address.getHostAddress()
                            + " for " + uri.getHost() + " (--allow-private fetches it anyway)");
                }
            }
        }
        return addresses;
    }

    /** An IPv6 literal without the brackets a URL writes it in. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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
