import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FAMILY = SAMPLES / "kremlin-coup"


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root, as the documented commands do."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture(scope="session")
def console_script():
    """The installed ``mutate`` entry point (tests through it run as a user would)."""
    path = shutil.which("mutate", path=os.path.dirname(os.sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    if path is None:
        pytest.fail("the mutate console script is not installed: pip install -e '.[test]'")
    return path
