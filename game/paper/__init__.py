"""The print-and-play kit (``fenleiqi print-kit``): the board as a poster, question and sorting
cards, the rules, an answer key, a score sheet, a die and tokens, in one PDF drawn with fpdf2.

A front end like the terminal and the window: it draws the shared presentation (the board's look,
the pictograms, the words) and never imports either of them, nor pygame or rich.
"""
