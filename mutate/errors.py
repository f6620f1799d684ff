"""Errors that end a run with a one-line message and exit code 2."""

from __future__ import annotations


class MutateError(Exception):
    """A problem the user can fix: bad input, bad config, bad usage.

    ``str(error)`` is the whole one-line message, naming the file when there is one.
    """

    def __init__(self, problem: str, path: str | None = None):
        self.problem = problem
        self.path = path
        super().__init__(f"{path}: {problem}" if path else problem)


class InputError(MutateError):
    """A file that cannot be read as a text version."""
