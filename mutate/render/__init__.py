"""Renderers: one :class:`~mutate.model.Analysis` in, one text out, nothing decided.

Each renderer is a module with ``render(analysis) -> str``; :data:`RENDERERS` maps a
``--format`` name to it, so commands never branch on formats.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from ..model import Analysis


class Renderer(Protocol):
    def render(self, analysis: Analysis) -> str: ...


_MODULES = {"json": "json", "text": "text", "html": "html", "sarif": "sarif", "github": "github", "markdown": "markdown"}
FORMATS = tuple(_MODULES)


def renderer(fmt: str) -> Renderer:
    """The renderer for ``fmt``, imported only when asked for (jinja2 is not cheap)."""
    return import_module(f".{_MODULES[fmt]}", __name__)  # type: ignore[return-value]


def render(analysis: Analysis, fmt: str) -> str:
    return renderer(fmt).render(analysis)
