"""What cardgen says to its user, in the pack's language.

A message is made in English with `msg(template, **values)`: a `Msg` is the English text (a `str`, so it
prints, compares and is tested as before) that also keeps its template and values, so that `say(text)`
can put it into the language of the run. Values may be messages themselves (the part of a sentence that
says what a field expects); they are said in the same language. Each language but English has one table,
English template -> its translation with the same placeholders (`nl.py`); `tests/code/test_messages.py`
checks that every template in the code has its translation.

The language of the run: `CARDGEN_MESSAGES` (nl or en) when set, else `--lang`, else the pack's brand
(`language:`), else nl, cardgen's default language. A command sets it with `choose()` as soon as it knows.
"""
from __future__ import annotations

import logging
import os
import string
from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
ENV = "CARDGEN_MESSAGES"

_state: dict[str, str | None] = {"option": None, "pack": None}


class Msg(str):
    """English text that can be said again in another language."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> "Msg":
        self = super().__new__(cls, template.format(**values))
        self.template, self.values = template, values
        return self

    def __reduce__(self):  # across the build's process pool, as a message, not as its English text
        return _rebuild, (self.template, self.values)

    def said(self, lang: str) -> str:
        if lang == "en":
            return str.__str__(self)
        table = _tables().get(lang, {})
        template = table.get(self.template, self.template)
        values = {k: say(v, lang) if isinstance(v, Msg) else v for k, v in self.values.items()}
        return _DUTCH.vformat(template, (), values) if lang == "nl" else template.format(**values)


class _DutchNumbers(string.Formatter):
    """Numbers as Dutch writes them: a decimal comma and a thousands point (15,4 mm; 10.000 kaarten)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = text.translate(str.maketrans(",.", ".,"))
        return text


_DUTCH = _DutchNumbers()


class MessageError(ValueError):
    """An error whose argument is a message: str() gives the message itself, so that it can still be said in
    the run's language where it is reported."""

    def __str__(self) -> str:
        return self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else super().__str__()


def _rebuild(template: str, values: dict[str, Any]) -> Msg:
    return Msg(template, **values)


def msg(template: str, /, **values: Any) -> Msg:
    """A message: `template` in English with `{name}` placeholders, filled from `values`."""
    return Msg(template, **values)


def say(text: Any, lang: str | None = None) -> str:
    """`text` in the run's language (or in `lang`) where it can say itself (a `Msg`, a `Problem`); other text
    as it is."""
    said = getattr(text, "said", None)
    return said(lang or language()) if said is not None else str(text)


def logged(record: logging.LogRecord) -> Any:
    """What a warning was logged with (`log.warning("%s", problem)`), to be said in the run's language; the
    record's text when it was logged otherwise."""
    args = record.args if isinstance(record.args, tuple) else ()
    return args[0] if record.msg == "%s" and len(args) == 1 else record.getMessage()


def joined(parts: list, separator: Any = ", ") -> Any:
    """`parts` (messages or text) as one message, `separator` between them (a message itself where it is a
    word, such as msg(" or ")), each said in the run's language. Joined as a balanced tree, so that a
    thousand parts do not nest a thousand deep."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
    half = len(parts) // 2
    return msg("{first}{separator}{rest}", first=joined(parts[:half], separator), separator=separator,
               rest=joined(parts[half:], separator))


def choose(option: str | None = None, pack: str | None = None, reset: bool = False) -> None:
    """Remember the language given on the command line (`option`) or by the pack's brand (`pack`)."""
    if reset:
        _state.update(option=None, pack=None)
    if option is not None:
        _state["option"] = option
    if pack is not None:
        _state["pack"] = pack


def language() -> str:
    env = os.environ.get(ENV, "").strip().lower()
    if env in LANGUAGES:
        return env
    return _state["option"] or _state["pack"] or DEFAULT


def _tables() -> dict[str, dict[str, str]]:
    from .nl import NL

    return {"nl": NL}
