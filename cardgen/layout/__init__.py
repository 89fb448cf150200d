"""Layout stage: geometry as plain numbers (points), free of reportlab.

Everything here can be tested without drawing: units, named boxes resolved
against a card size, sheet imposition and cut marks, hyphenation.
"""
