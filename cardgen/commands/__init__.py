"""The command line, one module per command: each a small click function over the library.

`cardgen/cli.py` is the group; it imports these modules, which import the pipeline
and its dependencies (pydantic, reportlab) only inside the command functions, so
`cardgen --help` stays quick.
"""
