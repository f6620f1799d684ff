"""The bad-input table, run through the installed ``mutate`` console script.

Each row is something people give mutate by mistake. A row that cannot give a result
must end with exit code 2 and exactly one line on stderr, ``mutate: error: FILE:
problem``, naming the file at fault; no traceback; and no output file, nor a temporary
file left beside it (every run writes with ``-o`` into a folder of its own, and a report
already there stays as it was). A row where a result makes sense (a 5 MB line with no
punctuation, a folder given to ``report``) must give one, whole, in bounded time.
"""

from __future__ import annotations

import os
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .fixtures.make_docx import build as build_docx

STORY = ("Storm floods Harbour Town\n"
         "Around 150 homes were flooded overnight, officials said.\n"
         "The council said the damage could cost up to £4m.\n").encode("utf-8")
EDITED = STORY.replace(b"150", b"300").replace(b"could cost up to", b"will cost")
OLD_REPORT = "an earlier report\n"
_WORDS = ("storm", "homes", "river", "council", "flood", "harbour", "town", "night")


def huge_line() -> bytes:
    """One line of 5 MB: words and spaces, no punctuation, no line break."""
    return " ".join(_WORDS[(i * 7 + i // 13) % len(_WORDS)] for i in range(830_000)).encode()


def _tree(tmp: Path) -> None:
    """Every input the table refers to, by name, in ``tmp``."""
    files = {
        "story.txt": STORY,
        "edited.txt": EDITED,
        "empty.txt": b"",
        "blank.txt": "  \n\t\r\n\u00a0\n".encode("utf-8"),
        "nul.txt": b"Around 150 homes\x00\x00\x00 were flooded\x00",
        "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "paper.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "mojibake.txt": bytes(range(0x80, 0x100)) * 4 + b"\x01\x02\x03\x04\x05\x06",
        "empty-page.html": b"<!doctype html><html><head><title></title><script>var a = 1;</script></head>"
                           b"<body><img src='a.png'><script>document.write('x')</script></body></html>",
        "huge-line.txt": huge_line(),
        "huge-line-edited.txt": huge_line().replace(b"council", b"mayor", 5),
    }
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    with zipfile.ZipFile(tmp / "archive.docx", "w") as archive:  # a zip, but not a Word file
        archive.writestr("story.txt", STORY)
    docx = Path(build_docx(str(tmp / "story.docx")))
    (tmp / "torn.docx").write_bytes(docx.read_bytes()[:2000])
    (tmp / "same-story.txt").symlink_to("story.txt")
    with open(tmp / "dump.txt", "wb") as dump:  # 200 MB on paper, no disk used: refused by its size
        dump.truncate(200 * 1024 * 1024)
    for folder, names in {"family": ("story.txt", "edited.txt"), "no-versions": (),
                          "stray-binary": ("story.txt", "edited.txt", "image.txt")}.items():
        (tmp / folder).mkdir()
        for n, name in enumerate(names):  # a folder's versions are taken in name order
            (tmp / folder / f"{n + 1}-{name}").write_bytes((tmp / name).read_bytes())
    (tmp / "no-versions" / "README.md").write_text("Not a version.\n")
    (tmp / "out").mkdir()
    (tmp / "out" / "existing.json").write_text(OLD_REPORT)
    (tmp / "a-file").write_text("not a folder\n")


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    exit: int
    problem: str = ""  # what stderr must say after "mutate: error: <file>: "
    file: str = ""  # the file the message names
    stdin: bytes = b""
    output: str = "out/report.json"  # where -o writes (appended unless args hold -o)
    produces: str = ""  # for exit 0: a string the output must contain
    skip: str = field(default="", compare=False)


CASES = [
    Case("missing file", ("diff", "missing.txt", "story.txt"), 2, "no such file", "missing.txt"),
    Case("directory given to diff", ("diff", "family", "story.txt"), 2, "is a directory; give a file", "family"),
    Case("empty file", ("diff", "story.txt", "empty.txt"), 2, "empty file", "empty.txt"),
    Case("white space only", ("diff", "blank.txt", "story.txt"), 2, "empty file", "blank.txt"),
    Case("NUL bytes", ("diff", "story.txt", "nul.txt"), 2, "binary file (contains NUL bytes), not text", "nul.txt"),
    Case("an image", ("diff", "photo.jpg", "story.txt"), 2, "binary file (a JPEG image), not text", "photo.jpg"),
    Case("an image named .txt", ("diff", "story.txt", "image.txt"), 2, "binary file (a PNG image)", "image.txt"),
    Case("a PDF", ("diff", "paper.pdf", "story.txt"), 2, "binary file (a PDF document), not text", "paper.pdf"),
    Case("undecodable bytes", ("diff", "story.txt", "mojibake.txt"), 2, "cannot decode", "mojibake.txt"),
    Case("a zip that is not Word", ("diff", "archive.docx", "story.txt"), 2, "a zip archive, not a Word .docx",
         "archive.docx"),
    Case("a torn .docx", ("diff", "story.txt", "torn.docx"), 2, "Word .docx", "torn.docx"),
    Case("a page with no text", ("diff", "empty-page.html", "story.txt"), 2, "no text", "empty-page.html"),
    Case("a 200 MB dump", ("diff", "story.txt", "dump.txt"), 2,
         "file is 209,715,200 bytes, over the 52,428,800-byte limit (see --max-bytes)", "dump.txt"),
    Case("over --max-bytes", ("diff", "story.txt", "huge-line.txt", "--max-bytes", "1000000"), 2,
         "over the 1,000,000-byte limit (see --max-bytes)", "huge-line.txt"),
    Case("report over --max-bytes", ("report", "story.txt", "huge-line.txt", "--max-bytes", "1000000"), 2,
         "over the 1,000,000-byte limit", "huge-line.txt"),
    Case("standard input over --max-bytes", ("diff", "-", "story.txt", "--max-bytes", "100"), 2,
         "over the 100-byte limit", "<stdin>", stdin=STORY * 10),
    Case("empty standard input", ("diff", "story.txt", "-"), 2, "empty file", "<stdin>"),
    Case("standard input twice", ("diff", "-", "-"), 2, "given more than once", "-", stdin=STORY),
    Case("the same file twice", ("diff", "story.txt", "story.txt"), 2, "the same file is given twice", "story.txt"),
    Case("the same file through a link", ("diff", "story.txt", "same-story.txt"), 2,
         "the same file is given twice (also as story.txt)", "same-story.txt"),
    Case("report: the same file twice", ("report", "story.txt", "edited.txt", "story.txt"), 2,
         "the same file is given twice", "story.txt"),
    Case("report: a folder without versions", ("report", "no-versions", "story.txt"), 2,
         "folder holds no versions", "no-versions"),
    Case("report: a binary file in the family folder", ("report", "stray-binary"), 2,
         "binary file (a PNG image)", "stray-binary/3-image.txt"),
    Case("-o in a missing folder", ("diff", "story.txt", "edited.txt", "-o", "out/none/report.json"), 2,
         "output folder does not exist", "out/none/report.json"),
    Case("-o under a file", ("diff", "story.txt", "edited.txt", "-o", "a-file/report.json"), 2,
         "output folder does not exist", "a-file/report.json"),
    Case("-o is a folder", ("diff", "story.txt", "edited.txt", "-o", "out"), 2, "output path is a directory", "out"),
    Case("-o on a full disk", ("diff", "story.txt", "edited.txt", "-o", "/dev/full"), 2,
         "cannot write: No space left on device", "/dev/full",
         skip="" if os.path.exists("/dev/full") else "no /dev/full here"),
    Case("-o in a read-only folder", ("diff", "story.txt", "edited.txt", "-o", "locked/report.json"), 2,
         "output path is not writable", "locked/report.json",
         skip="root writes anywhere" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""),
    Case("a bad input leaves an existing report alone", ("diff", "story.txt", "nul.txt"), 2,
         "binary file", "nul.txt", output="out/existing.json"),
    # Rows where a result makes sense.
    Case("a folder given to report is a family", ("report", "family", "--format", "json"), 0,
         produces='"number-inflated"'),
    Case("a .docx against its edit", ("diff", "story.docx", "edited.txt", "--format", "json"), 0,
         produces='"format": "docx"'),
    Case("standard input", ("diff", "-", "edited.txt", "--format", "json"), 0, stdin=STORY,
         produces='"path": "<stdin>"'),
    Case("a 5 MB line without punctuation", ("diff", "huge-line.txt", "huge-line-edited.txt", "--format", "json"), 0,
         produces='"kind": "modified"'),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-input")
    _tree(tmp)
    return tmp


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_table(case: Case, inputs: Path, console_script):
    if case.skip:
        pytest.skip(case.skip)
    if case.id == "-o in a read-only folder":
        (inputs / "locked").mkdir(exist_ok=True)
        (inputs / "locked").chmod(0o555)
    args = list(case.args)
    if "-o" not in args:
        args += ["-o", case.output]
    before = {p.name: p.read_bytes() for p in (inputs / "out").iterdir()}
    # timeout: generous, only to catch a hang (the 5 MB line took over 10 minutes once)
    proc = subprocess.run([console_script, *args], cwd=inputs, input=case.stdin, capture_output=True, timeout=300)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert proc.returncode == case.exit, stderr
    after = {p.name: p.read_bytes() for p in (inputs / "out").iterdir()}
    if case.exit == 2:
        assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
        assert stderr.startswith(f"mutate: error: {case.file}: "), stderr
        assert case.problem in stderr
        assert proc.stdout == b""
        assert after == before  # nothing written, nothing half-written, nothing left over
    else:
        assert stderr == ""
        written = (inputs / case.output).read_text(encoding="utf-8")
        assert case.produces in written and written.endswith("}\n")
        assert set(after) == set(before) | {Path(case.output).name}  # no temporary file left
        (inputs / case.output).unlink()


def test_the_table_covers_the_issue():
    """Every kind of bad input the issue lists has a row."""
    ids = " | ".join(c.id for c in CASES)
    for kind in ("missing file", "directory given to diff", "empty file", "white space only", "NUL bytes",
                 "an image", "a PDF", "undecodable bytes", "over --max-bytes", "5 MB line", "-o in a",
                 "the same file twice", "a folder given to report"):
        assert kind in ids
