"""chronist's exceptions, numbered so that a user can look an error up.

    ChronistError
     ├── ConfigError          C1xx  bad settings
     ├── LexiconError         L1xx  a lexicon file is malformed (file, line, reason)
     ├── InputError           I1xx  one input item cannot become an article
     │    (empty, binary, too large, no text, unsupported language, bad record)
     ├── CoderError           M1xx  a plugged-in coder's model or endpoint fails
     └── StoreError           S1xx  the database refuses (schema too new, locked)

An ``InputError`` concerns one item: the batch reports it and goes on.
"""

from __future__ import annotations


class ChronistError(Exception):
    """Base class of every error chronist raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ConfigError(ChronistError):
    code = "C100"


class LexiconError(ChronistError):
    code = "L100"


class StoreError(ChronistError):
    code = "S100"


class CoderError(ChronistError):
    """A plugged-in coder cannot work at all (its endpoint is down, it answers with errors)."""

    code = "M100"


class InputError(ChronistError):
    """One input item could not be turned into an article; ``reason`` is a one-line slug."""

    code = "I100"
    reason = "unreadable"

    def __init__(self, message: str, *, origin: str = "") -> None:
        super().__init__(message)
        self.origin = origin


class EmptyInput(InputError):
    code, reason = "I101", "empty"


class BinaryInput(InputError):
    code, reason = "I102", "binary"


class TooLarge(InputError):
    code, reason = "I103", "too-large"


class NoText(InputError):
    code, reason = "I104", "no-text"


class UnsupportedLanguage(InputError):
    code, reason = "I105", "unsupported-language"


class BadRecord(InputError):
    code, reason = "I106", "bad-record"


class NotHtml(InputError):
    code, reason = "I107", "not-html"
