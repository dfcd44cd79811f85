"""The job sheet prints a passcode only for a login that can open it, and says in words why
not otherwise."""

from __future__ import annotations

from pathlib import Path

from app.auth.roles import SYSTEM, Role
from app.bootstrap import Services
from app.printing.service import PaperService
from tests.db.printing.conftest import page_texts, squeeze
from tests.factories import intake_request, user


def test_the_sheet_says_hidden_in_words_to_a_login_without_the_key(
        services: Services, workstation_home: Path) -> None:
    papers = PaperService(services.jobs, services.settings)
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request(passcode="917364", pattern="1-2-3-6-9"))
    for who, lang in ((SYSTEM, "en"), (SYSTEM, "fa")):  # the console: no login, no key
        text = squeeze("".join(page_texts(papers.prepare(who, job.id, "sheet",
                                                         lang=lang).pdf)))
        assert "917364" not in text and "۹۱۷۳۶۴" not in text
        words = ("does not hold the passcode key" if lang == "en"
                 else "کلید رمزها را ندارد")
        assert squeeze(words) in text
    tech = user(services, Role.TECHNICIAN)
    shown = squeeze("".join(page_texts(papers.prepare(tech, job.id, "sheet").pdf)))
    assert "۹۱۷۳۶۴" in shown
