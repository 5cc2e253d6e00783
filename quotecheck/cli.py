"""The ``quotecheck`` command: thin click wrappers that own the Console and the exit code.

``quotecheck FILE...`` checks articles (the default command); ``quotecheck eval GOLD.jsonl``
scores the extractor; ``quotecheck rules`` lists the citation checker's rules; ``quotecheck spark
INPUT OUTPUT`` runs on Apache Spark (the ``spark`` extra, imported only then). Exit codes: 0 all
well, 1 a finding at or above ``--fail-on``, 2 a usage error, a bad configuration or ``--source``
file, or an input that could not be read.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any, Iterable, Iterator, Sequence

import click

from . import __version__, config, rules
from .errors import QuotecheckError, one_line
from .fidelity import read_original
from .inputs import INPUT_FORMATS, Problem, read_inputs
from .render import FORMATS
from .rules import FAIL_ON

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
#: Set to let an internal error end in its traceback instead of one line.
DEBUG_VAR = "QUOTECHECK_DEBUG"


class _DefaultGroup(click.Group):
    """A group whose first argument, when it is not a command name, goes to ``check``."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        elif not args:
            args = [self.default_command]
        return super().parse_args(ctx, args)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Run as click does, but a usage error is one line (``quotecheck: error: ...``) and
        exit 2, as every other error is, instead of click's usage, hint and error lines."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx is not None else "quotecheck"
            _fail(f"{' '.join(exc.format_message().split())} (see {command} --help)")
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            _fail("interrupted")
            sys.exit(130)
        # --help and --version end here with their exit code; a command that returns ends with 0.
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _console(*, stderr: bool = False, file: Any = None) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, file=file, highlight=False, soft_wrap=False)


def _fail(message: str) -> None:
    click.echo(f"quotecheck: error: {one_line(message)}", err=True)


def _warn(message: str) -> None:
    """Something passed over that the user may want to know of; the run goes on."""
    click.echo(f"quotecheck: warning: {one_line(message)}", err=True)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecheck")
def main() -> None:
    """Find who is quoted in news articles, through whom the words came, and what to check.

    \b
    quotecheck article.txt               readable report in the terminal
    quotecheck --format json article.txt stable JSON with character offsets
    quotecheck batch.jsonl               {"id", "text"} records in, one report per line out
    quotecheck --source orig.txt art.txt quotations checked against the original
    quotecheck --fail-on warning art.txt exit 1 on a warning or an error
    quotecheck eval gold.jsonl           precision and recall against gold annotations
    quotecheck spark IN.jsonl OUT        the same on Apache Spark, Parquet out
    quotecheck rules                     the citation checker's rules
    """
    _single_threaded_blas()
    _quick_exit()


def _quick_exit() -> None:
    """Spare the process a last garbage collection over everything spaCy and the model made.

    Python collects all its objects while it shuts down; after ``import spacy`` that takes
    about a second, a few per cent of a batch run, for memory the operating system takes back
    anyway. Objects frozen at exit are left alone. Registered once per process (the tests call
    ``main`` many times in one).
    """
    if not _GC["exit"]:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _GC["exit"] = True


#: Whether ``_quick_exit`` has registered its hook, and whether ``_frozen`` froze the objects.
_GC = {"exit": False, "frozen": False}


def _single_threaded_blas() -> None:
    """Keep numpy's BLAS to one thread unless the user chose otherwise.

    spaCy's small models multiply small matrices, where BLAS threads only cost: a second thread
    also takes glibc malloc off its single-thread fast path, which spaCy, allocating all the
    time, pays for. The whole CLI runs about 10% faster (benchmarks/README.md); parallelism comes
    from ``--jobs`` instead. The CLI owns the process, so it may decide; it must do so before
    numpy is imported, and leaves a process that has already imported it alone.
    """
    if "numpy" not in sys.modules:
        os.environ.setdefault("OMP_NUM_THREADS", "1")


@main.command("check")
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default: from the -o file's ending, else jsonl for JSONL input, else table). html and markdown make one document per run.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="Write the output to this file instead of standard output.")
@click.option("--publisher", default=None, help="The article's own outlet (else read from its byline).")
@click.option("--model", default=None, envvar="QUOTECHECK_MODEL", help="spaCy pipeline to load (env QUOTECHECK_MODEL).")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True, help="How to read the inputs.")
@click.option("--include-text", is_flag=True, help="Put the article text in JSON output.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True, help="Paragraphs per parser batch.")
@click.option("-j", "--jobs", type=click.IntRange(1, 512), default=None, help="Worker processes (default: all cores for large batches, else 1).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on standard error.")
@click.option("--fail-on", type=click.Choice(FAIL_ON, case_sensitive=False), default=None, help="Exit 1 when a finding at or above this severity remains (default: error).")
@click.option("--rules", "select", multiple=True, metavar="IDS", help="Run only these rules: ids or patterns, comma-separated (QC101,QC2*).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Do not run these rules (ids or patterns, comma-separated).")
@click.option("--config", "config_path", default=None, metavar="PATH", help="Configuration file (default: the nearest quotecheck.toml, pyproject.toml or setup.cfg with quotecheck settings).")
@click.option("--source", "source_path", default=None, metavar="FILE", help="The original (transcript, statement, article): check every quotation against it.")
def check(
    files: Sequence[str],
    fmt: str | None,
    output: str | None,
    publisher: str | None,
    model: str | None,
    input_format: str,
    include_text: bool,
    batch_size: int,
    jobs: int | None,
    quiet: bool,
    fail_on: str | None,
    select: Sequence[str],
    ignore: Sequence[str],
    config_path: str | None,
    source_path: str | None,
) -> None:
    """Check FILE... (``-`` for standard input): every quote, its speaker, chain and findings."""
    if not files:
        _fail("no input: give one or more files, a directory, or - for standard input")
        sys.exit(EXIT_USAGE)
    try:
        cfg = config.load(config_path, warn=_warn).override(
            publisher=publisher, rules=select or None, ignore=ignore or None, fail_on=fail_on
        )
        selection = rules.Selection.of(cfg.rules, cfg.ignore)
        original = read_original(source_path) if source_path else None
    except QuotecheckError as exc:
        _fail(exc.message)
        sys.exit(exc.exit_code)
    settings = rules.Settings(primary_sources=cfg.primary_sources, original=original)
    publisher_from_file = publisher is None and cfg.publisher is not None
    if fmt is None:
        fmt = _format_for(output, files, input_format)

    failed: list[str] = []  # inputs that could not be read, listed in HTML and Markdown reports
    state = {"findings": False}

    def articles() -> Iterator[Any]:
        for item in read_inputs(files, input_format=input_format, publisher=cfg.publisher, warn=_warn):
            if isinstance(item, Problem):
                failed.append(str(item.error))
                _fail(str(item.error))
                continue
            yield item

    try:
        stream = articles()
        first = next(stream, None)
        if first is None:
            if not failed:  # each unreadable input has said why; else say it here
                _fail("no article to check in the inputs")
            sys.exit(EXIT_USAGE)

        def chained() -> Iterator[Any]:
            yield first
            yield from stream

        workers = jobs if jobs is not None else _auto_jobs(files)
        if workers > 1:
            from .models import model_name
            from .parallel import analyze_parallel

            reports = analyze_parallel(chained(), jobs=workers, model=model_name(model), batch_size=batch_size)
        else:
            from .models import load_model
            from .pipeline import analyze_stream

            reports = analyze_stream(chained(), nlp=_frozen(load_model(model)), batch_size=batch_size)

        def reviewed() -> Iterator[Any]:
            for report in reports:
                report = rules.review(report, settings=settings, selection=selection)
                if publisher_from_file and cfg.publisher is not None:
                    report = config.publisher_from_config(report, cfg.publisher)
                state["findings"] = state["findings"] or rules.fails(report.findings, cfg.fail_on)
                yield report

        show = not quiet and sys.stderr.isatty()
        _emit(_progress(reviewed(), enabled=show), fmt=fmt, output=output, include_text=include_text, failed=failed)
    except QuotecheckError as exc:
        _fail(exc.message)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, without Python's complaint at exit.
        _silence_stdout()
        sys.exit(_exit_code(failed, state["findings"]))
    except OSError as exc:
        _fail(f"cannot write {output or 'the output'}: {exc.strerror or exc}")
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one line, not a traceback
        if os.environ.get(DEBUG_VAR):
            raise
        _fail(f"internal error ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); "
              f"please report it with the input (set {DEBUG_VAR}=1 for the traceback)")
        sys.exit(EXIT_USAGE)
    finally:
        _thaw()
    sys.exit(_exit_code(failed, state["findings"]))


def _frozen(nlp: Any) -> Any:
    """The loaded model, with every object made so far (spaCy, the model, quotecheck) moved out
    of the garbage collector's sight for the run: they live as long as the process, and a
    batch's full collections would otherwise walk them all again. ``_thaw`` undoes it."""
    import gc

    gc.freeze()
    _GC["frozen"] = True
    return nlp


def _thaw() -> None:
    import gc

    if _GC["frozen"]:
        gc.unfreeze()
        _GC["frozen"] = False


def _exit_code(failed: Sequence[str], findings: bool) -> int:
    """The worst result wins: an input that could not be read (2), then findings (1)."""
    return EXIT_USAGE if failed else EXIT_FINDINGS if findings else EXIT_OK


#: With no ``--jobs``, a batch this large (articles named, or bytes of JSONL) uses every core.
AUTO_JOBS_FILES = 32
AUTO_JOBS_JSONL_BYTES = 1_000_000


def _auto_jobs(files: Sequence[str]) -> int:
    """All cores for a large batch; one process for a few articles, where start-up would cost
    more than it saves."""
    import os

    from .parallel import default_jobs

    cores = default_jobs()
    if cores == 1:
        return 1
    jsonl = sum(os.path.getsize(f) for f in files if f.lower().endswith((".jsonl", ".ndjson")) and os.path.isfile(f))
    many = len(files) >= AUTO_JOBS_FILES or any(os.path.isdir(f) for f in files)
    return cores if jsonl >= AUTO_JOBS_JSONL_BYTES or many else 1


#: The progress bar appears only for runs longer than this (seconds).
PROGRESS_AFTER = 2.0


def _progress(reports: Iterable[Any], *, enabled: bool) -> Iterator[Any]:
    """Pass reports through, showing a progress bar on standard error once a run is long."""
    if not enabled:
        yield from reports
        return
    import time

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    start = time.monotonic()
    progress = None
    task = None
    try:
        for count, report in enumerate(reports, start=1):
            elapsed = time.monotonic() - start
            if progress is None and elapsed > PROGRESS_AFTER:
                progress = Progress(
                    SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=_console(stderr=True), transient=True,
                )
                progress.start()
                task = progress.add_task("")
            if progress is not None:
                progress.update(task, description=f"{count} articles · {count / elapsed:.1f} per second")  # type: ignore[arg-type]
            yield report
    finally:
        if progress is not None:
            progress.stop()


def _utf8_stdout() -> None:
    """JSON, HTML and Markdown are UTF-8 whatever the locale (the HTML says so in its head)."""
    try:
        if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    except (AttributeError, ValueError, io.UnsupportedOperation):
        pass


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


#: Output file endings that choose a format when --format is not given.
_OUTPUT_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def _format_for(output: str | None, files: Sequence[str], input_format: str) -> str:
    if output:
        suffix = os.path.splitext(output)[1].lower()
        if suffix in _OUTPUT_FORMATS:
            return _OUTPUT_FORMATS[suffix]
    if input_format == "jsonl" or all(f.lower().endswith((".jsonl", ".ndjson")) for f in files):
        return "jsonl"
    return "table"


def _emit(reports: Iterable[Any], *, fmt: str, output: str | None, include_text: bool, failed: Sequence[str]) -> None:
    from .render import data

    handle = open(output, "w", encoding="utf-8") if output else None
    if handle is None and fmt != "table":
        _utf8_stdout()
    try:
        if fmt in ("html", "markdown"):
            # One document per run: every report first, then the inputs that failed on the way.
            collected = list(reports)
            if fmt == "html":
                from .render.html import render_html as render
            else:
                from .render.markdown import render_markdown as render
            (handle or sys.stdout).write(render(collected, failed=failed))
        elif fmt == "jsonl":
            out = handle or sys.stdout
            for report in reports:
                out.write(data.to_jsonl_line(report, include_text=include_text) + "\n")
                out.flush()
        elif fmt == "json":
            (handle or sys.stdout).write(data.to_json(reports, include_text=include_text) + "\n")
        else:
            from .render.terminal import render_report

            console = _console(file=handle)
            for report in reports:
                console.print(render_report(report))
    finally:
        if handle is not None:
            handle.close()


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", default=None, envvar="QUOTECHECK_MODEL", help="spaCy pipeline to load.")
@click.option(
    "--baseline",
    type=click.Choice(["textacy", "quotecheck-full"]),
    default=None,
    help="Score a reference instead: textacy's direct_quotations, or quotecheck with entities recognised in every sentence.",
)
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_command(gold: str, model: str | None, baseline: str | None, limit: int | None, fmt: str) -> None:
    """Score quotecheck against GOLD.jsonl (the format of ../shared/eval, see the README)."""
    from .evalrun import evaluate_file
    from .models import load_model

    try:
        nlp = load_model(model)
        scores = evaluate_file(gold, nlp=nlp, system=baseline or "quotecheck", limit=limit)
    except QuotecheckError as exc:
        _fail(exc.message)
        sys.exit(exc.exit_code)
    if fmt == "json":
        from .render.data import dumps

        click.echo(dumps(scores.to_dict()))
    else:
        from .render.scores import render_scores

        _console().print(render_scores(scores.to_dict(), title=f"{baseline or 'quotecheck'} on {gold}"))


SPARK_INSTALL = "pip install 'quotecheck-news[spark]'"
_SPARK_MODULES = ("pyspark", "py4j", "pyarrow", "pandas")


@main.command("spark")
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--input-format", type=click.Choice(("auto", "jsonl", "parquet")), default="auto", show_default=True, help="How to read INPUT (auto: by its ending).")
@click.option("--master", default=None, help="Spark master URL (default: the one spark-submit was given, else local[*]).")
@click.option("--id-col", default="id", show_default=True, help="Column (or JSONL key) naming each article.")
@click.option("--text-col", default="text", show_default=True, help="Column (or JSONL key) holding the article text.")
@click.option("--publisher-col", default=None, help="Column (or JSONL key) holding each article's own outlet (default: publisher, if there is one).")
@click.option("--partitions", type=click.IntRange(1), default=None, help="Repartition the input into this many tasks first.")
@click.option("--model", default=None, envvar="QUOTECHECK_MODEL", help="spaCy pipeline every executor loads (env QUOTECHECK_MODEL).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True, help="Paragraphs per parser batch.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists.")
def spark_command(
    input_path: str,
    output: str,
    input_format: str,
    master: str | None,
    id_col: str,
    text_col: str,
    publisher_col: str | None,
    partitions: int | None,
    model: str | None,
    batch_size: int,
    overwrite: bool,
) -> None:
    """Analyse INPUT (JSONL or Parquet) on Apache Spark; write OUTPUT/quotes, OUTPUT/findings and
    OUTPUT/documents as Parquet."""
    try:
        from .spark import job
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in _SPARK_MODULES:
            raise
        _fail(f"quotecheck spark needs PySpark ({exc.name} is not installed): {SPARK_INSTALL}")
        sys.exit(EXIT_USAGE)
    try:
        with job.session(master) as spark:
            summary = job.run(
                spark,
                input_path,
                output,
                input_format_name=input_format,
                id_col=id_col,
                text_col=text_col,
                publisher_col=publisher_col,
                partitions=partitions,
                model=model,
                batch_size=batch_size,
                overwrite=overwrite,
            )
    except QuotecheckError as exc:
        _fail(exc.message)
        sys.exit(exc.exit_code)
    except Exception as exc:
        error = job.spark_error(exc)
        if error is None:
            raise
        _fail(error.message)
        sys.exit(error.exit_code)
    line = f"quotecheck: {summary.documents} articles, {summary.quotes} quotes, {summary.findings} findings written to {summary.output}"
    if summary.errors:
        line += f"; {summary.errors} not analysed (see the error column of {summary.output}/documents)"
    click.echo(line, err=True)


@main.command("rules")
@click.argument("patterns", nargs=-1, metavar="[ID...]")
def rules_command(patterns: Sequence[str]) -> None:
    """List the citation checker's rules (or those ID... names, e.g. QC1 or QC40*) with their help."""
    from .render.rulelist import render_rules

    try:
        selection = rules.Selection.of(patterns)
    except QuotecheckError as exc:
        _fail(exc.message)
        sys.exit(exc.exit_code)
    _console().print(render_rules(selection.rules()))


if __name__ == "__main__":  # pragma: no cover
    main()
