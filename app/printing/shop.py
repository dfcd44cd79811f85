"""The shop as its papers show it, read once from the shared settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ShopInfo:
    name: str
    phone: str = ""
    address: str = ""
    currency: str = "toman"
    timezone: str = "Asia/Tehran"
    language: str = "fa"
    terms_fa: str = ""
    terms_en: str = ""
    logo: Path | None = None
    amount_in_words: bool = True

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> ShopInfo:
        logo = Path(values["shop.logo"]) if values.get("shop.logo") else None
        return cls(name=values["shop.name"], phone=values.get("shop.phone", ""),
                   address=values.get("shop.address", ""),
                   currency=values.get("shop.currency", "toman"),
                   timezone=values.get("shop.timezone", "Asia/Tehran"),
                   language=values.get("shop.language", "fa"),
                   terms_fa=values.get("receipt.terms.fa", ""),
                   terms_en=values.get("receipt.terms.en", ""),
                   logo=logo if logo and logo.is_file() else None,
                   amount_in_words=values.get("papers.amount_in_words", "yes") == "yes")

    def terms(self, lang: str) -> str:
        return self.terms_fa if lang == "fa" else self.terms_en
