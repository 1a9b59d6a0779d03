"""warta's error tree. Every error names its source and the reason, with a short code.

    WartaError                      (code, source, reason)
    ├── InputError                  the input cannot become an article
    │   ├── UnreadableFile          [E101] missing, unreadable, a folder with nothing in it
    │   ├── UnsupportedFormat       [E102] binary or a format no reader knows
    │   ├── EncodingError           [E103] bytes that decode in no supported encoding
    │   ├── EmptyArticle            [E104] empty input, or no article text found in it
    │   ├── TooLarge                [E105] over the size limit
    │   ├── BrokenRecord            [E106] a JSON Lines line, WARC record or feed entry that is malformed
    │   └── FetchError              [E107] a URL that could not be fetched
    ├── ConfigError
    │   ├── UnknownImplementation   [E201] a registry name nobody registered
    │   ├── MissingExtra            [E202] an optional dependency is not installed
    │   └── PipelineOrderError      [E203] a stage needs a layer no earlier stage provides
    └── StoreError                  [E301] the database refused or is unreachable

Article-level doubts (an unbalanced quote mark, an unresolvable date) are not errors: they
become :class:`warta.types.Problem` entries on the analysis.
"""

from __future__ import annotations


class WartaError(Exception):
    code = "E000"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: [{self.code}] {reason}")


class InputError(WartaError):
    code = "E100"


class UnreadableFile(InputError):
    code = "E101"


class UnsupportedFormat(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class EmptyArticle(InputError):
    code = "E104"


class TooLarge(InputError):
    code = "E105"


class BrokenRecord(InputError):
    code = "E106"


class FetchError(InputError):
    code = "E107"


class ConfigError(WartaError):
    code = "E200"


class UnknownImplementation(ConfigError):
    code = "E201"


class MissingExtra(ConfigError):
    code = "E202"


class PipelineOrderError(ConfigError):
    code = "E203"


class StoreError(WartaError):
    code = "E301"
