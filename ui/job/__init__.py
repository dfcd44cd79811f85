"""The job detail screen, for reception and the technician's bench."""

from ui.job.job_window import JobWindow

__all__ = ["JobWindow"]
