"""Load stage: YAML files with the line and column of every value, and templates on a search path."""
