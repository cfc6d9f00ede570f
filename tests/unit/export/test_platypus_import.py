"""reportlab's costly import-time patterns are compiled on first use, and behave as compiled.

Each check runs in a fresh interpreter: in this one, reportlab is long imported.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run_fresh(code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_url_and_cjk_patterns_wait_for_their_first_use_and_then_match_as_compiled():
    run_fresh(
        """
        import re
        compile_before = re.compile
        from resume_builder.export.render_pdf.platypus_import import import_platypus

        import_platypus()
        assert re.compile is compile_before, "re.compile must be itself again"
        from reportlab.lib import textsplit
        from reportlab.platypus import paragraph

        for put_off in (paragraph.uri_pat, textsplit.rx):
            assert type(put_off).__name__ == "_PutOffPattern"
            assert put_off._compiled is None, "compiled before its first use"
        # Patterns without a class to U+FFFF are compiled as usual.
        assert isinstance(paragraph._hy_pfx_pat, re.Pattern)

        url = "https://example.com/a/very/long/path?q=1"
        compiled = re.compile(paragraph.uri_pat._pattern, re.I)
        assert paragraph.uri_pat.match(url).group(0) == compiled.match(url).group(0)
        assert paragraph.uri_pat.match("not a url") is None
        assert paragraph.uri_pat.flags == compiled.flags
        assert textsplit.rx.sub(r"\\1 ", "ab漢字") == "ab漢 字 "
        """
    )


def test_a_pdf_renders_with_the_put_off_patterns_and_threads_leave_re_compile_alone():
    run_fresh(
        """
        import io, re, threading
        compile_before = re.compile
        from resume_builder.export.render_pdf.platypus_import import import_platypus

        errors = []

        def start():
            try:
                import_platypus()
            except Exception as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=start) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors, errors
        assert re.compile is compile_before

        from pypdf import PdfReader
        from resume_builder import paths
        from resume_builder.export.catalog import load_catalog
        from resume_builder.export.document import (
            Bullet, Contact, Document, DocumentMeta, Section, plain,
        )
        from resume_builder.export.render_pdf import render_pdf

        style = load_catalog(paths.templates_dir()).styles["classic"]
        link = "https://example.com/" + "segment/" * 20
        document = Document(
            meta=DocumentMeta(title="T", author="A"),
            contact=Contact(name="Ada Lovelace", headline="Engineer", items=[]),
            sections=[Section("experience", "Experience", [Bullet(plain("See " + link))])],
        )
        out = io.BytesIO()
        render_pdf(document, style, out)
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Ada Lovelace" in text and "segment" in text
        """
    )
