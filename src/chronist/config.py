"""One options object for the whole pipeline, with defaults that ship in the package.

The defaults live in ``defaults.toml`` beside this module; ``settings()`` describes each one
(name, default, help) so that the CLI, the docs and the tests read them from one place.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Options", "Setting", "load_options", "settings"]


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


def _package_defaults() -> dict[str, Any]:
    text = resources.files("chronist").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


_HELP = {
    "languages": "languages the coder supports; others are reported as failed",
    "max_document_bytes": "documents larger than this are refused",
    "min_text_chars": "clean text shorter than this is not an article",
    "min_lang_confidence": "below this language-id confidence the article is flagged",
    "geocode": "resolve event places against GeoNames",
    "coder": "'rules', 'llm' (an OpenAI-compatible endpoint) or 'module:factory' (docs/plugins.md)",
    "batch_size": "articles per store transaction",
}


def _settings() -> tuple[Setting, ...]:
    defaults = _package_defaults()
    return tuple(Setting(name, value, _HELP.get(name, "")) for name, value in defaults.items())


@lru_cache(maxsize=1)
def settings() -> tuple[Setting, ...]:
    """Every setting with its shipped default and help (for the CLI, the docs and the tests)."""
    return _settings()


@dataclass(frozen=True, slots=True)
class Options:
    languages: tuple[str, ...] = ("de", "en")
    max_document_bytes: int = 10_000_000
    min_text_chars: int = 40
    min_lang_confidence: float = 0.5
    geocode: bool = True
    coder: str = "rules"
    batch_size: int = 50
    lexicon_dir: Path | None = None  # None: the lexicons shipped in the package
    extra: dict[str, Any] = field(default_factory=dict)

    def replace(self, **changes: Any) -> Options:
        return dataclasses.replace(self, **changes)


def _coerce(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"setting {name!r} must be true or false, not {value!r}")
        return value
    if isinstance(default, int | float) and not isinstance(value, int | float):
        raise ConfigError(f"setting {name!r} must be a number, not {value!r}")
    if isinstance(default, tuple | list):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"setting {name!r} must be a list of strings")
        return tuple(value)
    return value


def load_options(path: str | Path | None = None, **overrides: Any) -> Options:
    """Package defaults, then the TOML file at ``path``, then keyword overrides."""
    values: dict[str, Any] = dict(_package_defaults())
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {path}: {exc}") from exc
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name: f for f in dataclasses.fields(Options)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    base = Options()
    kwargs = {k: _coerce(k, v, getattr(base, k)) if k not in ("lexicon_dir", "extra") else v
              for k, v in values.items()}
    if kwargs.get("lexicon_dir") is not None:
        kwargs["lexicon_dir"] = Path(kwargs["lexicon_dir"])
    return Options(**kwargs)
