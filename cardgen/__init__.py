"""cardgen: compile YAML intervision content through layout templates into print-ready PDFs."""

__version__ = "0.1.0"
