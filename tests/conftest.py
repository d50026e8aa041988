"""Shared test setup: offscreen Qt, QSettings in a temp folder, the real bundled database, its checksum.

QT_QPA_PLATFORM is set here, before anything can create a QApplication, so every Qt test runs headless.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caviewer.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# The interface follows the system locale: the tests that expect English text run in English whatever the
# machine's locale (the language tests choose theirs explicitly).
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ[_variable] = "C.UTF-8" if _variable != "LANGUAGE" else "en"

REPO = Path(__file__).resolve().parents[1]
BUNDLED_DB = REPO / "data" / "caviewer.sqlite"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_BUNDLED_SHA = sha256(BUNDLED_DB)


@pytest.fixture(autouse=True)
def _bundled_database_untouched() -> Iterator[None]:
    """Every test leaves the bundled database byte for byte as it found it."""
    yield
    assert sha256(BUNDLED_DB) == _BUNDLED_SHA, "a test changed the bundled database"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and XDG folders point at a temp location, never at the user's real settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def bundled_db() -> Path:
    return BUNDLED_DB


@pytest.fixture
def db_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled database, for tests that break it on purpose."""
    target = tmp_path / "copy.sqlite"
    shutil.copyfile(BUNDLED_DB, target)
    return target


@pytest.fixture(scope="session")
def store() -> Iterator[Store]:
    """The real bundled database, opened read-only once for the window and export tests."""
    with Store.open() as opened:
        yield opened


@pytest.fixture
def window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """A real main window on the bundled database, shown offscreen."""
    from caviewer.ui.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    return win


def click_entry(qtbot, window, iso3: str, modifier=None) -> None:  # type: ignore[no-untyped-def]
    """Click an entry of the country list as a user would (with a modifier such as Ctrl for compare)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    view = window.findChild(QTableView, "countryList")
    model = view.model()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == iso3
    )
    rect = view.visualRect(model.index(row, 0))
    modifier = Qt.KeyboardModifier.NoModifier if modifier is None else modifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real entry point (`python -m caviewer`) in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CAVIEWER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "caviewer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def run_python(
    code: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run a Python snippet in a fresh interpreter, offscreen (for what only a fresh process shows, such as
    which modules the window imports before its first paint)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("CAVIEWER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], status: int = 2) -> str:
    """A failure a user can read: the given status, one line on stderr, no traceback."""
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def expected_charts() -> list[tuple[str, str]]:
    """(entry, chart) of every chart that has data, worked out from data/*.csv (not from the chart code):
    trade for all seven, shares and lending for CA5, and for a state products where a product has a value
    or share, partners where China's yearly share of its trade is recorded, gap where both reporters have a
    year, debt and investment where such figures are recorded, lending where a counted record has an
    amount."""
    import csv

    def rows(name: str) -> list[dict[str, str]]:
        with (REPO / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    trade, products, partners, figures = (
        rows("trade"),
        rows("trade_products"),
        rows("trade_partners"),
        rows("figures"),
    )
    lending = rows("lending")
    found = [(c["iso3"], "trade") for c in rows("countries")] + [("CA5", "shares")]
    for iso3 in ("KAZ", "KGZ", "TJK", "TKM", "UZB"):
        if any(r["partner_iso3"] == iso3 and (r["value_usd"] or r["share_pct"]) for r in products):
            found.append((iso3, "products"))
        china = any(
            (r["state_iso3"], r["counterpart"], r["flow"], r["reporter"]) == (iso3, "CHN", "total", "partner")
            and r["period"].isdigit()
            and r["share_pct"]
            for r in partners
        ) or any(
            (f["scope_iso3"], f["indicator"], f["rank"]) == (iso3, "china_share_of_trade", "1")
            and f["period"].isdigit()
            for f in figures
        )
        if china:
            found.append((iso3, "partners"))
        years = {
            rep: {
                r["period"]
                for r in trade
                if (r["partner_iso3"], r["reporter"], r["rank"]) == (iso3, rep, "1")
                and r["period"].isdigit()
                and float(r["value_usd"]) > 0
            }
            for rep in ("china", "partner")
        }
        if years["china"] & years["partner"]:
            found.append((iso3, "gap"))

        def has(indicators: tuple[str, ...], iso3: str = iso3) -> bool:
            return any(
                f["scope_iso3"] == iso3
                and f["indicator"] in indicators
                and f["rank"] == "1"
                and ".." not in f["period"]
                for f in figures
            )

        if has(("external_debt_owed_to_china",)):
            found.append((iso3, "debt"))
        if has(("china_ofdi_stock", "china_fdi_stock_edb", "fdi_from_china_partner_reported")):
            found.append((iso3, "investment"))
        if any(
            r["recipient_iso3"] == iso3
            and r["recommended_for_totals"] == "1"
            and r["amount_usd_constant_2017"]
            for r in lending
        ):
            found.append((iso3, "lending"))
    if any(r["recommended_for_totals"] == "1" and r["amount_usd_constant_2017"] for r in lending):
        found.append(("CA5", "lending"))
    return found
