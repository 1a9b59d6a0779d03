"""An event noun delivered by a passive verb ("undangan itu disampaikan oleh X"): X made the invitation."""

from __future__ import annotations

import pytest
from event_helpers import build, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Undangan kepada Presiden Vietnam untuk hadir di KTT itu juga disampaikan langsung oleh Perdana Menteri "
         "Jepang lewat sambungan telepon.", ("AGREE", "JPN", "VNM")),
        ("Permintaan kepada Thailand untuk menghentikan serangan disampaikan oleh Duta Besar Kamboja di New York.",
         ("REQUEST", "KHM", "THA")),
        ("Undangan itu disampaikan langsung oleh Perdana Menteri (PM) Jepang kepada Presiden Vietnam.",
         ("AGREE", "JPN", "VNM")),
        ("Desakan kepada Israel agar membuka akses bantuan disampaikan secara langsung oleh Menteri Luar Negeri Mesir.",
         ("REQUEST", "EGY", "ISR")),
    ],
)  # fmt: skip
def test_event_frames_delivered_agent_is_the_source(text: str, expected: tuple[str, str, str]) -> None:
    found = triples(build(text))
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the passive verb belongs to a relative clause inside the content, not to the noun
        ("Serangan Israel dilakukan untuk menghalau ancaman yang ditimbulkan oleh pasukan Iran.",
         ("ASSAULT", "IRN", "ISR")),
        # the noun has a verb of its own before the passive
        ("Permintaan Ukraina membuat rencana itu dibatalkan oleh Jerman.", ("REQUEST", "DEU", "UKR")),
    ],
)  # fmt: skip
def test_event_frames_delivered_needs_the_nouns_own_passive(text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(build(text))
