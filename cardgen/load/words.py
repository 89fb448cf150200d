"""The words of the libraries cardgen reads files with (PyYAML, Python, Pillow) for what is wrong with a file,
as messages, so that they are said in the run's language; words not listed here are said as the library says them."""
from __future__ import annotations

import re

from ..messages import msg

# PyYAML's words for a syntax error (its context and its problem).
_YAML_WORDS = (
    (r"while parsing a block mapping", lambda: msg("while parsing a block mapping")),
    (r"while parsing a block collection", lambda: msg("while parsing a block collection")),
    (r"while parsing a flow mapping", lambda: msg("while parsing a flow mapping")),
    (r"while parsing a flow sequence", lambda: msg("while parsing a flow sequence")),
    (r"while parsing a flow node", lambda: msg("while parsing a flow node")),
    (r"while parsing a block node", lambda: msg("while parsing a block node")),
    (r"while parsing a node", lambda: msg("while parsing a node")),
    (r"while scanning a simple key", lambda: msg("while scanning a simple key")),
    (r"while scanning a quoted scalar", lambda: msg("while scanning a quoted scalar")),
    (r"while scanning a double-quoted scalar", lambda: msg("while scanning a double-quoted scalar")),
    (r"while scanning a plain scalar", lambda: msg("while scanning a plain scalar")),
    (r"while scanning a block scalar", lambda: msg("while scanning a block scalar")),
    (r"while scanning an alias", lambda: msg("while scanning an alias")),
    (r"while scanning an anchor", lambda: msg("while scanning an anchor")),
    (r"while scanning a tag", lambda: msg("while scanning a tag")),
    (r"while scanning for the next token", lambda: msg("while scanning for the next token")),
    (r"while constructing a mapping", lambda: msg("while constructing a mapping")),
    (r"expected <block end>, but found (.+)",
     lambda found: msg("expected <block end>, but found {found}", found=found)),
    (r"expected ',' or '\}', but got (.+)", lambda found: msg("expected ',' or '}}', but got {found}", found=found)),
    (r"expected ',' or '\]', but got (.+)", lambda found: msg("expected ',' or ']', but got {found}", found=found)),
    (r"expected the node content, but found (.+)",
     lambda found: msg("expected the node content, but found {found}", found=found)),
    (r"expected alphabetic or numeric character, but found (.+)",
     lambda found: msg("expected alphabetic or numeric character, but found {found}", found=found)),
    (r"expected a comment or a line break, but found (.+)",
     lambda found: msg("expected a comment or a line break, but found {found}", found=found)),
    (r"expected chomping or indentation indicators, but found (.+)",
     lambda found: msg("expected chomping or indentation indicators, but found {found}", found=found)),
    (r"expected ' ', but found (.+)", lambda found: msg("expected ' ', but found {found}", found=found)),
    (r"could not find expected ':'", lambda: msg("could not find expected ':'")),
    (r"mapping values are not allowed here", lambda: msg("mapping values are not allowed here")),
    (r"mapping keys are not allowed here", lambda: msg("mapping keys are not allowed here")),
    (r"sequence entries are not allowed here", lambda: msg("sequence entries are not allowed here")),
    (r"found character (.+) that cannot start any token",
     lambda found: msg("found character {found} that cannot start any token", found=found)),
    (r"found unexpected end of stream", lambda: msg("found unexpected end of stream")),
    (r"found unexpected document separator", lambda: msg("found unexpected document separator")),
    (r"found undefined alias (.+)", lambda found: msg("found undefined alias {found}", found=found)),
    (r"found unknown escape character (.+)", lambda found: msg("found unknown escape character {found}", found=found)),
    (r"found duplicate anchor (.+); first occurrence",
     lambda found: msg("found duplicate anchor {found}; first occurrence", found=found)),
    (r"second occurrence", lambda: msg("second occurrence")),
    (r"invalid indentation or unclosed '\[' or '\{'", lambda: msg("invalid indentation or unclosed '[' or '{{'")),
    (r"expected a single document in the stream", lambda: msg("expected a single document in the stream")),
    (r"but found another document", lambda: msg("but found another document")),
    (r"could not determine a constructor for the tag (.+)",
     lambda tag: msg("could not determine a constructor for the tag {tag}", tag=tag)),
    (r"expected a mapping node, but found (\w+)",
     lambda found: msg("expected a mapping node, but found {found}", found=found)),
    (r"expected a sequence node, but found (\w+)",
     lambda found: msg("expected a sequence node, but found {found}", found=found)),
)
# Python's words for a value it cannot make (a date, a whole number).
_PYTHON_WORDS = (
    (r"day is out of range for month", lambda: msg("day is out of range for month")),
    (r"month must be in 1\.\.12", lambda: msg("month must be in 1..12")),
    (r"hour must be in 0\.\.23", lambda: msg("hour must be in 0..23")),
    (r"minute must be in 0\.\.59", lambda: msg("minute must be in 0..59")),
    (r"second must be in 0\.\.59", lambda: msg("second must be in 0..59")),
    (r"year (-?\d+) is out of range", lambda year: msg("year {year} is out of range", year=year)),
    (r"Exceeds the limit \((\d+) digits\) for integer string conversion: value has (\d+) digits",
     lambda most, n: msg("Exceeds the limit ({most} digits) for integer string conversion: value has {n} digits",
                         most=most, n=n)),
    (r"invalid literal for int\(\) with base 10: (.+)",
     lambda value: msg("invalid literal for int() with base 10: {value}", value=value)),
    (r"could not convert string to float: (.+)",
     lambda value: msg("could not convert string to float: {value}", value=value)),
)

# Pillow's words for a damaged image.
_PILLOW_WORDS = (
    (r"image file is truncated \((\d+) bytes not processed\)",
     lambda n: msg("image file is truncated ({n} bytes not processed)", n=n)),
    (r"image file is truncated", lambda: msg("image file is truncated")),
    (r"truncated PNG file", lambda: msg("truncated PNG file")),
    (r"broken data stream when reading image file", lambda: msg("broken data stream when reading image file")),
    (r"image was incomplete", lambda: msg("image was incomplete")),
)


def known_words(text: str, table) -> str:
    """`text` as the message of the first (pattern, maker) in `table` that matches it whole, else as it is."""
    for pattern, made in table:
        match = re.fullmatch(pattern, text, re.DOTALL)
        if match:
            return made(*match.groups())
    return text


def yaml_words(text: str) -> str:
    """PyYAML's words for a syntax error (`exc.context`, `exc.problem`) as a message, when they are known."""
    return known_words(text, _YAML_WORDS)


def python_words(text: str) -> str:
    """Python's words for a value it cannot make (a date, a number) as a message, when they are known."""
    return known_words(text, _PYTHON_WORDS)


def pillow_words(text: str) -> str:
    """Pillow's words for a damaged image as a message, when they are known."""
    return known_words(text, _PILLOW_WORDS)
