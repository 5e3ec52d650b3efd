"""dkcouncil: Danish council documents to validated JSON records.

The stages, one package each, in the order the data flows:
read -> repair -> segment -> tag -> emit; batch runs them over corpora.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dkcouncil")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
