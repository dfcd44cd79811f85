"""The desk's writes, one small keyword-only function each, grouped by area as Anki's
`operations/` are. Each returns an `Operation` (ui/shell/tasks.py): the service call, to run
off the UI thread with `run_operation`, and the `Changes` it makes, which the desk's hub
announces so the main window reads again only the screens that show them.

    run_operation(jobs.add_note(desk=desk, job_id=7, text="Called", customer_visible=False),
                  parent=self, on_done=..., on_error=...)
"""
