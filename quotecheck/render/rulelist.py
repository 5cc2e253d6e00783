"""The rules of the citation checker for the terminal: id, severity, summary, then the help."""

from __future__ import annotations

from typing import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from ..rules import Rule
from .terminal import SEVERITY_MARK, SEVERITY_STYLE


def render_rules(rules: Sequence[Rule]) -> RenderableType:
    """Each rule as a heading line and its help, indented, in id order."""
    parts: list[RenderableType] = []
    for rule in rules:
        head = Text()
        head.append(f"{rule.id} ", style="bold")
        head.append(f"{SEVERITY_MARK.get(rule.severity, '•')} {rule.severity:<7} ", style=SEVERITY_STYLE.get(rule.severity, ""))
        head.append(rule.summary, style="bold")
        parts.append(head)
        for paragraph in rule.help.split("\n\n"):
            parts.append(Padding(Text(" ".join(paragraph.split())), (0, 0, 0, 2)))
        parts.append(Text())
    return Group(*parts)
