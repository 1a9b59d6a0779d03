"""Fast regular expressions for long lists of literal phrases.

``re`` tries the branches of ``a|b|c|...`` one after another at every position, so a flat
alternation of a hundred phrases costs a hundred failed comparisons per character of text.
Folded into a trie (``menteri(?: luar negeri| pertahanan)?``) a position costs one
comparison per character it shares with some phrase.

At one position every phrase that matches is a prefix of the same stretch of text, and the
trie tries longer continuations before stopping, so the match is the longest phrase that
matches there: the same as a flat alternation sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # trie key marking that a phrase ends at this node


def longest_first(phrases: Iterable[str], ignore_case: bool = False, space: str | None = None) -> str:
    """A regex source matching the longest of ``phrases`` (literals) at a position.

    Equivalent to ``"|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))``;
    with ``space`` (for example ``r"\\s+"``) each space in a phrase stands for that regex.
    With ``ignore_case`` the pattern must be compiled with ``re.IGNORECASE``; phrases are
    folded before building the trie so that case variants share one branch (a branch chosen
    for its case could otherwise hide a longer phrase spelled in another case).
    """
    words = set(phrases)
    if ignore_case:
        if not all(w.isascii() for w in words):  # regex case folding beyond ASCII is not str.lower
            return "|".join(_escape(w, space) for w in sorted(words, key=len, reverse=True))
        words = {w.lower() for w in words}
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _source(trie, space) if trie else "(?!)"


def _escape(text: str, space: str | None) -> str:
    escaped = re.escape(text)
    return escaped.replace(r"\ ", space) if space is not None else escaped


def _source(node: dict[str, dict], space: str | None) -> str:  # type: ignore[type-arg]
    """The regex of a trie node: its branches, optional when a phrase may also end here."""
    branches = [_escape(char, space) + _source(child, space) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if _END in node else body
