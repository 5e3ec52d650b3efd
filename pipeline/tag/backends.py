"""NER backends: our embedded model (default), DaCy's models when installed, or any spaCy pipeline.

Nothing here downloads: a DaCy model must already be in DaCy's cache (or be passed as a directory).
Every failure is a :class:`NERBackendError` whose message says exactly what to do.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

# DaCy's released pipelines (see DaCy's documentation, "dacy.models()").
DACY_MODELS = {
    "dacy-small": "da_dacy_small_trf-0.2.0",
    "dacy-medium": "da_dacy_medium_trf-0.2.0",
    "dacy-large": "da_dacy_large_trf-0.2.0",
}


class NERBackendError(Exception):
    """The NER backend asked for cannot be loaded; the message says how to get it."""


def _dacy_help(ner: str) -> str:
    name = DACY_MODELS[ner]
    return (
        f'--ner {ner} needs DaCy and its model {name}: pip install "dkcouncil[dacy]", then fetch the model once '
        f"on a machine with network access: python -c \"import dacy; dacy.load('{name}')\" "
        "(or pass the model's directory with --ner PATH)"
    )


def resolve_model_path(ner: str) -> Path | str:
    """What ``spacy.load`` loads for ``ner``: a directory, or a DaCy model's cached directory."""
    if ner == "default":
        from dkcouncil.models import default_model_path

        path = default_model_path()
        if not (path / "config.cfg").exists():
            raise NERBackendError(
                f"the embedded NER model is missing from this installation ({path}); reinstall dkcouncil"
            )
        return path
    if ner in DACY_MODELS:
        try:
            import dacy
        except ImportError as exc:
            raise NERBackendError(_dacy_help(ner)) from exc
        path = Path(dacy.where_is_my_dacy()) / DACY_MODELS[ner]
        if not path.exists():
            raise NERBackendError(
                f"DaCy is installed but its model is not on this machine ({path}). " + _dacy_help(ner)
            )
        return path
    path = Path(ner)
    if not path.is_dir():
        raise NERBackendError(
            f"--ner {ner}: no such spaCy pipeline directory; use default, dacy-small, dacy-medium, dacy-large "
            "or the directory of a trained spaCy pipeline (one with a config.cfg)"
        )
    if not (path / "config.cfg").exists():
        raise NERBackendError(f"--ner {ner}: the directory has no config.cfg, so it is not a spaCy pipeline")
    return path


def load_ner(ner: str) -> Language:
    """The spaCy pipeline for ``ner``, with everything but its NER disabled for speed."""
    path = resolve_model_path(ner)
    try:
        if ner in DACY_MODELS:
            import dacy

            nlp = dacy.load(DACY_MODELS[ner])
        else:
            nlp = spacy.load(path)
    except Exception as exc:  # a broken or incompatible pipeline must not crash the run
        raise NERBackendError(f"--ner {ner}: the pipeline at {path} could not be loaded: {exc}") from exc
    if "ner" not in nlp.pipe_names:
        raise NERBackendError(f"--ner {ner}: the pipeline at {path} has no 'ner' component")
    # Components that never set entities cost time for nothing; entity rulers and the like stay.
    idle = {
        "tagger",
        "parser",
        "morphologizer",
        "lemmatizer",
        "trainable_lemmatizer",
        "attribute_ruler",
        "senter",
        "textcat",
        "textcat_multilabel",
        "coref",
        "span_resolver",
        "span_cleaner",
    }
    for name in nlp.pipe_names:
        if name in idle:
            nlp.disable_pipe(name)
    return nlp


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0.0.0')}"
