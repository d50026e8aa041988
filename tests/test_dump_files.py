"""Files the headless commands write: permissions that follow the umask, no silent overwrite, DPI checks.

Through the real command line in a subprocess, plus `write_atomically` directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import assert_clean_failure, run_cli

from caviewer.exports import write_atomically
from caviewer.schema import LOGICAL_TABLES

pytestmark = pytest.mark.slow


def _run_with_umask(umask: int, *args: str | Path) -> subprocess.CompletedProcess[str]:
    code = (
        f"import os, sys; os.umask({umask:#o}); from caviewer.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_dumped_files_follow_the_umask(tmp_path: Path, umask: int) -> None:
    csv_folder, json_file = tmp_path / "csv", tmp_path / "dump.json"
    for args in (["--format", "csv", "--output", csv_folder], ["--output", json_file]):
        result = _run_with_umask(umask, "dump", *args)
        assert result.returncode == 0, result.stderr
    files = [json_file, *csv_folder.iterdir()]
    assert len(files) == len(LOGICAL_TABLES) + 1
    assert {f.stat().st_mode & 0o777 for f in files} == {0o666 & ~umask}
    assert not [p for p in csv_folder.iterdir() if p.name.startswith(".")]


def test_write_atomically_replaces_and_is_readable(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "new \u4e2d\u6587\n")
    assert target.read_text(encoding="utf-8") == "new \u4e2d\u6587\n"
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize("table", ["trade", "units", "ties"])
def test_any_existing_table_csv_blocks_the_dump(tmp_path: Path, table: str) -> None:
    existing = tmp_path / f"{table}.csv"
    existing.write_text("mine\n", encoding="utf-8")
    line = assert_clean_failure(run_cli("dump", "--format", "csv", "--output", tmp_path))
    assert str(existing) in line and "--force" in line
    assert [p.name for p in tmp_path.iterdir()] == [existing.name]
    assert existing.read_text(encoding="utf-8") == "mine\n"
    result = run_cli("dump", "--format", "csv", "--output", tmp_path, "--force")
    assert result.returncode == 0, result.stderr
    assert existing.read_text(encoding="utf-8") != "mine\n"
    assert len(list(tmp_path.iterdir())) == len(LOGICAL_TABLES)


def test_unrelated_files_do_not_block_the_dump(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = run_cli("dump", "--format", "csv", "--output", tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("dpi", ["0", "-1", "-300"])
def test_export_refuses_a_dpi_that_is_not_positive(tmp_path: Path, dpi: str) -> None:
    target = tmp_path / "k.png"
    line = assert_clean_failure(run_cli("export", "--country", "KAZ", "--output", target, f"--dpi={dpi}"))
    assert f"DPI {dpi}" in line and "out of range" in line
    assert not target.exists()


def test_export_dpi_is_used_as_given(tmp_path: Path) -> None:
    from caviewer.ui.export.export_command import export_size

    assert export_size(None, None).dpi == 96
    assert export_size("print", None).dpi == 300
    assert export_size((800, 600), 150).dpi == 150
