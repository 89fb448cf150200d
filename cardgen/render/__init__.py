"""Render stage: the only code that imports reportlab.

It takes laid-out items (numbers in points) and draws them; text is fitted
here because fitting needs the font metrics reportlab has.
"""
