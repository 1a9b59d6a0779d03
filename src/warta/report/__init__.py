"""Outputs over the store: timelines, briefings (Markdown, HTML, JSON) and exports."""
