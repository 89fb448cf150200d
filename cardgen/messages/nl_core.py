"""Dutch for the messages of errors.py, write.py, stopping.py, pipeline.py, jobs.py and the commands."""
from __future__ import annotations

NL_CORE: dict[str, str] = {
    # errors.py
    "{n} errors, nothing written": "{n} fouten, niets geschreven",
    "1 error, nothing written": "1 fout, niets geschreven",
    "shorten it": "maak het korter",
    "has a word wider than its line": "heeft een woord dat breder is dan de regel",
    "runs over by {mm:.1f} mm": "loopt {mm:.1f} mm over",
    "does not fit": "past niet",
    "{what} {how} even at the floor size {floor:g} pt": "{what} {how}, ook op de kleinste grootte {floor:g} pt",
}
NL_CORE.update({
    # cli.py
    "warning: {text}": "waarschuwing: {text}",
    "--strict: {n} warnings": "--strict: {n} waarschuwingen",
    "--strict: 1 warning": "--strict: 1 waarschuwing",
})
NL_CORE.update({
    # pipeline.py: the kinds, as messages name them
    "deck": "kaartenset", "method": "methode", "guide": "gids", "agenda": "agenda", "form": "formulier",
    "certificate": "certificaat", "schedule": "rooster",
})
