"""Demo data: two years of a busy repair shop, for newcomers, tests and benchmarks."""

from app.demo.load import DEMO_PASSWORD, DemoSummary, DemoUser, load_demo

__all__ = ["DEMO_PASSWORD", "DemoSummary", "DemoUser", "load_demo"]
