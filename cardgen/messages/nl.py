"""Every message cardgen says, in Dutch: English template -> Dutch template, the same placeholders.

One table per part of the code (`nl_*.py`), merged here; a template in two tables says the same in both.
"""
from __future__ import annotations

from .nl_commands import NL_COMMANDS
from .nl_core import NL_CORE
from .nl_kinds import NL_KINDS
from .nl_layout import NL_LAYOUT
from .nl_load import NL_LOAD

NL: dict[str, str] = {**NL_CORE, **NL_LOAD, **NL_LAYOUT, **NL_KINDS, **NL_COMMANDS}
