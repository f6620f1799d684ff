"""Fuzz the whole pipeline: bytes -> load -> segment -> align -> diff -> classify -> render.

    python bench/fuzz.py --seconds 600            # atheris (pip install -e '.[fuzz]')
    python bench/fuzz.py --seconds 60 --engine random

Each input is two files in one byte string (see :func:`split`): a first byte choosing
each file's name (``.txt``, ``.md``, ``.html``, ``.docx`` or none) and whether the
second is an edited copy of the first, then the two files' bytes. A file mutate refuses
(:class:`~mutate.errors.InputError`) is a correct answer; anything else is a crash:
an exception, a broken invariant of ``tests/invariants.py`` (a span that is not
``document[start:end]``, a line that does not match its offset, an alignment that does
not partition both documents) or two runs that do not render byte-identical JSON, HTML
and text. Each crash is saved to ``--crashes`` (default: ``fuzz-crashes`` in the
system's temporary folder) as ``<kind>-<sha1>.bin`` with its traceback beside it; once
understood, it belongs in ``tests/fixtures/fuzz/`` as a regression test.

Engines: ``atheris`` (coverage-guided libFuzzer, mutate's own modules instrumented) when
installed, else ``random``: mutations of the seed corpus (samples, fixtures) with the
characters that break text tools spliced in (BOMs, CR, NUL, zero-width and combining
characters, lone surrogates, markup), reproducible with ``--seed``. At the end (or on
Ctrl-C) one line gives the figures: inputs tried, inputs mutate read, crashes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = (None, "a.txt", "a.md", "a.html", "a.docx", "a.text", "a.htm", "a.markdown")
# Pieces spliced in by the random engine: what real files carry and parsers trip on.
TRICKY = [s.encode("utf-8") for s in (
    "\ufeff", "\r\n", "\r", "\n\n", "\u200b", "\u00a0", "\u2028", "\u0301", "e\u0301", "\u202e", "שלום",
    "😀", "👩\u200d👩\u200d👧", "“", "”", "’", '"', "...", "…", ". ", "? ", "! ", "Mr. ", "U.S. ", "# ",
    "- ", "1. ", "> ", "```\n", "**", "[a](b)", "<p>", "</p>", "<!doctype html>", "<script>", "&amp;",
    "&#0;", "--- \n", "| a | b |\n", "\t", "150", "£4.5m", "40%", "could ", "will ", "said ",
)] + [b"\x00", b"\xed\xa0\x80", b"\xff\xfe", b"\xfe\xff", b"\x80\x81", b"\xc3", b"\x1b[0m", b"%PDF-", b"PK\x03\x04"]


def split(data: bytes) -> tuple[tuple[bytes, str | None], tuple[bytes, str | None]]:
    """One fuzz input -> two (bytes, file name) versions.

    Byte 0: bits 0-2 name the first file, 3-5 the second, bit 6 makes the second an
    edited copy of the first (the rest spliced into it) so alignment has work to do;
    bytes 1-2: where the first file ends.
    """
    if len(data) < 3:
        data = data + b"\x00" * (3 - len(data))
    flags, cut, rest = data[0], int.from_bytes(data[1:3], "big"), data[3:]
    cut %= len(rest) + 1
    a = rest[:cut]
    if flags & 0x40:
        at = (cut * flags) % (len(a) + 1)
        b = a[:at] + rest[cut:] + a[at:]
    else:
        b = rest[cut:]
    return (a, NAMES[flags & 7]), (b, NAMES[(flags >> 3) & 7])


def join(a: bytes, b: bytes, name_a: int = 1, name_b: int = 1, edited: bool = False) -> bytes:
    """The fuzz input that :func:`split` turns back into ``a`` and ``b``."""
    flags = name_a | name_b << 3 | (0x40 if edited else 0)
    a = a[:0xFFFF]
    return bytes([flags]) + len(a).to_bytes(2, "big") + a + b


def run_one(data: bytes) -> bool:
    """Run the pipeline on one input; ``True`` when both files were read.

    Raises whatever mutate raises other than InputError, and AssertionError for a
    broken invariant or output that differs between two runs.
    """
    from mutate.api import compare
    from mutate.errors import InputError
    from mutate.load import from_bytes
    from tests.invariants import check, rendered

    (a, name_a), (b, name_b) = split(data)
    try:
        doc_a = from_bytes(a, id="a", path=name_a)
        doc_b = from_bytes(b, id="b", path=name_b)
    except InputError:
        return False
    analysis = compare(doc_a, doc_b)
    first = rendered(analysis)
    import json

    check(analysis, json.loads(first["json"]))
    again = rendered(compare(from_bytes(a, id="a", path=name_a), from_bytes(b, id="b", path=name_b)))
    assert again == first, "two runs on the same input rendered different output"
    return True


class Stats:
    def __init__(self, crashes: Path):
        self.tried = self.read = self.failed = 0
        self.kinds: dict[str, int] = {}
        self.crashes = crashes
        self.started = time.monotonic()

    def record(self, data: bytes) -> None:
        self.tried += 1
        try:
            self.read += run_one(data)
        except Exception as exc:  # noqa: BLE001 -- every exception here is a finding
            self.failed += 1
            kind = _kind(exc)
            self.kinds[kind] = self.kinds.get(kind, 0) + 1
            if self.kinds[kind] > 20:  # enough examples of this one
                return
            self.crashes.mkdir(parents=True, exist_ok=True)
            name = f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}"
            (self.crashes / f"{name}.bin").write_bytes(data)
            (self.crashes / f"{name}.txt").write_text(traceback.format_exc(), encoding="utf-8")

    def summary(self, engine: str) -> str:
        elapsed = time.monotonic() - self.started
        kinds = ", ".join(f"{k} x{n}" for k, n in sorted(self.kinds.items())) or "none"
        return (f"fuzz ({engine}): {self.tried:,} inputs in {elapsed:.0f} s, {self.read:,} read as two versions, "
                f"{self.failed:,} crashes ({len(self.kinds)} distinct: {kinds}); crashes in {self.crashes}")


def _kind(exc: BaseException) -> str:
    """A short name for a crash: exception type and the innermost mutate frame, or for a
    broken invariant what broke ("not inside sentence")."""
    if isinstance(exc, AssertionError) and str(exc):
        what = str(exc).rsplit(": ", 1)[-1]
        return "invariant-" + "-".join(re.findall(r"[a-z]+", what.lower())[:5])
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/mutate/" in f.filename.replace(os.sep, "/")]
    where = f"{Path(frames[-1].filename).stem}.{frames[-1].name}" if frames else "outside"
    return f"{type(exc).__name__}-{where}"


def seeds() -> list[bytes]:
    """Real-shaped inputs to start from: sample pairs and the fixtures, in several formats."""
    files = sorted((ROOT / "samples").glob("*/*.txt")) + [ROOT / "tests/fixtures/draft.md"]
    texts = [p.read_bytes()[:3000] for p in files if p.exists()]
    page = ROOT / "tests/fixtures/news-page.html"
    out = [join(x, y) for x, y in zip(texts, texts[1:])]
    out += [join(t, t[: len(t) // 2], edited=True) for t in texts[:3]]
    out += [join(t, t, 2, 2) for t in texts[-1:]]
    if page.exists():
        out.append(join(page.read_bytes()[:8000], texts[0] if texts else b"x", 3, 1))
    out.append(join("Prices rose 4%, officials said.".encode("utf-16"), b"Prices rose 40%.", 1, 1))
    return out


def fuzz_random(stats: Stats, seconds: float, seed: int, max_len: int) -> None:
    rng = random.Random(seed)
    pool = seeds()
    deadline = time.monotonic() + seconds
    for data in pool:
        stats.record(data)
    while time.monotonic() < deadline:
        data = bytearray(rng.choice(pool))
        for _ in range(rng.randint(1, 8)):
            op = rng.random()
            at = rng.randint(0, len(data))
            if op < 0.35:
                data[at:at] = rng.choice(TRICKY)
            elif op < 0.55 and data:
                del data[at:at + rng.randint(1, 64)]
            elif op < 0.75 and data:
                data[at % len(data)] = rng.randrange(256)
            elif op < 0.9:
                other = rng.choice(pool)
                start = rng.randint(0, len(other))
                data[at:at] = other[start:start + rng.randint(1, 400)]
            else:
                data[0:1] = bytes([rng.randrange(256)])
        data = bytes(data[:max_len])
        stats.record(data)
        if len(pool) < 2000 and rng.random() < 0.05:  # keep some mutants as parents
            pool.append(data)


def fuzz_atheris(stats: Stats, seconds: float, max_len: int, corpus: Path) -> None:
    import atheris

    with atheris.instrument_imports(include=["mutate"]):  # lazily imported modules too
        import mutate.api  # noqa: F401
        import mutate.load  # noqa: F401
        import mutate.loaders.chrome  # noqa: F401
        import mutate.loaders.docx  # noqa: F401
        import mutate.loaders.html  # noqa: F401
        import mutate.render.html  # noqa: F401
        import mutate.render.json  # noqa: F401
        import mutate.render.text  # noqa: F401
    corpus.mkdir(parents=True, exist_ok=True)
    stats.crashes.mkdir(parents=True, exist_ok=True)
    for data in seeds():
        (corpus / f"seed-{hashlib.sha1(data).hexdigest()[:12]}").write_bytes(data)
    deadline = time.monotonic() + seconds

    def target(data: bytes) -> None:
        stats.record(data)
        if time.monotonic() >= deadline:
            print(stats.summary("atheris"), flush=True)
            os._exit(1 if stats.failed else 0)

    # -timeout: an input taking a minute is a hang (libFuzzer then stops and saves it).
    atheris.Setup([sys.argv[0], f"-max_len={max_len}", "-timeout=60", "-rss_limit_mb=6144",
                   f"-artifact_prefix={stats.crashes}{os.sep}", str(corpus)], target)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long to run (default 60)")
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    parser.add_argument("--seed", type=int, default=0, help="random engine: the seed")
    parser.add_argument("--max-len", type=int, default=8192, help="largest input in bytes")
    tmp = Path(tempfile.gettempdir())
    parser.add_argument("--crashes", type=Path, default=tmp / "fuzz-crashes")
    parser.add_argument("--corpus", type=Path, default=tmp / "fuzz-corpus", help="atheris: the growing corpus")
    parser.add_argument("--replay", nargs="*", type=Path, help="run these saved inputs once and report each")
    parser.add_argument("--export", type=Path, metavar="DIR",
                        help="with --replay: write each input's two files to DIR/<input name>/ (a regression test)")
    args = parser.parse_args(argv)
    stats = Stats(args.crashes.resolve())
    if args.replay and args.export:
        for path in args.replay:
            folder = args.export / path.stem.rsplit("-", 1)[-1]
            folder.mkdir(parents=True, exist_ok=True)
            for (data, name), stem in zip(split(path.read_bytes()), "ab"):
                (folder / (stem + (Path(name).suffix if name else ""))).write_bytes(data)
            print(folder)
        return 0
    if args.replay:
        for path in args.replay:
            before = stats.failed
            stats.record(path.read_bytes())
            print(f"{path}: {'CRASH' if stats.failed > before else 'ok'}")
        return 1 if stats.failed else 0
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "random"
    try:
        if engine == "atheris":
            fuzz_atheris(stats, args.seconds, args.max_len, args.corpus)
        else:
            fuzz_random(stats, args.seconds, args.seed, args.max_len)
    except KeyboardInterrupt:
        pass
    print(stats.summary(engine), flush=True)
    return 1 if stats.failed else 0


if __name__ == "__main__":
    sys.exit(main())
