"""The ``quotecheck`` command: thin click wrappers that own the Console and the exit code.

``quotecheck FILE...`` checks articles (the default command); ``quotecheck eval GOLD.jsonl``
scores the extractor; ``quotecheck rules`` lists the citation checker's rules; ``quotecheck spark
INPUT OUTPUT`` runs on Apache Spark (the ``spark`` extra, imported only then). Exit codes: 0 all
well, 1 a finding at or above ``--fail-on``, 2 a usage error or an input that could not be read.
"""

from __future__ import annotations

import sys
from typing import Any, Iterable, Iterator, Sequence

import click

from . import __version__
from .errors import QuotecheckError
from .inputs import INPUT_FORMATS, Problem, read_inputs
from .render import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _DefaultGroup(click.Group):
    """A group whose first argument, when it is not a command name, goes to ``check``."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        elif not args:
            args = [self.default_command]
        return super().parse_args(ctx, args)


def _console(*, stderr: bool = False, file: Any = None) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, file=file, highlight=False, soft_wrap=False)


def _fail(message: str) -> None:
    click.echo(f"quotecheck: error: {message}", err=True)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecheck")
def main() -> None:
    """Find who is quoted in news articles, through whom the words came, and what to check.

    \b
    quotecheck article.txt               readable report in the terminal
    quotecheck --format json article.txt stable JSON with character offsets
    quotecheck batch.jsonl               {"id", "text"} records in, one report per line out
    quotecheck eval gold.jsonl           precision and recall against gold annotations
    quotecheck spark IN.jsonl OUT        the same on Apache Spark, Parquet out
    quotecheck rules                     the citation checker's rules
    """


@main.command("check")
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default: table; jsonl for JSONL input).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="Write the output to this file instead of standard output.")
@click.option("--publisher", default=None, help="The article's own outlet (else read from its byline).")
@click.option("--model", default=None, envvar="QUOTECHECK_MODEL", help="spaCy pipeline to load (env QUOTECHECK_MODEL).")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True, help="How to read the inputs.")
@click.option("--include-text", is_flag=True, help="Put the article text in JSON output.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True, help="Articles per parser batch.")
def check(
    files: Sequence[str],
    fmt: str | None,
    output: str | None,
    publisher: str | None,
    model: str | None,
    input_format: str,
    include_text: bool,
    batch_size: int,
) -> None:
    """Check FILE... (``-`` for standard input): every quote, its speaker, chain and findings."""
    if not files:
        _fail("no input: give one or more files, a directory, or - for standard input")
        sys.exit(EXIT_USAGE)
    if fmt is None:
        fmt = "jsonl" if all(f.lower().endswith((".jsonl", ".ndjson")) for f in files) or input_format == "jsonl" else "table"
    if fmt in ("html", "markdown"):
        _fail(f"--format {fmt} is not available yet")
        sys.exit(EXIT_USAGE)

    state = {"problems": 0}

    def articles() -> Iterator[Any]:
        for item in read_inputs(files, input_format=input_format, publisher=publisher):
            if isinstance(item, Problem):
                state["problems"] += 1
                _fail(str(item.error))
                continue
            yield item

    try:
        from .models import load_model
        from .pipeline import analyze_stream

        stream = articles()
        first = next(stream, None)
        if first is None:
            sys.exit(EXIT_USAGE)
        nlp = load_model(model)

        def chained() -> Iterator[Any]:
            yield first
            yield from stream

        reports = analyze_stream(chained(), nlp=nlp, batch_size=batch_size)
        _emit(reports, fmt=fmt, output=output, include_text=include_text)
    except QuotecheckError as exc:
        _fail(exc.message)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
    sys.exit(EXIT_USAGE if state["problems"] else EXIT_OK)


def _emit(reports: Iterable[Any], *, fmt: str, output: str | None, include_text: bool) -> None:
    from .render import data

    handle = open(output, "w", encoding="utf-8") if output else None
    try:
        if fmt == "jsonl":
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
@click.option("--baseline", type=click.Choice(["textacy"]), default=None, help="Score a reference system instead of quotecheck.")
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
def rules_command() -> None:
    """List the citation checker's rules."""
    from rich.table import Table

    from .rules import REGISTRY

    table = Table(title="quotecheck rules", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("what it flags")
    for rule_id in sorted(REGISTRY):
        rule = REGISTRY[rule_id]
        table.add_row(rule.id, rule.severity, rule.summary)
    _console().print(table)


if __name__ == "__main__":  # pragma: no cover
    main()
