"""The command line: a thin click layer over :mod:`mutate.api` and :mod:`mutate.render`.

Each command parses, calls the library, renders and exits. Errors the user can fix
end with one line on stderr and exit code 2; nothing heavy is imported before a
command runs, so ``mutate --help`` stays instant.
"""

from __future__ import annotations

import gc
import os
import sys
from functools import wraps

import click

from . import __version__
from .errors import MutateError
from .gate import ExitCode

# A family folder holds the versions and may hold these, which are not versions.
_NOT_VERSIONS = ("readme", "license", "family.toml")


def _fail_cleanly(command):
    """Turn a :class:`MutateError` into ``mutate: error: <file>: <problem>`` and exit 2."""

    @wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except MutateError as exc:
            click.echo(f"mutate: error: {exc}", err=True)
            sys.exit(ExitCode.ERROR)

    return run


_MAX_BYTES = click.option("--max-bytes", type=click.IntRange(min=1), default=None, metavar="N",
                          help="Refuse an input larger than N bytes (default: 50 MB).")
_SEMANTIC = click.option("--semantic/--lexical", "semantic", default=None,
                         help="Also compare sentences by meaning (needs mutate[semantic]; default: lexical "
                              "unless MUTATE_SEMANTIC=1).")


def _semantic_or_note(semantic: bool | None) -> bool:
    """Whether to ask for the semantic mode; a note on stderr when it cannot run."""
    from . import semantic as meaning

    wanted = meaning.requested(semantic)
    if wanted and not meaning.installed():
        click.echo("mutate: note: the semantic mode needs pip install 'mutate[semantic]'; comparing lexically",
                   err=True)
    return wanted


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="mutate")
@_fail_cleanly
def main() -> None:
    """Show how a text mutates from one version to the next."""
    from .lexicons import from_project

    # A run builds many small objects and keeps them to the end; they hold no cycles,
    # so the cycle collector is set to run rarely, as mypy does (a tenth of the time
    # of a 10,000-sentence diff went to it).
    gc.set_threshold(200_000, 30, 30)
    from_project()  # [lexicons] in .mutate.toml or pyproject.toml extends the word lists


@main.command()
@click.argument("source", type=click.Path(dir_okay=True, allow_dash=True))
@click.argument("target", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(allow_dash=True), help="Write here instead of stdout.")
@_MAX_BYTES
@_SEMANTIC
@_fail_cleanly
def diff(source: str, target: str, fmt: str, output: str | None, max_bytes: int | None = None,
         semantic: bool | None = None) -> None:
    """Compare two versions of a text: SOURCE is the original, TARGET the rewrite.

    Each is a text, Markdown, HTML or .docx file, or - for standard input.
    """
    from .api import compare
    from .load import DEFAULT_MAX_BYTES, load
    from .output import check_writable, write
    from .render import render

    _same_file_check([source, target])
    if output and output != "-":
        check_writable(output)
    limit = max_bytes or DEFAULT_MAX_BYTES
    analysis = compare(load(source, max_bytes=limit), load(target, max_bytes=limit),
                       semantic=_semantic_or_note(semantic))
    write(render(analysis, fmt), output)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--base", type=click.Path(dir_okay=False), help="The version the others are compared with (default: the first).")
@click.option("--format", "fmt", type=click.Choice(["html", "json", "text"]), default="html", show_default=True)
@click.option("-o", "--output", type=click.Path(allow_dash=True), help="Write here instead of stdout.")
@click.option("--mode", type=click.Choice(["star", "chain", "tree"]), default=None,
              help="star: each against the base; chain: each against the previous by date; tree: each against "
                   "its inferred parent. Default: star with a base (--base or family.toml), else tree for 3+ versions.")
@click.option("--date", "dates", multiple=True, metavar="FILE=YYYY-MM-DD", help="Date a version (repeatable).")
@_MAX_BYTES
@_SEMANTIC
@_fail_cleanly
def report(files: tuple[str, ...], base: str | None, fmt: str, output: str | None,
           mode: str | None = None, dates: tuple[str, ...] = (), max_bytes: int | None = None,
           semantic: bool | None = None) -> None:
    """Compare several versions (files, or family folders) with a base version."""
    from .api import analyze
    from .family import date_options, default_mode, open_family
    from .output import check_writable, write
    from .render import render

    paths = expand(files)
    if len(paths) + (1 if base and base not in paths else 0) < 2:
        raise MutateError("a report needs at least two versions")
    _same_file_check(paths)
    if output and output != "-":
        check_writable(output)
    if max_bytes:
        from .load import check_size

        for path in paths:
            check_size(path, max_bytes)
    docs, manifest_base = open_family(files, paths, date_options(dates), progress=True)
    base = base or manifest_base
    count = len(paths) + (1 if base and base not in paths else 0)
    mode = mode or default_mode(count, base is not None)
    analysis = analyze(docs, base=base, mode=mode, lineage=count > 2, progress=True,
                       semantic=_semantic_or_note(semantic))
    write(render(analysis, fmt), output)


@main.command()
@click.argument("drafts", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--source", "sources", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
              help="A source the drafts draw on (repeatable; default: sources in the config).")
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this config instead of searching upwards from each draft.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "none"]), default=None,
              help="Exit 1 on findings at or above this severity (default: the config's, else error).")
@click.option("--fail-on-label", "fail_on_labels", multiple=True, metavar="LABEL",
              help="Exit 1 on findings with this label, whatever their severity (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "markdown"]),
              default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write here instead of stdout.")
@click.option("--baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Accept the findings whose fingerprints this file lists.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write every finding not ignored by a comment to FILE as accepted, and pass.")
@_MAX_BYTES
@_fail_cleanly
def check(drafts: tuple[str, ...], sources: tuple[str, ...], config: str | None, fail_on: str | None,
          fail_on_labels: tuple[str, ...], fmt: str, output: str | None, baseline: str | None,
          write_baseline: str | None, max_bytes: int | None = None) -> None:
    """Check that DRAFTs do not distort their sources: the CI gate.

    Exit 0 when nothing reaches the threshold, 1 when findings do, 2 on a usage,
    config or input error.
    """
    from .check import check as run_check
    from .gate import baseline_json, exit_code
    from .load import DEFAULT_MAX_BYTES
    from .output import check_writable, write
    from .render import render

    for path in (output, write_baseline):
        if path and path != "-":
            check_writable(path)
    analysis = run_check(expand(drafts), sources, config=config, fail_on=fail_on, fail_on_labels=fail_on_labels,
                         baseline=baseline, accept_all=bool(write_baseline), max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    if write_baseline:
        write(baseline_json(analysis.findings, {d.id: d.path or d.id for d in analysis.documents}), write_baseline)
    write(render(analysis, fmt), output)
    sys.exit(exit_code(analysis.verdict))


@main.command()
def labels() -> None:
    """List the mutation labels with their family and default severity."""
    from .labels import LABELS

    for label in LABELS.values():
        click.echo(f"{label.id:<24} {label.family:<12} {label.severity.value:<8} {label.meaning}")


def expand(items: tuple[str, ...]) -> list[str]:
    """Files as given; a folder means every readable file in it, sorted by name."""
    out: list[str] = []
    for item in items:
        if os.path.isdir(item):
            names = sorted(
                n for n in os.listdir(item)
                if not n.startswith(".") and not n.lower().startswith(_NOT_VERSIONS)
                and os.path.isfile(os.path.join(item, n))
            )
            if not names:
                raise MutateError("folder holds no versions", item)
            out.extend(os.path.join(item, n) for n in names)
        else:
            out.append(item)
    return out


def _same_file_check(paths: list[str]) -> None:
    seen: dict[str, str] = {}
    if paths.count("-") > 1:
        raise MutateError("standard input (-) is given more than once; it can be read only once", "-")
    for p in paths:
        if p == "-" or not os.path.exists(p):
            continue
        if os.path.isdir(p):
            raise MutateError("is a directory; give a file", p)
        key = os.path.realpath(p)
        if key in seen:
            raise MutateError(f"the same file is given twice (also as {seen[key]})", p)
        seen[key] = p


if __name__ == "__main__":  # pragma: no cover
    main()
