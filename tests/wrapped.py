"""Text hard-wrapped as a mail client wraps it, for the tests of wrapped input."""

from __future__ import annotations


def mail_wrap(text: str, width: int) -> str:
    """``text`` hard-wrapped at ``width`` the way a mail client does it, by making spaces line
    breaks: the same length, so every offset means the same in both."""
    chars = list(text)
    column, space = 0, None
    for i, char in enumerate(text):
        if char == "\n":
            column, space = 0, None
            continue
        if char == " ":
            space = i
        column += 1
        if column > width and space is not None:
            chars[space] = "\n"
            column, space = i - space, None
    return "".join(chars)
