"""Language knowledge quotecheck works from: data only, no logic.

Every table says where it comes from. Tests load these tables; the extraction stages read them and
never hard-code a word of their own.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Quotation marks
#
# From Unicode's General Punctuation block (U+2018..U+201F) and Latin-1 (U+00AB, U+00BB), with
# the conventions of English, German and French typesetting as described in the Chicago Manual of
# Style (6.9, 11.24) and Duden's punctuation rules. ``OPENERS`` maps an opening mark to the closing
# marks that may end it. A mark may open in one convention and close in another (“ opens in
# English and closes in German), so the pairing code decides from context, not from this table
# alone.
# ---------------------------------------------------------------------------------------------

#: Marks of the double family. Straight ``"`` is both; context decides.
DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb')
#: Marks of the single family. Straight ``'`` is normally an apostrophe.
SINGLE_MARKS = frozenset("'\u2018\u2019\u201a\u201b\u2039\u203a")

OPENERS: dict[str, frozenset[str]] = {
    '"': frozenset('"\u201d\u201c'),  # straight, also closed by a curly mark (a common slip)
    "\u201c": frozenset('\u201d"\u201c'),  # “ … ” English; “ … “ is a typo we still pair
    "\u201e": frozenset('\u201c\u201d"'),  # „ … “ German, „ … ” Polish / Romanian
    "\u201f": frozenset('\u201d"'),
    "\u00ab": frozenset("\u00bb"),  # « … » French, Russian
    "\u00bb": frozenset("\u00ab"),  # » … « German, Danish
    "\u2018": frozenset("\u2019"),  # ‘ … ’
    "\u201a": frozenset("\u2018\u2019"),  # ‚ … ‘ German single
    "\u201b": frozenset("\u2019"),
    "\u2039": frozenset("\u203a"),  # ‹ … ›
    "\u203a": frozenset("\u2039"),  # › … ‹
    "\u300c": frozenset("\u300d"),  # 「 … 」
    "\u300e": frozenset("\u300f"),  # 『 … 』
}

#: Two-character marks of older typesetting: ``…'' (PTB, LaTeX) and NYT's ''…''.
DIGRAPH_OPENERS: dict[str, frozenset[str]] = {
    "``": frozenset({"''"}),
    "''": frozenset({"''"}),
}

#: Every character that can be part of a quotation mark.
QUOTE_CHARS = frozenset("".join(OPENERS)) | frozenset('"\u201d\u2019\u00bb\u00ab\u300d\u300f`')
