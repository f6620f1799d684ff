"""A small newsroom for the gate's tests: two sources and drafts written from them.

``STORY`` uses both sources faithfully but for one number (150 -> 300, on line 3,
column 1); :func:`draft` derives variants from it; :func:`make` writes a scratch
newsroom (``sources/``, ``drafts/``, optional config files) into a folder.
"""

from __future__ import annotations

from pathlib import Path

WIRE = """Storm hits Harbour Town
Around 150 homes in Harbour Town were flooded overnight, the council said.
Police said two people were missing, but this has not been confirmed.
The Met Office may issue a further warning later this week.
"""

COUNCIL = """The council opened an emergency shelter at the primary school.
“We are very concerned about the families,” said Mayor Ann Lee.
"""

STORY = """# Storm hits Harbour Town

300 homes in Harbour Town were flooded overnight, the council said.

Police said two people were missing, but this has not been confirmed.

The council opened an emergency shelter at the primary school.

“We are very concerned about the families,” said Mayor Ann Lee.

The Met Office may issue a further warning later this week.
"""

FAITHFUL = STORY.replace("300 homes", "Around 150 homes")
IGNORE = '<!-- mutate: ignore number-inflated reason="rounded per style guide" -->\n'
SOURCES = ("--source", "sources/wire.txt", "--source", "sources/council.txt")


def draft(*edits: tuple[str, str], base: str = STORY) -> str:
    """``base`` with each (old, new) replacement made once; fails if ``old`` is absent."""
    text = base
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def make(root: Path, drafts: dict[str, str], extra: dict[str, str] | None = None) -> Path:
    """Write the sources, ``drafts`` (name -> text, under drafts/) and ``extra`` files."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "drafts").mkdir(exist_ok=True)
    (root / "sources" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (root / "sources" / "council.txt").write_text(COUNCIL, encoding="utf-8")
    for name, text in drafts.items():
        (root / "drafts" / name).write_text(text, encoding="utf-8")
    for name, text in (extra or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
