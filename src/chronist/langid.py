"""Language identification behind one small interface.

The default detector is CLD2 (pycld2): fast and right on short German sentences. A user
with another detector passes any object with a ``detect(text) -> (lang, confidence)``.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["LanguageDetector", "Cld2Detector", "detect_language"]


class LanguageDetector(Protocol):
    def detect(self, text: str) -> tuple[str | None, float]:
        """ISO 639-1 code (or None when unknown) and a confidence in [0, 1]."""
        ...


class Cld2Detector:
    def detect(self, text: str) -> tuple[str | None, float]:
        import pycld2

        sample = text[:20000]
        try:
            reliable, _, details = pycld2.detect(sample)
        except pycld2.error:
            # CLD2 rejects some invalid code points; retry on the printable part
            cleaned = "".join(ch for ch in sample if ch.isprintable() or ch in "\n\t")
            reliable, _, details = pycld2.detect(cleaned.encode("utf-8", "ignore").decode("utf-8"))
        name, code, percent, _score = details[0]
        if code in ("un", "xx") or name == "Unknown":
            return None, 0.0
        confidence = percent / 100.0 if reliable else percent / 200.0
        return code, confidence


_DEFAULT = Cld2Detector()


def detect_language(text: str, detector: LanguageDetector | None = None) -> tuple[str | None, float]:
    return (detector or _DEFAULT).detect(text)
