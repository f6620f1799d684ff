"""Exit codes, in one place.

0 the run is done and nothing reached the threshold; 1 findings at or above the
threshold (``mutate check``); 2 a usage, config or input error.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2
