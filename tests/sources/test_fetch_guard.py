"""The fetch guard: forbidden URLs are refused with their reason before any connection; redirects are re-checked."""

import socket
import time
from urllib.parse import quote

import pytest

from sources.fetch import FetchError, FetchPolicy, FetchRefused, fetch

# (url, reason). Every one must be refused under the default policy without a single connection attempt.
FORBIDDEN = [
    ("http://127.0.0.1/", "loopback"),
    ("http://127.0.0.1:8000/admin/", "loopback"),
    ("http://localhost/", "loopback"),
    ("http://sub.localhost/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://2130706433/", "loopback"),
    ("http://0177.0.0.1/", "loopback"),
    ("http://0x7f.1/", "loopback"),
    ("http://127.1/", "loopback"),
    ("http://0x7f000001/", "loopback"),
    ("http://127.0.0.1./", "loopback"),
    ("http://127\u30020\u30020\u30021/", "loopback"),
    ("http://\uff11\uff12\uff17.0.0.1/", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://172.16.5.4/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://012.0.0.1/", "private"),
    ("http://192.0.2.1/", "private"),
    ("http://198.18.0.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "metadata"),
    ("http://2852039166/latest/meta-data/", "metadata"),
    ("http://[fd00:ec2::254]/latest/meta-data/", "metadata"),
    ("http://169.254.1.1/", "link_local"),
    ("http://[fe80::1]/", "link_local"),
    ("http://100.64.0.1/", "cgnat"),
    ("http://100.127.255.254/", "cgnat"),
    ("http://224.0.0.1/", "multicast"),
    ("http://[ff02::1]/", "multicast"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://0/", "unspecified"),
    ("http://[::]/", "unspecified"),
    ("http://240.0.0.1/", "reserved"),
    ("http://255.255.255.255/", "reserved"),
    ("http://[::ffff:127.0.0.1]/", "ipv4_mapped_loopback"),
    ("http://[::ffff:7f00:1]/", "ipv4_mapped_loopback"),
    ("http://[::ffff:169.254.169.254]/", "ipv4_mapped_metadata"),
    ("http://[::ffff:10.0.0.1]/", "ipv4_mapped_private"),
    ("http://[64:ff9b::7f00:1]/", "nat64"),
    ("http://[64:ff9b::a9fe:a9fe]/", "nat64"),
    ("http://[fc00::1]/", "private"),
    ("http://[fd12:3456::1]/", "private"),
    ("http://[fec0::1]/", "private"),
    ("http://[2001:db8::1]/", "private"),
    ("http://[2002:7f00:1::]/", "ipv6_transition"),
    ("http://[::127.0.0.1]/", "ipv6_transition"),
    ("http://[fe80::1%25eth0]/", "ipv6_zone_id"),
    ("http://134744072/", "non_canonical_ip"),
    ("http://08.8.8.8/", "invalid_host"),
    ("http://user:secret@93.184.215.14/", "credentials"),
    ("http://user@93.184.215.14/", "credentials"),
    ("ftp://93.184.215.14/", "scheme"),
    ("file:///etc/passwd", "scheme"),
    ("gopher://127.0.0.1:6379/_INFO", "scheme"),
    ("javascript:alert(1)", "scheme"),
    ("http://93.184.215.14:8080/", "port"),
    ("http://93.184.215.14:6379/", "port"),
    ("https://93.184.215.14:22/", "port"),
    ("http://93.184.215.14:99999/", "invalid_url"),
    # DNS names: refused for their scheme, credentials or port before the name is looked up.
    ("http://example.com:6379/", "port"),
    ("https://example.com:22/", "port"),
    ("http://user:secret@example.com/", "credentials"),
    ("ftp://example.com/", "scheme"),
    # A trailing dot names the same host.
    ("http://localhost./", "loopback"),
    ("http://LocalHost.:6379/", "loopback"),
    ("http://sub.localhost./", "loopback"),
    ("http://localhost../", "invalid_host"),
    ("http:///nohost", "invalid_url"),
]


@pytest.fixture
def no_dns(monkeypatch):  # type: ignore[no-untyped-def]
    """DNS lookups recorded; the corpus never needs one (literals and *.localhost are decided locally)."""
    lookups: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        lookups.append(host)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return lookups


def test_corpus_is_large_and_distinct() -> None:
    assert len(FORBIDDEN) >= 25
    assert len({url for url, _ in FORBIDDEN}) == len(FORBIDDEN)


@pytest.mark.parametrize(("url", "reason"), FORBIDDEN)
def test_forbidden_url_refused_before_any_connection(url, reason, connections, no_dns) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FetchRefused) as excinfo:
        fetch(url, policy=FetchPolicy())
    assert excinfo.value.reason == reason
    assert excinfo.value.url == url
    assert connections == []
    assert no_dns == []


def test_test_policy_allows_only_the_listed_loopback_port(server, loopback_policy, connections) -> None:  # type: ignore[no-untyped-def]
    response = fetch(server.url("/page/one"), policy=loopback_policy)
    assert response.status_code == 200
    other_port = server.port + 1 if server.port < 65535 else server.port - 1
    for url in (f"http://127.0.0.1:{other_port}/", "http://127.0.0.1/", f"http://[::1]:{other_port}/"):
        with pytest.raises(FetchRefused) as excinfo:
            fetch(url, policy=loopback_policy)
        assert excinfo.value.reason == "loopback"
    # Non-loopback forbidden targets stay refused on the test server's port too.
    with pytest.raises(FetchRefused) as excinfo:
        fetch(f"http://10.0.0.1:{server.port}/", policy=loopback_policy)
    assert excinfo.value.reason == "private"
    assert connections == [("127.0.0.1", server.port)]


def test_allow_loopback_without_ports_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="loopback_ports"):
        FetchPolicy(allow_loopback=True)


REDIRECT_TARGETS = [
    ("http://127.0.0.1:6379/", "loopback"),
    ("http://localhost:5432/", "loopback"),
    ("http://169.254.169.254/latest/meta-data/iam/", "metadata"),
    ("http://2130706433/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "ipv4_mapped_loopback"),
    ("http://10.1.2.3/", "private"),
    ("http://[64:ff9b::a9fe:a9fe]/", "nat64"),
    ("http://100.64.0.1/", "cgnat"),
    ("file:///etc/passwd", "scheme"),
    ("http://admin:pw@93.184.215.14/", "credentials"),
    ("http://93.184.215.14:25/", "port"),
]


@pytest.mark.parametrize(("target", "reason"), REDIRECT_TARGETS)
def test_redirect_to_forbidden_target_refused(server, loopback_policy, connections, target, reason) -> None:  # type: ignore[no-untyped-def]
    path = f"/redirect?to={quote(target, safe='')}"
    start = server.url(path)
    with pytest.raises(FetchRefused) as excinfo:
        fetch(start, policy=loopback_policy)
    assert excinfo.value.reason == reason
    assert excinfo.value.url == target
    assert server.requests == [("GET", path, f"127.0.0.1:{server.port}")]
    assert connections == [("127.0.0.1", server.port)]


def test_relative_redirect_chain_followed_and_bounded(server, loopback_policy) -> None:  # type: ignore[no-untyped-def]
    response = fetch(server.url("/redirect/5"), policy=loopback_policy)
    assert response.url == server.url("/page/final")
    assert response.redirects == [server.url(f"/redirect/{n}") for n in (5, 4, 3, 2, 1)]
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/redirect/6"), policy=loopback_policy)
    assert excinfo.value.reason == "too_many_redirects"


def test_dns_name_pinned_to_validated_address_with_host_header(server, loopback_policy, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host == "news.example.test":
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    response = fetch(f"http://news.example.test:{server.port}/page/pinned", policy=loopback_policy)
    assert response.status_code == 200
    assert server.requests == [("GET", "/page/pinned", f"news.example.test:{server.port}")]


def test_name_with_any_forbidden_address_refused(monkeypatch, connections) -> None:  # type: ignore[no-untyped-def]
    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(FetchRefused) as excinfo:
        fetch("http://mixed.example.test/", policy=FetchPolicy())
    assert excinfo.value.reason == "private"
    assert connections == []


def test_dns_rebinding_between_check_and_connect_refused(monkeypatch, connections) -> None:  # type: ignore[no-untyped-def]
    """The first answer (the guard's check) is public, the second (the connection's) is the metadata address."""
    answers = iter(["93.184.215.14", "169.254.169.254"])

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(FetchRefused) as excinfo:
        fetch("http://rebind.example.test/", policy=FetchPolicy())
    assert excinfo.value.reason in {"forbidden_address", "metadata"}
    assert connections == []


def test_unresolvable_name_is_a_dns_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(FetchError) as excinfo:
        fetch("http://gone.example.test/", policy=FetchPolicy())
    assert excinfo.value.reason == "dns"


def test_environment_proxy_ignored(server, loopback_policy, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HTTP_PROXY", "http://10.0.0.1:3128")
    monkeypatch.setenv("http_proxy", "http://10.0.0.1:3128")
    assert fetch(server.url("/page/direct"), policy=loopback_policy).status_code == 200


@pytest.mark.parametrize("path", ["/big?mb=50", "/big-chunked?mb=50", "/gzip-bomb?mb=50"])
def test_body_cap_on_decoded_bytes(server, loopback_policy, path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url(path), policy=loopback_policy)
    assert excinfo.value.reason == "too_large"


def test_body_under_cap_read_whole(server, loopback_policy) -> None:  # type: ignore[no-untyped-def]
    response = fetch(server.url("/big-chunked?mb=1"), policy=loopback_policy)
    assert response.content == b"a" * (1024 * 1024)


def test_deadline_enforced_while_streaming_a_slow_drip(server, http_server) -> None:  # type: ignore[no-untyped-def]
    policy = FetchPolicy(allow_loopback=True, loopback_ports=frozenset({http_server.port}), deadline=1.0)
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/drip?seconds=20"), policy=policy)
    elapsed = time.monotonic() - started
    assert excinfo.value.reason == "deadline"
    assert 0.9 < elapsed < 2.0


def test_content_type_outside_the_allowlist_refused(server, loopback_policy) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/binary"), policy=loopback_policy)
    assert excinfo.value.reason == "content_type"
    assert fetch(server.url("/json"), policy=loopback_policy).content == b'{"ok": true}'


def test_error_status_returned_not_raised(server, loopback_policy) -> None:  # type: ignore[no-untyped-def]
    response = fetch(server.url("/status/410"), policy=loopback_policy)
    assert (response.status_code, response.content) == (410, b"<html><body><p>Status 410</p></body></html>")


def test_post_with_body(server, loopback_policy) -> None:  # type: ignore[no-untyped-def]
    response = fetch(
        server.url("/json"),
        method="POST",
        data=b'{"event": "x"}',
        headers={"Content-Type": "application/json"},
        policy=loopback_policy,
    )
    assert response.status_code == 200
    assert server.bodies == [b'{"event": "x"}']


def test_default_policy_has_the_fetch_limits_and_no_loopback_outside_the_test_settings(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = []

    policy = FetchPolicy.from_settings()

    assert policy == FetchPolicy(
        allowed_ports=frozenset({80, 443}),
        max_bytes=5 * 1024 * 1024,
        deadline=20.0,
        connect_timeout=5.0,
        read_timeout=10.0,
        max_redirects=5,
        allowed_content_types=frozenset(
            {"text/html", "application/xhtml+xml", "text/plain", "application/pdf", "application/json"}
        ),
        allow_loopback=False,
        loopback_ports=frozenset(),
        user_agent="claimcheck-source-checker/1.0",
    )


def test_default_policy_reaches_loopback_on_the_test_ports_only(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [8123]

    policy = FetchPolicy.from_settings(deadline=1.5)

    assert (policy.allow_loopback, policy.loopback_ports, policy.deadline) == (True, frozenset({8123}), 1.5)
    assert policy.allowed_ports == frozenset({80, 443})
