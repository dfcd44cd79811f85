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
    from app.errors import DomainError
    from app.jobs.workflow import Status

    assert isinstance(services, Services)
    for key, value in (("sms.grace_seconds", "0"), ("sms.quiet_start", "00:00"),
                       ("sms.quiet_end", "00:00")):
        services.settings.set(SYSTEM, key, value)
    tech = services.users.authenticate("tech1", "demo1234")
    waiting = [r for r in services.listing.page(limit=200).rows
               if r.status == Status.RECEIVED]
    told = 0
    for row in waiting:
        if told == 3:
            break
        try:
            services.messages.resend(SYSTEM, row.id, "received")
        except DomainError:  # a demo customer who said no to SMS
            continue
        told += 1
        version = services.jobs.get(row.id).version
        services.jobs.change_status(tech, row.id, Status.DIAGNOSING, version)
    dispatcher = services.dispatcher()
    dispatcher.run_once()
    dispatcher.close()


def regular_customer(services: object) -> int:
    """A customer who has been to the shop more than once, for the customer card."""
    from app.bootstrap import Services

    assert isinstance(services, Services)
    rows = services.listing.page(limit=400).rows
    seen: dict[str, int] = {}
    for row in rows:
        seen[row.customer_mobile] = seen.get(row.customer_mobile, 0) + 1
    mobile = max(seen, key=lambda m: seen[m])
    found = services.customers.find_by_mobile(mobile)
    assert found is not None
    return found


def main(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.bootstrap import build
    from app.demo import DEMO_PASSWORD
    from app.jobs.workflow import Status
    from build_scripts.translations import build as build_translations
    from ui.shell.desk import Desk
    from ui.shell.i18n import apply_language
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    build_translations()
    services = build(f"sqlite:///{tempfile.mkdtemp()}/demo.db", migrate="always")
    services.load_demo(jobs=400)
    messages_through_the_console(services)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        widget.resize(1366, 768)  # the laptop screen many shops have
        widget.show()
        settle(app)
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
                if key == "customers":
                    window.customers.open_customer(regular_customer(services))
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


def settle(app: object, seconds: float = 1.5) -> None:
    """Let the screens' background reads arrive (they run off the UI thread) before a picture."""
    import time

    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images"
    for path in main(target):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
