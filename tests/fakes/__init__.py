"""Local stand-ins for the SMS providers' HTTP APIs (see base.py for the modes they know)."""
