"""Ingest: paths, folders and URLs in, :class:`~warta.types.RawDocument` out.

One reader per format, chosen by content as well as by suffix. A bad input becomes a
:class:`~warta.types.Failure` naming it and the reason; the other inputs go on.
"""

from warta.ingest.files import read_sources

__all__ = ["read_sources"]
