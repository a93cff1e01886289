"""The spreadsheet round trip: ``export-questions``, ``import-questions``, ``export-items``, ``import-items``.

One module registers the four commands (``register`` looks at the command name)::

    fenleiqi export-questions OUT.csv [--from PATH ...] [--headers zh|en]
    fenleiqi import-questions IN.csv --into questions/FILE.yaml [--on-duplicate update|skip|keep]
                              [--partial] [--dry-run] [--with PATH ...]
    fenleiqi export-items OUT.csv [--from PATH ...]
    fenleiqi import-items IN.csv --into questions/items-FILE.yaml [...]

Exit codes: 0 done, 1 a problem with the files (nothing written, or rows refused), 2 a usage error.
A missing, locked or unreadable file gives one bilingual line, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from game.errors import Lang, Problem, Severity, Text
from game.volunteer.csv_io import write_csv
from game.volunteer.csv_values import Kind
from game.volunteer.exporter import plan_export
from game.volunteer.importer import ImportPlan, OnDuplicate, Outcome, load_context, plan_import, write_import

#: Command name → (export or import, what).
COMMANDS: dict[str, tuple[str, Kind]] = {
    "export-questions": ("export", "questions"),
    "import-questions": ("import", "questions"),
    "export-items": ("export", "items"),
    "import-items": ("import", "items"),
}
#: Imports of at least this many rows show a progress bar (on stderr).
PROGRESS_MIN_ROWS = 500
#: At most this many problems are listed unless ``--all`` is given.
MAX_PROBLEMS = 100
#: At most this many per-row notes are listed.
MAX_NOTES = 20

_YAML_SUFFIXES = (".yaml", ".yml")


def _yaml_target(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in _YAML_SUFFIXES:
        raise argparse.ArgumentTypeError(f"要写入 .yaml 文件 · must be a .yaml file: {text}")
    return path


def _csv_out(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() in _YAML_SUFFIXES:
        raise argparse.ArgumentTypeError(
            f"导出的是表格，不能写进 .yaml 文件 · the export is a spreadsheet, not YAML: {text}"
        )
    return path


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the parser of ``name`` (one of :data:`COMMANDS`)."""
    action, kind = COMMANDS[name]
    what = "题库" if kind == "questions" else "物品词典"
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    if action == "export":
        parser.add_argument("out", type=_csv_out, metavar="OUT.csv", help="要写的表格文件 · the CSV file to write")
        parser.add_argument(
            "--from",
            dest="paths",
            nargs="+",
            action="extend",
            default=[],
            metavar="PATH",
            help=f"从这些文件或文件夹导出（默认：自带的{what}）· files or folders to export "
            "(default: the bundled ones)",
        )
        parser.add_argument(
            "--headers",
            choices=("zh", "en"),
            default="zh",
            help="列名和取值用中文或英文 · Chinese or English column names and values (default: zh)",
        )
    else:
        parser.add_argument("csv", metavar="IN.csv", help="表格文件（CSV，UTF-8 或 GBK）· the CSV file (UTF-8 or GBK)")
        parser.add_argument(
            "--into",
            required=True,
            type=_yaml_target,
            metavar="FILE.yaml",
            help=f"写入这个{what}文件（没有就新建）· the YAML file to merge into (created if missing)",
        )
        parser.add_argument(
            "--on-duplicate",
            choices=[d.value for d in OnDuplicate],
            default=OnDuplicate.UPDATE.value,
            help="已有的条目：update 更新（默认）、skip 保留原样、keep 按文字相同的也作为新条目加入 · "
            "matching entries: update (default), skip, or keep (add text matches as new entries)",
        )
        parser.add_argument(
            "--partial",
            action="store_true",
            help="有错的行不导入，其余照常写入 · write the good rows even when some rows have errors",
        )
        parser.add_argument("--dry-run", action="store_true", help="只检查，不写入 · check only, write nothing")
        parser.add_argument(
            "--all",
            dest="show_all",
            action="store_true",
            help=f"列出全部问题（默认最多 {MAX_PROBLEMS} 个）· list every problem (default: the first {MAX_PROBLEMS})",
        )
        parser.add_argument(
            "--with",
            dest="with_paths",
            nargs="+",
            action="extend",
            default=[],
            metavar="PATH",
            help="和这些内容一起检查（除了自带内容）· also check against these files or folders",
        )
    parser.set_defaults(run=run, sheet_action=action, sheet_kind=kind)


def run(args: argparse.Namespace) -> int:
    """Run whichever of the four commands was given."""
    if args.sheet_action == "export":
        return run_export(args)
    return run_import(args)


def _bilingual(problem: Problem) -> str:
    """One line with both languages, for problems that stop a command before any row is read."""
    column = problem.column_label or str(problem.column)
    where = problem.file if problem.line <= 0 else f"{problem.file}:{problem.line}:{column}"
    return f"{where}: {problem.what.zh} — {problem.fix.zh} · {problem.what.en} — {problem.fix.en}"


def _console(stderr: bool = False) -> Console:
    # emoji=False: "file.yaml:100:5" must not become "file.yaml💯5"
    return Console(highlight=False, soft_wrap=True, stderr=stderr, emoji=False)


def _say(console: Console, text: Text, lang: Lang, style: str | None = None) -> None:
    console.print(text.in_lang(lang), style=style, markup=False)


def run_export(args: argparse.Namespace) -> int:
    """Export to ``args.out``; 0 when written."""
    lang: Lang = args.lang
    kind: Kind = args.sheet_kind
    console = _console()
    plan = plan_export(kind, args.paths, english=args.headers == "en")
    for problem in plan.problems:
        if problem.severity is Severity.ERROR:
            console.print(_bilingual(problem), style="red", markup=False)
        else:
            console.print(problem.format(lang), style="yellow", markup=False)
    if plan.errors:
        _say(
            console,
            Text("有错误，没有导出。先改正上面的问题", "errors found: nothing exported; fix the problems above"),
            lang,
        )
        return 1
    if not plan.files:
        what = Text("题库", "question bank") if kind == "questions" else Text("物品词典", "item dictionary")
        _say(console, Text(f"没有找到{what.zh}文件，没有导出", f"no {what.en} files found: nothing exported"), lang)
        return 1
    try:
        write_csv(args.out, plan.rows)
    except OSError as error:  # StorageError, or the folder cannot be made
        console.print(_write_failure(args.out, error), style="red", markup=False)
        return 1
    noun = Text("道题", "question(s)") if kind == "questions" else Text("个物品", "item(s)")
    _say(
        console,
        Text(
            f"已导出 {plan.count} {noun.zh}（来自 {len(plan.files)} 个文件）到 {args.out}"
            "（UTF-8，Excel 和 WPS 可直接打开）",
            f"exported {plan.count} {noun.en} from {len(plan.files)} file(s) to {args.out} "
            "(UTF-8 with BOM for Excel and WPS)",
        ),
        lang,
    )
    return 0


def _write_failure(path: Path, error: OSError) -> str:
    cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
    reason = cause.strerror or str(cause)
    return (
        f"fenleiqi: 无法写入 {path}（{reason}）— 如果文件正在 Excel 或 WPS 里打开，先关掉它 · "
        f"cannot write {path} ({reason}) — if it is open in Excel or WPS, close it first"
    )


_STAGES = {
    "rows": Text("检查每一行", "checking rows"),
    "check": Text("交叉检查", "cross-checking"),
    "verify": Text("核对结果", "verifying"),
}


class _Bar:
    """A rich progress bar on stderr, fed by the importer's ``progress(stage, done, total)``."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=_console(stderr=True),
        )
        self.tasks: dict[str, TaskID] = {}
        self.started = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "rows" and not self.started:
            if total < PROGRESS_MIN_ROWS:
                return
            self.started = True
            self.progress.start()
        if not self.started:
            return
        task = self.tasks.get(stage)
        if task is None:
            task = self.tasks[stage] = self.progress.add_task(_STAGES[stage].in_lang(self.lang), total=total)
        self.progress.update(task, completed=done, total=total)

    def stop(self) -> None:
        if self.started:
            self.progress.stop()


def run_import(args: argparse.Namespace) -> int:
    """Import ``args.csv`` into ``args.into``; 0 when everything was imported (or nothing changed)."""
    lang: Lang = args.lang
    console = _console()
    target: Path = args.into
    context = load_context(args.with_paths, exclude=target)
    bar = _Bar(lang)
    try:
        plan = plan_import(
            args.sheet_kind,
            args.csv,
            target,
            on_duplicate=OnDuplicate(args.on_duplicate),
            context=context,
            progress=bar,
        )
    finally:
        bar.stop()
    if plan.table is not None:
        info = plan.table.describe()
        _say(console, Text(f"读取 {plan.csv_name}：{info.zh}", f"read {plan.csv_name}: {info.en}"), lang)
    if plan.fatal:
        for problem in plan.problems:
            console.print(_bilingual(problem), style="red", markup=False)
        console.print("没有写入任何内容 · nothing written", markup=False)
        return 1
    shown = plan.problems if args.show_all else plan.problems[:MAX_PROBLEMS]
    for problem in shown:
        style = "red" if problem.severity is Severity.ERROR else "yellow"
        console.print(problem.format(lang), style=style, markup=False)
    if len(shown) < len(plan.problems):
        more = len(plan.problems) - len(shown)
        _say(
            console,
            Text(
                f"……还有 {more} 个问题（加上 --all 全部列出）", f"… and {more} more problem(s) (add --all to list them)"
            ),
            lang,
        )
    _print_notes(console, plan, lang)
    _say(console, plan.summary(), lang, "bold")
    return _finish(console, plan, args, lang)


def _print_notes(console: Console, plan: ImportPlan, lang: Lang) -> None:
    notes = [row for row in plan.rows if row.note is not None and row.outcome is not Outcome.REFUSED]
    for row in notes[:MAX_NOTES]:
        assert row.note is not None
        prefix = f"{plan.csv_name}:{row.row}: "
        console.print(prefix + row.note.in_lang(lang), markup=False)
    if len(notes) > MAX_NOTES:
        more = len(notes) - MAX_NOTES
        _say(console, Text(f"……还有 {more} 条说明", f"… and {more} more note(s)"), lang)


def _finish(console: Console, plan: ImportPlan, args: argparse.Namespace, lang: Lang) -> int:
    refused = plan.count(Outcome.REFUSED)
    say: Callable[[Text], None] = lambda text: _say(console, text, lang)  # noqa: E731
    if refused and not args.partial:
        say(
            Text(
                f"有 {refused} 行有错误，没有写入任何内容。改正后再导入，或者加上 --partial 只导入正确的行",
                f"{refused} row(s) have errors: nothing written. Fix them and import again, or add --partial "
                "to import the good rows",
            )
        )
        return 1
    if args.dry_run:
        say(Text("试运行：没有写入", "dry run: nothing written"))
        return 1 if refused else 0
    if not plan.changes:
        say(Text(f"{plan.target_name} 没有变化，没有改写", f"{plan.target_name} is unchanged: not rewritten"))
        return 1 if refused else 0
    try:
        backup = write_import(plan)
    except OSError as error:  # StorageError, or the folder cannot be made
        console.print(_write_failure(plan.target, error), style="red", markup=False)
        return 1
    if backup is None:
        say(Text(f"已新建 {plan.target_name}", f"created {plan.target_name}"))
    else:
        say(
            Text(
                f"已写入 {plan.target_name}（原来的文件保存为 {backup.name}）。"
                f"注意：除了文件开头的注释，文件里的其他注释不会保留，需要的话请从 {backup.name} 里找回",
                f"wrote {plan.target_name} (the old file is kept as {backup.name}). Note: comments inside the file, "
                f"other than those at its top, are not kept; {backup.name} still has them",
            )
        )
    if refused:
        say(
            Text(
                f"有 {refused} 行没有导入（见上面的错误）", f"{refused} row(s) were not imported (see the errors above)"
            )
        )
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run one of the four commands directly (before they are listed in :mod:`game.cli`)."""
    parser = argparse.ArgumentParser(prog="fenleiqi")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        register(sub, name=name, help=name, parents=[common])
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
