"""Customer care: the survey after delivery, recovery of the unhappy customer, complaints,
proactive warnings (issue 14, see ../shared/CRM.md)."""
