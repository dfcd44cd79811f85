"""The building blocks of a paper. A block cuts itself into pieces of known height, so a
paper flows over pages (A5, A4) or sets the length of a thermal roll (80 mm) from them.
"""

from app.printing.blocks.base import GUTTER, Block, Drawn, Piece, Style
from app.printing.blocks.codes import Codes
from app.printing.blocks.fields import Fields
from app.printing.blocks.forms import Checklist, NoteLines, Signatures
from app.printing.blocks.header import Header
from app.printing.blocks.pattern import UnlockPattern
from app.printing.blocks.table import Column, Table
from app.printing.blocks.text import Paragraph, Rule, Space, Stretch

__all__ = [
    "GUTTER",
    "Block",
    "Checklist",
    "Codes",
    "Column",
    "Drawn",
    "Fields",
    "Header",
    "NoteLines",
    "Paragraph",
    "Piece",
    "Rule",
    "Signatures",
    "Space",
    "Stretch",
    "Style",
    "Table",
    "UnlockPattern",
]
