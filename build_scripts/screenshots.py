"""Pictures of the desk's main screens in Persian and English for the README, made from a
fresh demo shop so they always show the current app.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build_scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TAMIRGAH_HOME"] = tempfile.mkdtemp(prefix="tamirgah-shots-")


def messages_through_the_console(services: object) -> None:
    """A few jobs taken in and moved through the real services, their SMS sent through the
    console gateway, so the messages screen has something to show."""
    from app.auth.roles import SYSTEM
    from app.bootstrap import Services
    from app.jobs.workflow import Status
    from app.notify.dispatcher import Dispatcher
    from tests.factories import intake_request

    assert isinstance(services, Services)
    for key, value in (("sms.grace_seconds", "0"), ("sms.quiet_start", "00:00"),
                       ("sms.quiet_end", "00:00")):
        services.settings.set(SYSTEM, key, value)
    reception = services.users.authenticate("reception", "demo1234")
    tech = services.users.authenticate("tech1", "demo1234")
    for seed in (1, 2, 3):
        job = services.jobs.intake(reception, intake_request(seed))
        services.jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    dispatcher = Dispatcher(services.db)
    dispatcher.run_once()
    dispatcher.close()


def main(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.bootstrap import build
    from app.demo import DEMO_PASSWORD, load_demo
    from app.jobs.workflow import Status
    from build_scripts.translations import build as build_translations
    from ui.desk import Desk
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    build_translations()
    services = build(f"sqlite:///{tempfile.mkdtemp()}/demo.db", migrate="always")
    load_demo(services.db, jobs=400)
    messages_through_the_console(services)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        widget.resize(1280, 800)
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    for lang in ("fa", "en"):
        apply_language(app, lang)
        calendar = "jalali" if lang == "fa" else "gregorian"
        for username in ("manager",):
            actor = services.users.authenticate(username, DEMO_PASSWORD)
            window = MainWindow(Desk(services, actor, lang, calendar, demo=True))
            for key, page in window.pages:
                window.nav.setCurrentRow(window.stack.indexOf(page))
                shoot(window, f"desk_{key}_{lang}")
            busy = next(r for r in services.listing.page(limit=200).rows
                        if r.status == Status.AWAITING_APPROVAL)
            window.open_job(busy.id)
            shoot(window.job_windows[busy.id], f"desk_job_{lang}")
            for job_window in list(window.job_windows.values()):
                job_window.close()
            window.close()
    apply_language(app, "en")
    services.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images"
    for path in main(target):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
