"""Text a person typed, shown in its own direction: a Persian SMS in the English desk reads
right to left, an English note in the Persian desk left to right, its final period where it
belongs. The direction comes from the text's first strong character (UAX #9, P2–P3); text with
none (a mobile, an amount) keeps the direction of the view it is in.

    table.setItemDelegateForColumn(BODY, TextDirectionDelegate(table))   # one column
    list_widget.setItemDelegate(TextDirectionDelegate(list_widget))      # a whole list
    show_paragraph(label, note)                                          # a label
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem

from app.locale.text import paragraph_direction

DIRECTIONS = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The text's own direction, or None when it has no strong character."""
    found = paragraph_direction(text)
    return DIRECTIONS[found] if found else None


class TextDirectionDelegate(QStyledItemDelegate):
    """Draws each item's text in the direction of its own text. The style mirrors the item's
    alignment by that direction too, so a paragraph starts at its own side of the cell."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is not None:
            option.direction = direction


def show_paragraph(label: QLabel, text: str) -> None:
    """A label with a person's text in it (a job's problem, a note), laid out in the text's
    own direction and starting at its own side; text without a strong character follows the
    window."""
    label.setText(text)
    direction = text_direction(text)
    if direction is None:
        label.unsetLayoutDirection()
    else:
        label.setLayoutDirection(direction)
