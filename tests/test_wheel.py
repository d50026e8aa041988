"""A built wheel carries the database, schema and resources, and opens the database from its own venv."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (built,) = out.glob("caviewer-*.whl")
    return built


def test_wheel_holds_data_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "caviewer/data/caviewer.sqlite" in names
    assert "caviewer/data/schema.sql" in names
    assert any(n.startswith("caviewer/resources/") for n in names)
    assert not any(n.startswith("caviewer/data/") and n.endswith(".csv") for n in names)


def test_installed_wheel_opens_its_bundled_database(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # --no-deps: the core (store, CLI's headless commands) needs no Qt, and this keeps the test offline-fast.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    probe = (
        "import caviewer.store as s, caviewer.bundled as b;"
        "st = s.Store.open(); print(st.path); print(len(st.countries()))"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    path, count = result.stdout.split()
    assert Path(path).is_relative_to(env_dir) and count == "7"
    check = subprocess.run(
        [str(python), "-m", "caviewer", "check-db"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_editable_install_reads_the_checkout() -> None:
    from caviewer import bundled

    assert Path(str(bundled.database())) == REPO / "data" / "caviewer.sqlite"
    assert Path(str(bundled.resources_dir())) == REPO / "resources"
