vcl 4.1;
# Tòa Soạn behind Varnish (Debian's varnish 7.x). Issue 11; the README's production runbook.
# The origin (gunicorn, `make run`) — change this line if it listens elsewhere:
backend default { .host = "127.0.0.1"; .port = "8000"; }


# Who may PURGE and BAN (Wagtail's frontend cache, cms/core/edge.py, runs on the app server).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) { return (synth(405, "Not allowed")); }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) { return (synth(405, "Not allowed")); }
        if (!req.http.X-Ban-Host) { return (synth(400, "X-Ban-Host required")); }
        # Lurker-friendly: matched against the host stored on each object.
        ban("obj.http.X-Cache-Host ~ " + req.http.X-Ban-Host);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # POSTs (comments, nominations, forms), OPTIONS preflights
    }
    # Never cached, cookies kept: the admin, previews, the view-counting image (each
    # read must reach the server to be counted), documents (private collections check
    # a password or login), the comment and report forms.
    if (req.url ~ "^/(admin|dem|documents|binh-luan)/" || req.url ~ "^/api/v2/page_preview/" || req.url ~ "[?&]preview") {
        return (pass);
    }
    # Readers from Facebook and Zalo arrive with a unique fbclid / zarsrc each (utm_* from
    # campaigns): the same page, so one cached copy (cms/core/page_cache.py's key agrees).
    if (req.url ~ "[?&](fbclid|gclid|zarsrc|_zl|utm_[a-z_]+)=") {
        set req.url = regsuball(req.url, "([?&])(fbclid|gclid|zarsrc|_zl|utm_[a-z_]+)=[^&]*", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]$", "");
    }
    # A logged-in editor (session cookie) sees the site uncached.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous readers: no cookie reaches the origin, so its answers can be shared.
    unset req.http.Cookie;
    # One cached copy per encoding the origin can send.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_backend_response {
    # Stored on the object so BAN can match a host (unset again on delivery).
    set beresp.http.X-Cache-Host = bereq.http.host;
    # Only what the origin marks public; Varnish honours s-maxage / max-age itself.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public" ||
        beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;  # hit-for-miss: ask the origin each time
        return (deliver);
    }
    # stale-while-revalidate from the origin sets the grace; 10 s if it gives none.
    if (beresp.http.Cache-Control !~ "stale-while-revalidate") {
        set beresp.grace = 10s;
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Cache-Host;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
