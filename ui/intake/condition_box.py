"""The device as it came in: a checkbox per condition value, and the accessories left with it.

At most one value of an item is ticked; an item with none ticked was not checked, and is not
recorded. Names come from app/locale/intake_terms.py, like on the printed receipt.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit

from app.jobs.intake_checks import ACCESSORIES, CONDITION_ITEMS
from app.locale.intake_terms import accessory_name, condition_item_name, condition_value_name

ACCESSORY_COLUMNS = 5


class ConditionBox(QGroupBox):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.boxes: dict[str, list[tuple[Any, QCheckBox]]] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        for row, (item, values) in enumerate(CONDITION_ITEMS.items()):
            grid.addWidget(QLabel(condition_item_name(item, lang)), row, 0)
            self.boxes[item] = []
            for column, value in enumerate(values, start=1):
                box = QCheckBox(condition_value_name(value, lang))
                box.toggled.connect(lambda on, i=item, b=box: self._only_one(i, b, on))
                grid.addWidget(box, row, column)
                self.boxes[item].append((value, box))
        grid.setColumnStretch(len(max(CONDITION_ITEMS.values(), key=len)) + 1, 1)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Condition"))

    def _only_one(self, item: str, chosen: QCheckBox, on: bool) -> None:
        if on:
            for _, box in self.boxes[item]:
                if box is not chosen:
                    box.setChecked(False)

    def condition(self) -> dict[str, Any]:
        return {item: value for item, pairs in self.boxes.items()
                for value, box in pairs if box.isChecked()}

    def set_condition(self, condition: dict[str, Any]) -> None:
        for item, pairs in self.boxes.items():
            for value, box in pairs:
                box.setChecked(item in condition and condition[item] == value
                               and isinstance(condition[item], bool) == isinstance(value, bool))

    def reset(self) -> None:
        self.set_condition({})


class AccessoriesBox(QGroupBox):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.boxes = {key: QCheckBox(accessory_name(key, lang)) for key in ACCESSORIES}
        self.other = QLineEdit()
        self.other_label = QLabel()
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        for index, box in enumerate(self.boxes.values()):
            grid.addWidget(box, index // ACCESSORY_COLUMNS, index % ACCESSORY_COLUMNS)
        row = -(-len(self.boxes) // ACCESSORY_COLUMNS)  # the row after the last checkbox
        grid.addWidget(self.other_label, row, 0)
        grid.addWidget(self.other, row, 1, 1, ACCESSORY_COLUMNS - 1)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Accessories left with the device"))
        self.other_label.setText(self.tr("Other"))
        self.other.setPlaceholderText(self.tr("e.g. stylus tip, strap (separate with commas)"))

    def accessories(self) -> list[str]:
        typed = [part.strip() for part in re.split("[,،]", self.other.text())]
        return [key for key, box in self.boxes.items() if box.isChecked()] + \
            [part for part in typed if part]

    def reset(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.other.clear()
