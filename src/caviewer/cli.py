"""The `caviewer` command line: parses arguments and dispatches to the window or a headless command.

Headless commands (`dump`, `check-db`, `profile`) use only the pure core, so they run with no display and
never import Qt. Every failure ends with one line on stderr and exit status 2, never a traceback; `check-db`
exits 1 when the file opens but the validator finds problems. The window is imported only when launched.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from caviewer import __version__, bundled, i18n
from caviewer.exports import ExportError, dump_csv_folder, dump_json, write_atomically
from caviewer.schema import LOGICAL_TABLES
from caviewer.store import DatabaseMissingError, Store, StoreError

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
# The panes of the window, in order (caviewer.ui.main_window.PANE_NAMES; a test keeps them equal).
PANES = ("overview", "trade", "agreements", "projects", "finance", "people", "sources", "breakdown", "map")
MIN_SIZE, MAX_SIZE = (320, 240), (7680, 4320)
# Chart exports (caviewer.ui.export.chart_export.FORMATS and PRESETS), named here so parsing needs no Qt.
CHART_FORMATS = ("png", "svg", "pdf", "csv")
CHART_PRESETS = ("web", "slide", "square", "print")
_EXPORT_DEST = {"country": "export_country", "years": "years", "reporter": "reporter"}


class UsageError(Exception):
    """Arguments that parse but make no sense together."""


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters shown as escapes, so a message stays on one
    line whatever a file name or argument holds (a path may contain a newline)."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _ESCAPED else ch
        for ch in text
    )


_ESCAPED = frozenset({"Cc", "Cs", "Zl", "Zp"})


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {one_line(message)} (see '{self.prog} --help')\n")


def _path(text: str) -> Path:
    """A path argument; a NUL cannot reach a real file name (the OS would refuse it), so refuse it here."""
    if "\x00" in text:
        raise argparse.ArgumentTypeError("a path cannot contain a NUL character")
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="caviewer",
        description="China and Central Asia: an offline reference. With no command, opens the window.",
    )
    parser.add_argument("--version", action="store_true", help="print the app and data versions and exit")
    parser.add_argument(
        "--db", type=_path, metavar="PATH", help="read this database instead of the bundled one"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="interface language of the window, --screenshot, export and brief: en, ru or zh_CN "
        "(default: the one chosen in View > Language, else the system's)",
    )
    gui = parser.add_argument_group("window options")
    gui.add_argument(
        "--screenshot",
        type=_path,
        metavar="FILE",
        help="render the window offscreen to this PNG file and exit",
    )
    gui.add_argument("--country", metavar="ISO3", help="open this entry (CA5, KAZ, KGZ, TJK, TKM, UZB, CHN)")
    gui.add_argument("--pane", metavar="NAME", help=f"open this pane: {', '.join(PANES)}")
    gui.add_argument("--size", metavar="WxH", help="window size in pixels, e.g. 1280x800")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    dump = sub.add_parser("dump", help="export the whole dataset as JSON or CSV")
    dump.add_argument("--format", choices=("json", "csv"), default="json", help="json (default) or csv")
    dump.add_argument(
        "--output",
        type=_path,
        metavar="PATH",
        help="JSON file (default: standard output) or, for csv, a folder (required)",
    )
    dump.add_argument("--force", action="store_true", help="replace existing files")
    dump.add_argument("--db", type=_path, metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    check = sub.add_parser("check-db", help="validate a database and print each problem found")
    check.add_argument(
        "path",
        type=_path,
        nargs="?",
        metavar="PATH",
        help="database to check (default: --db or the bundled one)",
    )
    check.add_argument("--db", type=_path, metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    profile = sub.add_parser("profile", help="print an entry's header cards, caveats and record ids")
    profile.add_argument("entry", metavar="ISO3", help="CA5, KAZ, KGZ, TJK, TKM, UZB or CHN")
    profile.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    profile.add_argument(
        "--db", type=_path, metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    _add_export_parser(sub)
    brief = sub.add_parser("brief", help="write the briefing pack (A4 PDF) of an entry, or of every entry")
    brief.add_argument("entry", nargs="?", metavar="ISO3", help="CA5, KAZ, KGZ, TJK, TKM, UZB or CHN")
    brief.add_argument(
        "--all", dest="brief_all", action="store_true", help="one pack per entry, into a folder"
    )
    brief.add_argument(
        "--output", type=_path, required=True, metavar="PATH", help="the PDF, or the folder for --all"
    )
    brief.add_argument("--force", action="store_true", help="replace existing files")
    brief.add_argument("--db", type=_path, metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _add_export_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    export = sub.add_parser(
        "export",
        help="export charts as PNG, SVG, PDF or CSV (no display needed)",
        description="Export one chart (--country) or every chart of every entry (--all).",
    )
    export.add_argument("--country", dest="export_country", metavar="ISO3", help="CA5, KAZ, ..., CHN")
    export.add_argument(
        "--chart",
        default="trade",
        help="trade (every entry), shares (CA5), products, partners or gap (the states, where recorded), "
        "debt, investment, lending, or map (every entry; PNG, SVG or PDF)",
    )
    export.add_argument("--all", dest="export_all", action="store_true", help="every chart of every entry")
    export.add_argument(
        "--output", type=_path, required=True, metavar="PATH", help="the file, or the folder for --all"
    )
    export.add_argument(
        "--format", dest="export_format", choices=CHART_FORMATS, help="default: the file's extension"
    )
    export.add_argument(
        "--size", dest="export_size", metavar="WxH", help="pixels, or web, slide, square, print"
    )
    export.add_argument("--dpi", type=int, metavar="N", help="resolution (default 96; print 300)")
    export.add_argument("--years", metavar="A-B", help="only these years, e.g. 2000-2024")
    export.add_argument("--reporter", choices=("china", "partner", "both"), help="whose figures to plot")
    export.add_argument(
        "--scale", choices=("linear", "log"), default="linear", help="the amounts axis (log: no bars)"
    )
    export.add_argument("--force", action="store_true", help="replace existing files")
    export.add_argument("--db", type=_path, metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _version(db: Path | None) -> int:
    print(f"caviewer {__version__}")
    with Store.open(db) as store:
        info = store.info()
    print(
        f"data version {info.data_version}, as of {info.as_of}, schema {info.schema_version}, "
        f"{info.source_count} sources"
    )
    return EXIT_OK


def _dump(db: Path | None, fmt: str, output: Path | None, force: bool) -> int:
    if fmt == "csv" and output is None:
        raise UsageError("dump --format csv needs --output FOLDER")
    if fmt == "json" and output is not None and output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name for the JSON dump")
    if output is not None and not force:
        targets = [output] if fmt == "json" else [output / f"{t.name}.csv" for t in LOGICAL_TABLES]
        existing = [target for target in targets if target.exists()]
        if existing:
            more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
            raise UsageError(f"{existing[0]} exists{more}; add --force to replace it")
    with Store.open(db) as store:
        if fmt == "csv":
            assert output is not None
            files = dump_csv_folder(store, output)
            print(one_line(f"wrote {len(files)} CSV files to {output}"), file=sys.stderr)
        elif output is None:
            sys.stdout.write(dump_json(store) + "\n")
        else:
            write_atomically(output, dump_json(store) + "\n")
            print(one_line(f"wrote {output}"), file=sys.stderr)
    return EXIT_OK


def _check_db(path: Path | None) -> int:
    from caviewer.dataset.validate import validate

    resolved = path if path is not None else bundled.database()
    try:
        problems = validate(resolved)
    except DatabaseMissingError:
        raise  # nothing to check: a usage error (exit 2)
    except StoreError as exc:
        # The file is there but is not a sound caviewer database (not SQLite, damaged, another schema, text
        # in a numeric column): that is the check's finding, exit 1 as documented.
        print(one_line(f"caviewer: {exc}"), file=sys.stderr)
        return EXIT_PROBLEMS
    if not problems:
        print(f"ok: {resolved}")
        return EXIT_OK
    for problem in problems:
        print(problem)
    print(one_line(f"caviewer: {len(problems)} problem(s) in {resolved}"), file=sys.stderr)
    return EXIT_PROBLEMS


def _profile(db: Path | None, entry: str, fmt: str) -> int:
    from caviewer.profile.document import profile_json, profile_text
    from caviewer.profile.repository import ProfileRepository

    with Store.open(db) as store:
        repository = ProfileRepository(store)
        iso3 = entry.upper()
        if repository.country(iso3) is None:
            known = ", ".join(c.iso3 for c in repository.countries()) or "none (the database lists no entry)"
            raise UsageError(f"unknown entry {entry[:40]!r}; use one of {known}")
        profile = repository.profile(iso3)
        render = profile_json if fmt == "json" else profile_text
        sys.stdout.write(render(profile, store.info()))
    return EXIT_OK


def _brief(db: Path | None, args: argparse.Namespace) -> int:
    output: Path = args.output
    if args.brief_all == bool(args.entry):
        raise UsageError(
            "brief needs one entry (brief KAZ --output kaz.pdf) or --all (brief --all --output DIR)"
        )
    if args.brief_all:
        if output.exists() and not output.is_dir():
            raise UsageError(f"{output} is a file; --all needs a folder")
        if not output.parent.is_dir():
            raise UsageError(f"Folder does not exist: {output.parent}")
    else:
        if output.suffix.lower() != ".pdf":
            raise UsageError(f"the briefing pack is a PDF: give a .pdf file name, not {output.name[:60]!r}")
        if output.is_dir():
            raise UsageError(f"{output} is a folder; give a file name")
        if output.exists() and not args.force:
            raise UsageError(f"{output} exists; add --force to replace it")
    from caviewer.ui.export import export_command

    export_command.use_offscreen_if_headless()
    with Store.open(db) as store:
        if args.brief_all:
            count = export_command.brief_every_entry(
                store, output, force=args.force, stream=sys.stderr, language=args.lang
            )
            print(one_line(f"wrote {count} briefing packs to {output}"), file=sys.stderr)
        else:
            written = export_command.brief_one(
                store, args.entry.upper(), output, force=args.force, language=args.lang
            )
            print(one_line(f"wrote {written}"), file=sys.stderr)
    return EXIT_OK


def _export_size(text: str | None) -> tuple[int, int] | str | None:
    if text is None or text.lower() in CHART_PRESETS:
        return text.lower() if text else None
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.isdigit() and len(p) < 7 for p in parts):
        raise UsageError(f"--size must be WxH in pixels (e.g. 1200x675) or {', '.join(CHART_PRESETS)}")
    return int(parts[0]), int(parts[1])


def _export_years(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    parts = text.split("-")
    if not (1 <= len(parts) <= 2 and all(p.isdigit() and len(p) == 4 for p in parts)):
        raise UsageError(f"--years must look like 2000-2024 or 2024, not {text!r}")
    low, high = int(parts[0]), int(parts[-1])
    if low > high:
        raise UsageError(f"--years {text}: the first year is after the last")
    return low, high


def _export(db: Path | None, args: argparse.Namespace) -> int:
    """`caviewer export`: check the arguments, then render offscreen when there is no display."""
    output: Path = args.output
    size, years = _export_size(args.export_size), _export_years(args.years)
    if args.export_all:
        given = [f"--{n}" for n in ("country", "years", "reporter") if getattr(args, _EXPORT_DEST[n])]
        given += ["--scale"] if args.scale != "linear" else []
        if given or args.chart != "trade":
            raise UsageError(
                f"export --all writes every chart; {(given or ['--chart'])[0]} cannot be used with it"
            )
        if output.exists() and not output.is_dir():
            raise UsageError(f"{output} is a file; --all needs a folder")
    else:
        if not args.export_country:
            raise UsageError("export needs --country ISO3 (or --all)")
        if output.is_dir():
            raise UsageError(f"{output} is a folder; give a file name")
        suffix = output.suffix.lower().lstrip(".")
        if args.export_format is None and suffix not in CHART_FORMATS:
            raise UsageError(
                f"cannot tell the format of {output.name!r}; add --format or use .png/.svg/.pdf/.csv"
            )
        if args.export_format and suffix in CHART_FORMATS and suffix != args.export_format:
            raise UsageError(f"--format {args.export_format} does not match the file name {output.name!r}")
        if output.exists() and not args.force:
            raise UsageError(f"{output} exists; add --force to replace it")
    from caviewer.ui.export import export_command

    export_command.use_offscreen_if_headless()
    with Store.open(db) as store:
        if args.export_all:
            formats = [args.export_format] if args.export_format else None
            count = export_command.export_every_chart(
                store,
                folder=output,
                formats=formats,
                size=size,
                dpi=args.dpi,
                force=args.force,
                stream=sys.stderr,
                language=args.lang,
            )
            print(one_line(f"wrote {count} files to {output}"), file=sys.stderr)
        else:
            written = export_command.export_one(
                store,
                country=args.export_country.upper(),
                chart=args.chart,
                output=output,
                fmt=args.export_format,
                size=size,
                dpi=args.dpi,
                years=years,
                reporter=args.reporter,
                force=args.force,
                log_scale=args.scale == "log",
                language=args.lang,
            )
            print(one_line(f"wrote {written}"), file=sys.stderr)
    return EXIT_OK


def _parse_size(text: str) -> tuple[int, int]:
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise UsageError(f"--size must look like 1280x800, not {text!r}")
    width, height = int(parts[0]), int(parts[1])
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise UsageError(
            f"--size {text} is out of range ({MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]})"
        )
    return width, height


def _gui(db: Path | None, args: argparse.Namespace) -> int:
    screenshot: Path | None = args.screenshot
    if screenshot is not None:
        if screenshot.suffix.lower() != ".png":
            raise UsageError(f"--screenshot needs a .png file name, not {str(screenshot)!r}")
        if not screenshot.parent.is_dir():
            raise UsageError(f"--screenshot: folder {screenshot.parent} does not exist")
    country: str | None = args.country.upper() if args.country else None
    if country is not None and not (len(country) == 3 and country.isascii() and country.isalnum()):
        raise UsageError(f"--country needs an ISO3 code such as KAZ, not {args.country!r}")
    pane: str | None = args.pane.lower() if args.pane else None
    if pane is not None and pane not in PANES:
        raise UsageError(f"--pane must be one of {', '.join(PANES)}, not {args.pane!r}")
    size = _parse_size(args.size) if args.size else None
    from caviewer.app import run_gui

    return run_gui(db, screenshot=screenshot, country=country, pane=pane, size=size, language=args.lang)


def _refuse_if_invalid(db: Path | None) -> None:
    """A database given with --db is shown, dumped and exported only when the validator passes it: one
    that `check-db` rejects (a negative total, an implausible year, a record without a source, a
    non-finite number) would otherwise reach the cards and charts as if it were sound."""
    if db is None:
        return  # the bundled file was validated when it was built, and a test keeps it so
    from caviewer.dataset.validate import validate

    problems = validate(db)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UsageError(
            f"{db} fails validation: {_capped(problems[0])}{more}; run 'caviewer check-db {db}' for the list"
        )


_LINE_MAX = 600


def _capped(text: str, limit: int = 200) -> str:
    """`text`, cut with an ellipsis past `limit` characters, so one error line stays readable."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _language(code: str | None) -> str | None:
    """--lang as one of caviewer's languages; None when not given."""
    if code is None:
        return None
    language = i18n.normalize(code)
    if language is None:
        raise UsageError(
            f"--lang {code[:20]!r} is not a language caviewer has; use one of {', '.join(i18n.LANGUAGES)}"
        )
    return language


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    args.lang = _language(args.lang)
    if args.lang is not None and args.command in ("dump", "check-db", "profile"):
        raise UsageError(
            f"--lang applies to the window, --screenshot, export and brief, not '{args.command}'"
        )
    if args.command != "check-db":
        _refuse_if_invalid(args.db)
    if args.version:
        return _version(args.db)
    used = [f"--{n}" for n in ("screenshot", "country", "pane", "size") if getattr(args, n) is not None]
    if args.command and used:
        raise UsageError(f"{used[0]} is a window option; it cannot be used with '{args.command}'")
    if args.command == "dump":
        return _dump(args.db, args.format, args.output, args.force)
    if args.command == "check-db":
        return _check_db(args.path or args.db)
    if args.command == "export":
        return _export(args.db, args)
    if args.command == "profile":
        return _profile(args.db, args.entry, args.format)
    if args.command == "brief":
        return _brief(args.db, args)
    return _gui(args.db, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `caviewer` command and of `python -m caviewer`."""
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except (StoreError, ExportError, UsageError) as exc:
        # Capped: a message may echo an argument or a value from the file, and one line must stay one.
        print(one_line(_capped(f"caviewer: {exc}", _LINE_MAX)), file=sys.stderr)
    except OSError as exc:
        print(
            one_line(f"caviewer: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")), file=sys.stderr
        )
    except KeyboardInterrupt:
        print("caviewer: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a user gets one line; CAVIEWER_DEBUG=1 shows the traceback
        if os.environ.get("CAVIEWER_DEBUG"):
            raise
        print(one_line(f"caviewer: internal error: {type(exc).__name__}: {exc}"), file=sys.stderr)
    return EXIT_ERROR
