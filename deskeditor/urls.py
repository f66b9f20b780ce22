"""The one policy for link addresses: what an article or the link list may link to.

Every entry point asks it: the body editor's link dialog and pasted HTML, the
JSON reader, the link list and the site profile, and the exporters, which ask
again because the store trusts what it holds. A published link is followed by
the public, so it must lead where it says:

- http, https or mailto only (the link list and the website: http and https);
- no user name or password ("https://gov.vn@evil.example/" leads to evil.example);
- no backslash (browsers read it as a slash), no space, quote or control character;
- no localhost and no bare IP address (a reader's own computer, or a server
  with no name to trust);
- a host name that is a domain name: IDNA per UTS 46, as browsers read it.

Host names are checked and compared in their ASCII (xn--) form from the
``idna`` package. Python's built-in "idna" codec implements IDNA 2003, which
maps some names differently from browsers (ß, ς, joiners) and lets through
labels UTS 46 refuses. The address itself is kept as typed (NFC, the scheme in
lower case), so an internationalised domain stays readable in the editor; the
exporters write its ASCII form (:func:`published_url`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from deskeditor.errors import DeskEditorError
from deskeditor.text import nfc

WEB_SCHEMES = ("http", "https")
LINK_SCHEMES = ("http", "https", "mailto")
DEFAULT_PORTS = {"http": 80, "https": 443}

# A scheme is letters before a colon; "host:8080" is a port, not a scheme.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)\Z")
# A last label a browser reads as a number makes the host an IPv4 address
# (WHATWG URL): "2130706433", "0x7f.1" and "127.1" all lead to 127.0.0.1.
_NUMERIC_LABEL = re.compile(r"(0x[0-9a-f]*|[0-9]+)\Z")
# Browsers read a backslash as a slash (host confusion); the others break out of markup.
_FORBIDDEN_CHARS = frozenset('<>"`\\')
# What an href may show as it is; everything else is percent-encoded once.
HREF_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


class UrlError(DeskEditorError):
    """An address that may not be linked; the message says why in a few words."""


def check_url(text: str, schemes: tuple[str, ...] = LINK_SCHEMES) -> str:
    """Return *text* (NFC, trimmed) if it is an address that may be linked, else raise UrlError."""
    url = nfc(text).strip()
    if not url:
        raise UrlError("url.empty")
    match = _SCHEME.match(url)
    scheme = match.group(1).lower() if match else ""
    if scheme not in schemes:  # first: "data:…<script>" is refused for what it is
        if schemes == WEB_SCHEMES:
            raise UrlError("url.web_only")
        raise UrlError("url.scheme")
    if any(ch.isspace() for ch in url):
        raise UrlError("url.spaces")
    for ch in url:
        if ch in _FORBIDDEN_CHARS or unicodedata.category(ch)[0] == "C":
            raise UrlError("url.bad_character", char=ch)
    if scheme == "mailto":
        _check_mailto(url[len("mailto:") :])
    else:
        _check_web(url)
    return url


def complete_url(text: str, schemes: tuple[str, ...] = WEB_SCHEMES) -> tuple[str, bool]:
    """Return (*text* checked, whether a scheme was added) for an address typed by hand.

    "chinhphu.vn" gets "https://" ("//chinhphu.vn" gets "https:"); with mailto
    allowed, "ten@mau.gov.vn" gets "mailto:". "javascript:…" keeps its scheme
    and is refused. The scheme is put in lower case ("HTTPS:" -> "https:").
    """
    url = nfc(text).strip()
    prefix = ""
    if url.startswith("//"):
        prefix = "https:"
    elif url and not _SCHEME.match(url):
        is_email = "mailto" in schemes and "@" in url and "/" not in url
        prefix = "mailto:" if is_email else "https://"
    url = check_url(prefix + url, schemes)
    scheme, rest = url.split(":", 1)
    return f"{scheme.lower()}:{rest}", bool(prefix)


@lru_cache(maxsize=4096)  # a page links the same few sites many times; idna is slow
def host_ascii(host: str) -> str:
    """Return the ASCII form of the domain name *host*, else raise UrlError.

    localhost, IP addresses and single names without a domain ending are refused.
    """
    if ":" in host or host.startswith("["):
        raise UrlError("url.ip_address", host=host)
    name = host[:-1] if host.endswith(".") else host  # "chinhphu.vn." is the same name
    import idna  # here: the window's start-up does not need it

    try:
        ascii_host = idna.encode(name, uts46=True, std3_rules=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        ascii_host = ""
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise UrlError("url.bad_host", host=host)
    if _NUMERIC_LABEL.match(labels[-1]):
        raise UrlError("url.ip_address", host=host)
    if labels[-1] == "localhost":
        raise UrlError("url.localhost", host=host)
    if len(labels) < 2:
        raise UrlError("url.no_domain_ending", host=host)
    return ascii_host


def check_host_name(host: str) -> None:
    """Raise UrlError unless *host* is a domain name that may be linked (IDN allowed)."""
    host_ascii(host)


def url_key(url: str) -> str:
    """Return what two web addresses of the same page share.

    Scheme, host case, IDN spelling (Unicode or xn--), a default port and a
    trailing slash make no difference.
    """
    try:
        parts = urlsplit(complete_url(url)[0])
    except UrlError:
        return nfc(url).strip().lower()
    port = parts.port
    port_text = f":{port}" if port and port != DEFAULT_PORTS[parts.scheme] else ""
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    host = host_ascii(parts.hostname or "")
    return f"{host}{port_text}{parts.path.rstrip('/')}{query}{fragment}"


def published_url(url: str | None, schemes: tuple[str, ...] = LINK_SCHEMES) -> str | None:
    """Return *url* as an exported page or document links it, or None if it may not be linked.

    The host is written in its ASCII form and the rest percent-encoded once,
    so every reader (browser, CMS, Word) follows the same address.
    """
    if not url:
        return None
    try:
        url = check_url(url, schemes)
    except UrlError:
        return None
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        pairs = (address.rpartition("@") for address in parts.path.split(","))
        path = ",".join(f"{local}@{host_ascii(unquote(domain))}" for local, _, domain in pairs)
        return quote(urlunsplit(parts._replace(path=path)), safe=HREF_SAFE)
    host = parts.hostname or ""
    netloc = host_ascii(host) + ("." if host.endswith(".") else "")
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    return quote(urlunsplit(parts._replace(netloc=netloc)), safe=HREF_SAFE)


def _check_web(url: str) -> None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise UrlError("url.bad_host_or_port") from None
    if "@" in parts.netloc:  # "https://gov.vn@other.site" leads to other.site
        raise UrlError("url.userinfo")
    if not parts.hostname:
        raise UrlError("url.no_host")
    if port == 0:
        raise UrlError("url.bad_port")
    check_host_name(parts.hostname)


def _check_mailto(rest: str) -> None:
    addresses = rest.split("?", 1)[0]
    if not addresses:
        raise UrlError("url.mailto_empty")
    for address in addresses.split(","):
        local, at, domain = unquote(address).rpartition("@")
        if not at or not local.strip() or not domain:
            raise UrlError("url.not_email", address=address)
        check_host_name(domain)
