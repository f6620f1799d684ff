"""HTML renderer: one self-contained, safe page (CSS and JS inlined, no external requests).

The view model is built in :mod:`.html_view`; the jinja2 template
(``templates/report.html.j2``) only lays it out, with autoescaping on and undefined
names as errors, so input text can never become markup and a typo fails loudly.

The stylesheet and the script live beside the template (``report.css``,
``report.js``) and are inlined at render time. The Content-Security-Policy allows
exactly those two blocks by their SHA-256 hashes and nothing else (``default-src
'none'``): no request leaves the page, and a ``<script>`` smuggled in through input
text would not run even if escaping failed. (``'unsafe-inline'`` was the simpler
choice, and would let any inline script run.)
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources

from ..model import Analysis
from .html_view import Page, build

__all__ = ["render", "build", "Page", "csp"]


def render(analysis: Analysis) -> str:
    css, js = _assets()
    return _template().render(page=build(analysis), css=css, js=js, csp=csp(css, js)) + "\n"


def csp(css: str, js: str) -> str:
    """The policy for a page whose only style and script blocks are ``css`` and ``js``."""
    return (
        "default-src 'none'; "
        f"style-src {_hash(css)}; script-src {_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _assets():
    from markupsafe import Markup

    folder = resources.files("mutate").joinpath("render/templates")
    # Markup: the blocks are ours and go in verbatim (escaping would change their hash).
    return tuple(Markup(folder.joinpath(name).read_text("utf-8")) for name in ("report.css", "report.js"))


@lru_cache(maxsize=1)
def _template():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mutate", "render/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html.j2")
