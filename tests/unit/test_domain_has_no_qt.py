import subprocess
import sys


def test_app_and_db_never_load_pyside6() -> None:
    code = (
        "import sys, importlib, pkgutil, app, db\n"
        "for pkg in (app, db):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name and not m.name.endswith('__main__'):\n"
        "            importlib.import_module(m.name)\n"
        "loaded = [n for n in sys.modules if n.startswith('PySide6')]\n"
        "print(len([n for n in sys.modules if n.startswith(('app.', 'db.'))]))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 15  # the walk really imported the modules
