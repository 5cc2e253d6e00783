"""The citation checker: one small registered function per rule id.

Each rule reads a finished ``Report`` and yields ``Finding`` records. Rules never import spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .model import Finding, Report

RuleFn = Callable[[Report], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    summary: str
    fn: RuleFn


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, summary: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule function under a stable id."""

    def register(fn: RuleFn) -> RuleFn:
        REGISTRY[rule_id] = Rule(rule_id, severity, summary, fn)
        return fn

    return register


def check(report: Report) -> Iterator[Finding]:
    for rule_id in sorted(REGISTRY):
        yield from REGISTRY[rule_id].fn(report)
