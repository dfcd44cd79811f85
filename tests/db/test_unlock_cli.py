"""The console says what the desk says: the passcode only to a login that can open it, and the
manager's list of refused logins."""

from __future__ import annotations

from pathlib import Path

from app.auth.roles import Role
from app.bootstrap import build
from tests.e2e.test_cli import tamirgah
from tests.factories import intake_request, user

PASSCODE = "Wq5512-zT"


def test_show_reads_the_unlock_only_for_a_reader_and_failed_logins_lists_refusals(
        db_url: str, tmp_path: Path) -> None:
    services = build(db_url, migrate="never")
    try:
        user(services, Role.TECHNICIAN, "reza")
        desk = user(services, Role.RECEPTION, "sara")
        job = services.jobs.intake(desk, intake_request(passcode=PASSCODE, pattern="1-2-3-6"))
    finally:
        services.close()

    def show(*extra: str, stdin: str = "") -> tuple[int, str]:
        result = tamirgah("--database", db_url, "show", job.number, *extra, home=tmp_path,
                          stdin=stdin)
        return result.returncode, result.stdout + result.stderr

    code, out = show()
    assert code == 0 and "unlock: on record, hidden (add --user" in out and PASSCODE not in out
    code, out = show("--user", "sara", "--password-stdin", stdin="secret-1\n")
    assert code == 0 and "hidden (a reception may not read it)" in out and PASSCODE not in out
    code, out = show("--user", "reza", "--password-stdin", stdin="secret-1\n")
    assert code == 0 and f"unlock: passcode {PASSCODE}  pattern 1-2-3-6" in out
    code, out = show("--user", "reza", "--password-stdin", stdin="nope\n")
    assert code == 2 and "tamirgah: Wrong username or password" in out and PASSCODE not in out

    listed = tamirgah("--database", db_url, "user", "failed-logins", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 1 and "reza" in lines[0] and "wrong password" in lines[0]
