"""Our trained models, shipped as package data: the Danish NER pipeline (``da_council_ner/``, trained
from ``ner/config.cfg``) and the OCR confusion model of the repair stage (``ocr/``). See README.md."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_NER_NAME = "da_council_ner"


def default_model_path() -> Path:
    """The directory of the embedded NER pipeline, for ``spacy.load``: ``.../models/da_council_ner``."""
    return Path(str(files(__package__).joinpath(DEFAULT_NER_NAME)))
