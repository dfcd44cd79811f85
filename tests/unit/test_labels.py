from app.jobs.workflow import Status
from app.locale.labels import STATUS, status_label


def test_every_status_has_a_name_in_both_languages() -> None:
    for lang in ("fa", "en"):
        assert set(STATUS[lang]) == {s.value for s in Status}
    assert status_label(Status.READY, "fa") == "آمادهٔ تحویل"
    assert status_label("waiting_parts", "en") == "Waiting for parts"
