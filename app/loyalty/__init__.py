"""Loyalty: store credit as a ledger, the customer club, referral rewards (issue 15, see
../shared/CRM.md)."""
