"""The corpus functions behind the CLI, importable as plain Python.

    >>> from warta.corpus.library import ingest, stories, story, timeline, brief, export
"""

from warta.corpus.ingest import IngestReport, ingest
from warta.corpus.views import stories, story
from warta.report.briefing import brief
from warta.report.export import export
from warta.report.timeline import timeline

__all__ = ["IngestReport", "brief", "export", "ingest", "stories", "story", "timeline"]
