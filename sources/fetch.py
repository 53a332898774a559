"""The one outbound HTTP client of the project. Every request to a user-supplied URL goes through ``fetch``.

Guarantees, for every hop of a redirect chain:

* only ``http``/``https``, no credentials in the URL, ports from ``FetchPolicy.allowed_ports`` (80/443), all
  checked before the host is resolved; a trailing dot (``localhost.``) is the name without it;
* the host is resolved once, *every* resolved address is classified, and the request is refused before any
  connection when one is loopback, private, link-local, cloud metadata, CGNAT, multicast, unspecified, reserved,
  an IPv6 transition form (IPv4-mapped, NAT64, 6to4, Teredo) or otherwise not globally routable; IPv4 literals
  spelled in decimal, octal, hex or short form are refused outright;
* the connection goes to the validated address: requests-hardened's ``IPFilterAdapter`` pins the socket to the
  address it resolved (``Host`` header and TLS SNI / certificate checks keep the original name) and the guard
  re-classifies that exact address before the socket is opened, so a DNS answer that changes between the check
  and the connection (rebinding) cannot reach a forbidden address;
* redirects are followed here, at most ``max_redirects``, each one re-checked like the first URL;
* the body is capped at ``max_bytes`` counted on decoded bytes, the whole fetch has a ``deadline`` enforced while
  streaming, and connect/read timeouts bound every blocking socket call;
* only HTML, plain text, PDF and JSON bodies are accepted on success responses.

``FetchRefused`` means nothing was sent to the refused address; ``FetchError`` is a network failure, timeout, an
oversize body, too many redirects or an unsupported content type. Both carry a short machine ``reason``.

Loopback is refused unless the policy names the loopback *ports* that may be reached (tests only: the local test
server's own port). A redirect from that server to any other loopback port, or to any other forbidden address,
is still refused. Only the test settings fill ``SOURCES_FETCH_TEST_LOOPBACK_PORTS``; everywhere else it is empty.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from django.conf import settings
from requests.structures import CaseInsensitiveDict
from requests_hardened.ip_filter import InvalidIPAddress
from requests_hardened.ip_filter_adapter import IPFilterAdapter

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_CONTENT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "application/pdf", "application/json"}
)
_CHUNK = 64 * 1024

# Ranges refused on top of the standard library's classification. Order matters: the first match names the reason.
_METADATA = (ipaddress.ip_network("169.254.169.254/32"), ipaddress.ip_network("fd00:ec2::254/128"))
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV6_TRANSITION = (
    ipaddress.ip_network("2002::/16"),  # 6to4
    ipaddress.ip_network("2001::/32"),  # Teredo
    ipaddress.ip_network("::/96"),  # IPv4-compatible (deprecated)
    ipaddress.ip_network("192.88.99.0/24"),  # 6to4 relay anycast
)
# A host whose last label is numeric is an IPv4 literal (WHATWG URL standard), however it is spelled.
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)


class FetchRefused(Exception):
    """The guard refused the URL; nothing was sent to it."""

    def __init__(self, reason: str, detail: str = "", *, url: str = "") -> None:
        self.reason = reason
        self.detail = detail
        self.url = url
        super().__init__(f"{reason}: {detail}" if detail else reason)


class FetchError(Exception):
    """The fetch was allowed but failed: DNS, connection, timeout, oversize body, redirects, content type."""

    def __init__(self, reason: str, detail: str = "", *, url: str = "", status_code: int | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.url = url
        self.status_code = status_code
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True)
class FetchPolicy:
    """What ``fetch`` may reach and how much it may read. The field defaults are the limits of every fetch
    (docs/sources.md); ``FetchPolicy.from_settings()`` is the policy of a fetch that is given none."""

    allowed_ports: frozenset[int] = frozenset({80, 443})
    max_bytes: int = 5 * 1024 * 1024
    deadline: float = 20.0
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    max_redirects: int = 5
    allowed_content_types: frozenset[str] = DEFAULT_CONTENT_TYPES
    # Tests only: loopback addresses are allowed on exactly these ports (the local test server's port).
    allow_loopback: bool = False
    loopback_ports: frozenset[int] = frozenset()
    user_agent: str = "claimcheck-source-checker/1.0"

    def __post_init__(self) -> None:
        if self.allow_loopback and not self.loopback_ports:
            raise ValueError("allow_loopback needs loopback_ports: the exact loopback ports that may be reached")
        if self.loopback_ports and not self.allow_loopback:
            raise ValueError("loopback_ports is only meaningful with allow_loopback=True")
        if self.max_bytes <= 0 or self.deadline <= 0 or self.max_redirects < 0:
            raise ValueError("max_bytes and deadline must be positive, max_redirects not negative")

    @classmethod
    def from_settings(cls, **overrides: Any) -> FetchPolicy:
        """The default policy (the limits above), reaching loopback only on the settings' test ports (none outside
        the test settings); ``overrides`` replace fields."""
        loopback_ports = frozenset(int(port) for port in settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS)
        values: dict[str, Any] = {"allow_loopback": bool(loopback_ports), "loopback_ports": loopback_ports}
        values.update(overrides)
        return cls(**values)


@dataclass
class FetchResponse:
    url: str
    status_code: int
    headers: Mapping[str, str]
    content: bytes
    content_type: str
    elapsed: float
    redirects: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 300


# --- The guard --------------------------------------------------------------------------------------------------


def address_refusal(ip: IPAddress) -> str | None:
    """The reason an address may not be connected to, or None when it is a public unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            reason = address_refusal(ip.ipv4_mapped)
            return f"ipv4_mapped_{reason}" if reason else "ipv4_mapped"
        if any(ip in net for net in _NAT64):
            return "nat64"
        if ip.is_site_local:
            return "private"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if any(ip in net for net in _METADATA):
        return "metadata"
    if ip.is_link_local:
        return "link_local"
    if ip in _CGNAT:
        return "cgnat"
    if ip.is_multicast:
        return "multicast"
    if any(ip in net for net in _IPV6_TRANSITION):
        return "ipv6_transition"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:
        return "not_global"
    return None


def check_address(ip: IPAddress, port: int, policy: FetchPolicy, *, host: str = "") -> None:
    """Raise ``FetchRefused`` unless ``policy`` lets a connection go to ``ip``:``port``."""
    reason = address_refusal(ip)
    if reason == "loopback" and policy.allow_loopback:
        if port in policy.loopback_ports:
            return
        raise FetchRefused("loopback", f"{ip} port {port} is not an allowed loopback port", url=host)
    if reason is not None:
        raise FetchRefused(reason, f"{host or ip} -> {ip}", url=host)
    if port not in policy.allowed_ports:
        raise FetchRefused("port", f"port {port} is not allowed", url=host)


def port_may_be_reached(port: int, policy: FetchPolicy) -> bool:
    """Whether some address may be connected to on ``port``: an allowed port, or (tests only) a loopback port."""
    return port in policy.allowed_ports or (policy.allow_loopback and port in policy.loopback_ports)


def _literal_ip(host: str) -> IPAddress | None:
    """The IP address a host names literally, or None for a DNS name. Refuses ambiguous IPv4 spellings."""
    if ":" in host:
        if "%" in host:
            raise FetchRefused("ipv6_zone_id", host)
        try:
            return ipaddress.IPv6Address(host)
        except ValueError as exc:
            raise FetchRefused("invalid_host", host) from exc
    labels = host.rstrip(".").split(".")
    if not _NUMERIC_LABEL.match(labels[-1]):
        return None
    try:
        packed = socket.inet_aton(host.rstrip("."))
    except OSError as exc:
        raise FetchRefused("invalid_host", f"{host} is neither an IPv4 address nor a DNS name") from exc
    ip = ipaddress.IPv4Address(packed)
    if str(ip) != host:
        reason = address_refusal(ip)
        raise FetchRefused(reason or "non_canonical_ip", f"{host} is a non-canonical spelling of {ip}")
    return ip


@dataclass(frozen=True)
class CheckedUrl:
    url: str
    scheme: str
    host: str
    port: int
    addresses: tuple[IPAddress, ...]


def _resolve(host: str, port: int) -> tuple[IPAddress, ...]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError("dns", f"{host}: {exc}", url=host) from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FetchError("dns", f"{host}: no address", url=host)
    return tuple(addresses)


def check_url(url: str, policy: FetchPolicy, *, resolve: bool = True) -> CheckedUrl:
    """Validate one URL (one hop). Resolves the host and checks every address it resolves to.

    The scheme, credentials, host spelling and port are checked first: a URL refused for them costs no DNS query.
    A host with a trailing dot (``localhost.``) is checked as the name without it.

    Raises ``FetchRefused`` (nothing may be sent) or ``FetchError`` (reason ``dns``: the name does not resolve).
    """
    try:
        parts = urlsplit(url.strip())
        port_value = parts.port
    except ValueError as exc:
        raise FetchRefused("invalid_url", str(exc), url=url) from exc
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchRefused("scheme", f"scheme {scheme or '(none)'!r} is not http or https", url=url)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise FetchRefused("credentials", "credentials in the URL are not allowed", url=url)
    host = (parts.hostname or "").lower()
    if not host:
        raise FetchRefused("invalid_url", "the URL has no host", url=url)
    if any(ch in host for ch in "\\ \t\r\n") or ("%" in host and ":" not in host):
        raise FetchRefused("invalid_host", host, url=url)
    if not host.isascii() and ":" not in host:
        # IDNA first, as the resolver would: full-width digits and ideographic dots become an IPv4 literal here.
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError as exc:
            raise FetchRefused("invalid_host", f"{host!r} is not a valid international domain name", url=url) from exc
    if host.endswith(".") and ":" not in host:
        # The root label: "localhost." and "example.com." name what "localhost" and "example.com" name.
        host = host[:-1]
        if not host or host.endswith("."):
            raise FetchRefused("invalid_host", f"{parts.hostname!r} has an empty label", url=url)
    port = port_value if port_value is not None else (443 if scheme == "https" else 80)
    try:
        literal = _literal_ip(host)
    except FetchRefused as exc:
        exc.url = url
        raise
    if literal is not None:
        addresses: tuple[IPAddress, ...] = (literal,)
    elif host == "localhost" or host.endswith(".localhost"):
        addresses = (ipaddress.IPv4Address("127.0.0.1"),)
    elif resolve:
        if not port_may_be_reached(port, policy):
            # Refused before the name is looked up: a refused URL costs no DNS query.
            raise FetchRefused("port", f"port {port} is not allowed", url=url)
        try:
            addresses = _resolve(host, port)
        except FetchError as exc:
            exc.url = url
            raise
    else:
        addresses = ()
    for ip in addresses:
        try:
            check_address(ip, port, policy, host=host)
        except FetchRefused as exc:
            exc.url = url
            raise
    if literal is None and not addresses and port not in policy.allowed_ports:
        raise FetchRefused("port", f"port {port} is not allowed", url=url)
    return CheckedUrl(url=url.strip(), scheme=scheme, host=host, port=port, addresses=addresses)


class _GuardedAdapter(IPFilterAdapter):
    """requests-hardened's pinning adapter, plus the guard's classification of the exact address connected to."""

    def __init__(self, *, is_https_proto: bool, policy: FetchPolicy) -> None:
        super().__init__(is_https_proto=is_https_proto, allow_loopback=policy.allow_loopback)
        self._policy = policy

    def build_connection_pool_key_attributes(self, request, verify, cert=None):  # type: ignore[no-untyped-def]
        original_host = urlsplit(request.url or "").hostname or ""
        try:
            host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        except InvalidIPAddress as exc:
            raise FetchRefused("forbidden_address", str(exc), url=request.url or "") from exc
        except requests.ConnectionError as exc:
            raise FetchError("dns", str(exc), url=request.url or "") from exc
        pinned = ipaddress.ip_address(str(host_params["host"]).strip("[]"))
        port = int(host_params["port"] or (443 if self._is_https_proto else 80))
        try:
            check_address(pinned, port, self._policy, host=original_host)
        except FetchRefused as exc:
            exc.url = request.url or ""
            raise
        return host_params, pool_kwargs


def _session(policy: FetchPolicy) -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # never route through a proxy from the environment, never read .netrc
    session.mount("http://", _GuardedAdapter(is_https_proto=False, policy=policy))
    session.mount("https://", _GuardedAdapter(is_https_proto=True, policy=policy))
    session.headers["User-Agent"] = policy.user_agent
    session.headers["Accept-Encoding"] = "gzip, deflate"
    return session


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _read_body(response: requests.Response, policy: FetchPolicy, started: float, url: str) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and not response.headers.get("Content-Encoding") and int(declared) > policy.max_bytes:
        raise FetchError("too_large", f"Content-Length {declared} exceeds {policy.max_bytes} bytes", url=url)
    body = bytearray()
    raw = response.raw
    while True:
        if time.monotonic() - started > policy.deadline:
            raise FetchError("deadline", f"exceeded the {policy.deadline}s deadline while reading", url=url)
        chunk = raw.read1(_CHUNK, decode_content=True)
        if not chunk:
            break
        body += chunk
        if len(body) > policy.max_bytes:
            raise FetchError("too_large", f"body exceeds {policy.max_bytes} bytes (decoded)", url=url)
    return bytes(body)


def fetch(
    url: str,
    *,
    method: str = "GET",
    data: bytes | str | None = None,
    headers: Mapping[str, str] | None = None,
    policy: FetchPolicy | None = None,
) -> FetchResponse:
    """Fetch ``url`` under ``policy`` (default: the settings), following redirects hop by hop through the guard."""
    policy = policy or FetchPolicy.from_settings()
    started = time.monotonic()
    redirects: list[str] = []
    current, current_method, current_data = url, method.upper(), data
    request_headers = CaseInsensitiveDict(dict(headers or {}))
    with _session(policy) as session:
        while True:
            checked = check_url(current, policy)
            remaining = policy.deadline - (time.monotonic() - started)
            if remaining <= 0:
                raise FetchError("deadline", f"exceeded the {policy.deadline}s deadline", url=current)
            timeout = (min(policy.connect_timeout, remaining), min(policy.read_timeout, remaining))
            try:
                response = session.request(
                    current_method,
                    checked.url,
                    data=current_data,
                    headers=request_headers,
                    timeout=timeout,
                    allow_redirects=False,
                    stream=True,
                )
            except (FetchRefused, FetchError):
                raise
            except requests.Timeout as exc:
                raise FetchError("timeout", str(exc), url=current) from exc
            except requests.ConnectionError as exc:
                raise FetchError("connection", str(exc), url=current) from exc
            except requests.RequestException as exc:
                raise FetchError("request", str(exc), url=current) from exc
            with response:
                location = response.headers.get("Location")
                if response.status_code in REDIRECT_STATUSES and location:
                    if len(redirects) >= policy.max_redirects:
                        raise FetchError(
                            "too_many_redirects", f"more than {policy.max_redirects} redirects", url=current
                        )
                    target = urljoin(current, location)
                    if urlsplit(target).netloc.lower() != urlsplit(current).netloc.lower():
                        for name in ("Authorization", "Cookie", "Proxy-Authorization"):
                            request_headers.pop(name, None)
                    if response.status_code == 303 or (
                        response.status_code in {301, 302} and current_method not in {"GET", "HEAD"}
                    ):
                        current_method, current_data = "GET", None
                        request_headers.pop("Content-Type", None)
                    redirects.append(current)
                    current = target
                    continue
                content_type = response.headers.get("Content-Type", "")
                try:
                    if 200 <= response.status_code < 300 and current_method != "HEAD":
                        if _media_type(content_type) not in policy.allowed_content_types:
                            raise FetchError(
                                "content_type",
                                f"{content_type or '(none)'} is not an allowed content type",
                                url=current,
                                status_code=response.status_code,
                            )
                        content = _read_body(response, policy, started, current)
                    elif _media_type(content_type) in policy.allowed_content_types:
                        content = _read_body(response, policy, started, current)
                    else:
                        content = b""
                except urllib3.exceptions.TimeoutError as exc:
                    raise FetchError("timeout", str(exc), url=current) from exc
                except (urllib3.exceptions.HTTPError, requests.RequestException, OSError) as exc:
                    raise FetchError("connection", str(exc), url=current) from exc
                return FetchResponse(
                    url=current,
                    status_code=response.status_code,
                    headers=dict(response.headers),
                    content=content,
                    content_type=content_type,
                    elapsed=time.monotonic() - started,
                    redirects=redirects,
                )
