"""Exceptions for problems with the *call*: a missing file, a bad option, no model.

A problem in the *article* (an unclosed quote, a quote with no speaker) is never an exception: it
is a finding in the report. Every message here is one line a user can act on; the CLI prints it and
exits with ``exit_code``.
"""

from __future__ import annotations


def one_line(message: str) -> str:
    """``message`` as one line: each line break in it (one in a file name, a record's id or a
    value quoted from the input) is written out as Python writes it ("new\\nline.txt"), so
    that a message never runs over two lines and two names stay apart."""
    # str.splitlines knows every line break: "\n", "\r", "\v", "\f", "\x1c".."\x1e", "\x85",
    # "\u2028", "\u2029"; a character that is one splits into no line of its own.
    return "".join(c.encode("unicode_escape").decode("ascii") if c.splitlines() != [c] else c for c in message)


class QuotecheckError(Exception):
    """Base class: one-line message, and the exit code the CLI should use."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ModelNotFound(QuotecheckError):
    """No spaCy pipeline could be loaded."""


class InputError(QuotecheckError):
    """Input that cannot be read as an article: missing, unreadable, binary, badly encoded."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source
        self.reason = one_line(message)


class RecordError(InputError):
    """A bad record in a JSONL batch; carries its line number."""

    def __init__(self, message: str, *, source: str | None = None, line: int) -> None:
        where = f"{source}:{line}" if source else f"line {line}"
        QuotecheckError.__init__(self, f"{where}: {message}")
        self.source = source
        self.reason = one_line(message)
        self.line = line


class ConfigError(QuotecheckError):
    """A configuration file or option that quotecheck cannot use."""
