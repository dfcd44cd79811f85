"""The backup drill of issue 11: a writer acknowledges jobs while `tamirgah backup` is aimed at
the live database, then the database is checked.

    .venv/bin/python bench/drill_backup.py [SOURCE_TREE]

SOURCE_TREE is a checkout of Tamirgah (default: this one), so an older version can be drilled
with the same script: `git worktree add /tmp/old REV`, then pass /tmp/old. Prints, for each
spelling of the target, what `backup` answered, then the integrity check and how many
acknowledged jobs are missing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[1]).resolve()
    home = Path(tempfile.mkdtemp(prefix="drill-backup-"))
    env = dict(os.environ, PYTHONPATH=str(root), TAMIRGAH_HOME=str(home))
    cli = [sys.executable, "-m", "app.cli.commands"]
    subprocess.run([*cli, "config", "list"], cwd=root, env=env, capture_output=True, check=True)
    live = home / "tamirgah.db"
    writer = subprocess.Popen([sys.executable, str(root / "tests/e2e/crash_writer.py"),
                               f"sqlite:///{live}"], stdout=subprocess.PIPE, text=True,
                              cwd=root, env=env)
    assert writer.stdout is not None
    acknowledged = [writer.stdout.readline().strip() for _ in range(30)]
    for target in (live, home / "x" / ".." / "tamirgah.db", Path(f"{live}-wal")):
        done = subprocess.run([*cli, "backup", str(target)], cwd=root, env=env,
                              capture_output=True, text=True)
        said = done.stderr.strip().splitlines()[-1:] or ["(nothing)"]
        print(f"backup {target.name:>16}: exit {done.returncode}: {said[0][:100]}")
        acknowledged += [writer.stdout.readline().strip() for _ in range(60)]
    writer.terminate()
    writer.wait()
    acknowledged += [line.strip() for line in writer.stdout if line.strip()]
    with sqlite3.connect(live) as conn:
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            stored = {row[0] for row in conn.execute("SELECT number FROM jobs")}
        except sqlite3.DatabaseError as err:
            integrity, stored = f"fails: {err}", set()
    missing = len(set(acknowledged) - stored)
    print(f"integrity_check: {integrity}; jobs acknowledged {len(acknowledged)}, "
          f"missing {missing}")


if __name__ == "__main__":
    main()
