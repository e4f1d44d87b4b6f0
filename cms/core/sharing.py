"""Share links for reader pages (issue 12): plain links to the networks' share pages.

No third-party script, iframe or pixel is loaded: the reader's browser contacts
Facebook or Zalo only if the reader follows the link, and the outlet's pages stay
fast, private and valid when those services are slow or blocked.
"""

from urllib.parse import urlencode

# Facebook's documented sharer (the "Share Dialog" URL form).
FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php"
# The share page Zalo's own share button opens; it reads the page's Open Graph tags.
ZALO_SHARER = "https://sp.zalo.me/share_inline"


def share_links(url):
    """{"facebook": …, "zalo": …, "copy": url}: the article's absolute URL, URL-encoded."""
    return {
        "facebook": f"{FACEBOOK_SHARER}?{urlencode({'u': url})}",
        "zalo": f"{ZALO_SHARER}?{urlencode({'url': url})}",
        "copy": url,
    }
