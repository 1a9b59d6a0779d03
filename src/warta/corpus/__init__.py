"""Corpus work over the store: near-duplicates, stories, fused events, claims, and the
library functions behind ``warta ingest``, ``warta stories``, ``warta brief`` and friends.

The algorithms (:mod:`dedup`, :mod:`stories`, :mod:`fusion`, :mod:`claims`) are pure
functions over plain records; :mod:`update` feeds them from the store and writes back.
"""
