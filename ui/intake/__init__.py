"""The reception intake screen."""
