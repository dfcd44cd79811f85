from app.customers.imei import normalize_imei
from app.customers.phone import normalize_phone
from app.errors import DomainError, ValidationError
from app.locale.text import isolate


def _error(fn, *args) -> DomainError:  # type: ignore[no-untyped-def]
    try:
        fn(*args)
    except DomainError as err:
        return err
    raise AssertionError("no error raised")


def test_errors_speak_persian_and_english() -> None:
    err = _error(normalize_phone, "0912-12")
    assert err.localized("en") == "'0912-12' is not a valid phone number"
    assert err.localized("fa") == f"شمارهٔ «{isolate('0912-12')}» معتبر نیست."
    imei = _error(normalize_imei, "490154203237519")
    assert "رقم کنترل" in imei.localized("fa")


def test_unknown_code_falls_back_to_english() -> None:
    err = ValidationError("Something odd", code="never_seen")
    assert err.localized("fa") == "Something odd"
