"""The window commands on a machine with no display, and `--screenshot`'s output, in a real subprocess.

With no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, opening the window says so in one line (exit 2) instead
of Qt's abort; a bad `--db` is still named first; `--screenshot` needs no display, prints nothing on
success, writes its PNG atomically and reports a failure to write in one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import assert_clean_failure

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display variables are Linux's"),
]

NO_DISPLAY = "caviewer: no display found; run ./scripts/run, or use --screenshot FILE or caviewer export"


def run_headless(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """`python -m caviewer ARGS` with every variable that could name a display removed."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "CAVIEWER_DEBUG")
    }
    return subprocess.run(
        [sys.executable, "-m", "caviewer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize("args", [[], ["--country", "KAZ"], ["--pane", "trade", "--size", "1024x700"]])
def test_window_without_a_display_is_one_line(args: list[str]) -> None:
    assert assert_clean_failure(run_headless(*args)) == NO_DISPLAY


def test_bad_database_without_a_display_names_the_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 20)
    line = assert_clean_failure(run_headless("--db", bad))
    assert str(bad) in line and "not an SQLite database" in line


def test_screenshot_without_a_display_is_quiet_and_valid(tmp_path: Path) -> None:
    shot = tmp_path / "w.png"
    result = run_headless("--screenshot", shot, "--country", "KAZ", "--pane", "trade")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no "propagateSizeHints()" from the offscreen platform
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert [p.name for p in tmp_path.iterdir()] == ["w.png"]  # no temporary file left behind
    assert shot.stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_screenshot_replaces_a_file_whole(tmp_path: Path) -> None:
    shot = tmp_path / "w.png"
    shot.write_bytes(b"old")
    result = run_headless("--screenshot", shot)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_screenshot_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "taken.png"
    target.mkdir()  # a folder where the file should go
    line = assert_clean_failure(run_headless("--screenshot", target))
    assert str(target) in line and "folder" in line
    assert target.is_dir() and not any(target.iterdir())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_screenshot_into_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        line = assert_clean_failure(run_headless("--screenshot", folder / "w.png"))
    finally:
        folder.chmod(0o700)
    assert str(folder) in line
    assert not any(folder.iterdir())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
