"""Which link targets documents may carry: web and e-mail only."""

import pytest

from resume_builder.export.links import safe_link


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://example.com/me", "https://example.com/me"),
        ("  http://example.com ", "http://example.com"),
        ("HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"),
        ("mailto:ann@example.com", "mailto:ann@example.com"),
        ("example.com/me", "https://example.com/me"),
        ("ann@example.com", "mailto:ann@example.com"),
    ],
)
def test_web_and_mail_targets_pass(link: str, expected: str) -> None:
    assert safe_link(link) == expected


@pytest.mark.parametrize(
    "link",
    [
        "",
        "   ",
        "tel:+46705550123",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://example.com/file",
        "/etc/passwd",
        "../secret.txt",
        "#top",
        "https://",
        "mailto:",
        "no dots here",
        "vbscript:msgbox",
    ],
)
def test_everything_else_stays_plain_text(link: str) -> None:
    assert safe_link(link) == ""
