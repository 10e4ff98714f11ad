package org.quietroom.core.check;

import org.quietroom.core.Text;

/**
 * Services that show other sites' pages under their own host name, rewriting them on the way: session proxies
 * an organisation puts in front of the web, translators, archives and caches, and public web proxies. Matched by
 * host suffix and named, so the person learns whose service it is.
 *
 * <p>Sources: MISP warninglist {@code microsoft-mdca-proxy} (Microsoft Defender for Cloud Apps suffixes, from
 * Microsoft's "troubleshooting proxy URL" documentation); the other hosts are the services' own public domains.
 */
final class RewritingServices {
    /** What kind of service it is: decides the wording. */
    enum Kind {
        SESSION_PROXY, TRANSLATOR, ARCHIVE, WEB_PROXY
    }

    /** One service: its host suffixes, its kind and its name as shown to the person. */
    record Service(Kind kind, String name, String[] suffixes) {
    }

    private static final Service[] SERVICES = {
        new Service(Kind.SESSION_PROXY, "Microsoft Defender for Cloud Apps", new String[] {
            "mcas.ms", "mcas-gov.us", "mcas-df.ms", "mcas-gov.ms", "mcas-gov-df.ms", "mcas-gov-df.us", "rs-mcas.ms",
            "rs-mcas-df.ms", "admin-mcas.ms", "admin-mcas-df.ms", "admin-mcas-gov.ms", "admin-mcas-gov.us",
            "admin-mcas-gov-df.ms", "admin-mcas-gov-df.us", "admin-rs-mcas.ms", "admin-rs-mcas-df.ms"}),
        new Service(Kind.TRANSLATOR, "Google Translate", new String[] {"translate.goog"}),
        new Service(Kind.ARCHIVE, "Internet Archive (Wayback Machine)", new String[] {"archive.org"}),
        new Service(Kind.ARCHIVE, "archive.today", new String[] {
            "archive.ph", "archive.today", "archive.is", "archive.li", "archive.vn", "archive.md", "archive.fo"}),
        new Service(Kind.ARCHIVE, "Google cache", new String[] {"webcache.googleusercontent.com"}),
        new Service(Kind.WEB_PROXY, "ProxySite", new String[] {"proxysite.com"}),
        new Service(Kind.WEB_PROXY, "CroxyProxy", new String[] {"croxyproxy.com"}),
    };

    private RewritingServices() {
    }

    /** The service whose host this is, or null. {@code host} is lower case. */
    static Service match(String host) {
        for (Service service : SERVICES) {
            for (String suffix : service.suffixes()) {
                if (Text.isHostOrSubdomain(host, suffix)) {
                    return service;
                }
            }
        }
        return null;
    }
}
