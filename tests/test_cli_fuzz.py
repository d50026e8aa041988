"""Property tests of the command line: any text as any argument ends in a clean exit, never a crash or hang.

Most examples call `caviewer.cli.main` in-process (fast); a handful run the real entry point in a
subprocess with a timeout. The window (`caviewer.app.run_gui`) is replaced by a stub here, so an argument list
that would open it (e.g. `--db X` alone) returns at once after the command line's own checks; the window's own filter fuzzing belongs with the window tests.
Every `--output` is kept inside a temporary folder: a fuzzed path never writes anywhere else.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import BUNDLED_DB, assert_clean_failure, run_cli

from caviewer import app, cli

EXIT_STATUSES = {0, 1, 2}

# Anything, including lone surrogates, NUL and other control characters, and long runs.
any_text = st.one_of(
    st.text(),
    st.text(st.characters(max_codepoint=0x1F), max_size=20),
    st.text(min_size=250, max_size=5000),
    st.sampled_from(["", "-", "--", "-x", "--db", "--help", "..", "/", "~", "?", "#", "%00", "\x00"]),
)
# What a real argv can carry: no NUL, no unpaired surrogate outside surrogateescape's range.
argv_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300)

FUZZ = settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])


@contextlib.contextmanager
def sandbox() -> Iterator[Path]:
    """A fresh temporary working folder for one example."""
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        yield Path(folder)


def in_folder(folder: Path, text: str) -> str:
    """`text` as a file name inside `folder` (separators replaced, so it cannot leave the folder)."""
    return str(folder / "out" / text.replace("/", "_"))


def _no_window(*_: object, **__: object) -> int:
    """Stands in for the window: the command line's own checks of window options still run."""
    return 0


def call_main(argv: list[str]) -> tuple[int, str, str]:
    """Run `cli.main(argv)` in-process with the window stubbed out; return (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    original = app.run_gui
    app.run_gui = _no_window
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = cli.main(argv)
            except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
                status = exc.code if isinstance(exc.code, int) else 2
    finally:
        app.run_gui = original
    return status, out.getvalue(), err.getvalue()


def assert_clean(status: int, stderr: str) -> None:
    assert status in EXIT_STATUSES, (status, stderr)
    assert "Traceback" not in stderr
    assert "internal error" not in stderr, stderr
    if status == 2:
        assert len([line for line in stderr.splitlines() if line.strip()]) == 1, stderr


@FUZZ
@given(db=any_text)
def test_any_db_value_with_every_command(db: str) -> None:
    for command in (["--version"], ["dump"], ["check-db"]):
        with sandbox():
            status, _, stderr = call_main(["--db", db, *command])
        assert_clean(status, stderr)


@FUZZ
@given(path=any_text)
def test_any_check_db_path(path: str) -> None:
    with sandbox():
        status, _, stderr = call_main(["check-db", path])
    assert_clean(status, stderr)


@settings(deadline=None, max_examples=60)
@given(fmt=any_text, output=any_text, force=st.booleans())
def test_any_dump_format_and_output(fmt: str, output: str, force: bool) -> None:
    with sandbox() as folder:
        (folder / "out").mkdir()
        argv = ["dump", "--format", fmt, "--output", in_folder(folder, output)]
        status, _, stderr = call_main(argv + (["--force"] if force else []))
        assert_clean(status, stderr)
        assert not list(folder.rglob("*.part")), "a partial file was left behind"


@settings(deadline=None, max_examples=60)
@given(fmt=st.sampled_from(["json", "csv"]), output=any_text)
def test_any_output_name_with_a_valid_format(fmt: str, output: str) -> None:
    with sandbox() as folder:
        (folder / "out").mkdir()
        status, _, stderr = call_main(["dump", "--format", fmt, "--output", in_folder(folder, output)])
        assert_clean(status, stderr)
        assert not list(folder.rglob("*.part")), "a partial file was left behind"


@FUZZ
@given(args=st.lists(any_text, max_size=6))
def test_any_argument_list(args: list[str]) -> None:
    """Unknown options, stray words, options without values, in any order."""
    if "--output" in args or any(a.startswith("--o") for a in args):
        args = [a for a in args if not a.startswith("--o")]  # no fuzzed writes outside a sandbox
    with sandbox():
        status, _, stderr = call_main(args)
    assert_clean(status, stderr)


@FUZZ
@given(option=any_text, value=any_text, command=st.sampled_from(["", "dump", "check-db"]))
def test_unknown_options(option: str, value: str, command: str) -> None:
    argv = [command] if command else []
    with sandbox():
        status, _, stderr = call_main([*argv, f"--{option.lstrip('-')}x", value, "--version"])
    assert_clean(status, stderr)


@settings(deadline=None, max_examples=8)
@given(db=argv_text, command=st.sampled_from(["--version", "dump", "check-db"]))
def test_real_entry_point_with_fuzzed_db(db: str, command: str) -> None:
    """The real process: argv encoding, stdout encoding and exit status, with a timeout for hangs."""
    with sandbox() as folder:
        result = subprocess.run(
            [sys.executable, "-m", "caviewer", "--db", db, command],
            capture_output=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
            cwd=folder,
            check=False,
        )
    stderr = result.stderr.decode("utf-8", "replace")
    assert_clean(result.returncode, stderr)


def test_undecodable_path_bytes(tmp_path: Path) -> None:
    """A file name that is not UTF-8 (argv arrives with surrogate escapes) is read and printed back."""
    name = b"caf\xe9 \xff.sqlite"
    target = Path(str(tmp_path) + "/" + name.decode("utf-8", "surrogateescape"))
    target.write_bytes(BUNDLED_DB.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "caviewer", "check-db", str(target)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip(b"\n") == b"ok: " + str(target).encode("utf-8", "surrogateescape")
    missing = subprocess.run(
        [sys.executable, "-m", "caviewer", "--db", str(target) + "x", "dump"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert_clean_failure(
        subprocess.CompletedProcess(
            missing.args, missing.returncode, "", missing.stderr.decode("utf-8", "replace")
        )
    )


# -- every subcommand with missing, extra and malformed arguments (test_cli.py has six more) -------

BAD_COMMAND_LINES = [
    ["dump", "extra"],
    ["dump", "--format"],
    ["dump", "--format", "JSON"],
    ["dump", "--format", ""],
    ["dump", "--format", "json", "--format"],
    ["dump", "--force", "surplus"],
    ["dump", "--output", "a", "--output"],
    ["dump", "--db"],
    ["dump", "--bogus"],
    ["check-db", "--nope"],
    ["check-db", "--db"],
    ["check-db", "a", "b", "c"],
    ["--version", "surplus"],
    ["--version", "dump", "extra"],
    ["--db", "x", "--db"],
    ["-"],
    ["--"],
    ["---"],
    ["-z"],
    ["DUMP"],
    ["check_db"],
    ["dump", "check-db"],
]


@pytest.mark.parametrize("argv", BAD_COMMAND_LINES, ids=" ".join)
def test_malformed_command_lines_fail_in_one_line(argv: list[str]) -> None:
    status, _, stderr = call_main(argv)
    assert status == 2, (status, stderr)
    assert_clean(status, stderr)
    assert stderr.startswith("caviewer")


@pytest.mark.parametrize(
    "argv",
    [["dump", "extra"], ["check-db", "a", "b", "c"], ["dump", "--format", "JSON"], ["--version", "surplus"]],
    ids=" ".join,
)
def test_malformed_command_lines_in_the_real_process(argv: list[str]) -> None:
    assert assert_clean_failure(run_cli(*argv)).startswith("caviewer")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["check-db", ""], "folder"),
        (["--db", "", "dump"], "folder"),
        (["--db", ".", "--version"], "folder"),
        (["check-db", "/dev/null"], "folder or device"),
        (["--db", "/proc/self/status", "dump"], "not an SQLite database"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else v,
)
def test_arguments_that_parse_but_name_no_database(argv: list[str], words: str) -> None:
    status, _, stderr = call_main(argv)
    assert_clean(status, stderr)
    assert status == 2 and words in stderr, stderr


@pytest.mark.parametrize("argv", [["-h"], ["dump", "-h"], ["check-db", "--help"]], ids=" ".join)
def test_help_for_every_command(argv: list[str]) -> None:
    status, stdout, stderr = call_main(argv)
    assert status == 0 and "usage:" in stdout and not stderr
