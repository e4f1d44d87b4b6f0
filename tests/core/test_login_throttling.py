"""Login throttling (issue 17, finding 8): django-axes in front of Wagtail's admin login.

Runs with axes enabled exactly as in production (cms/settings/base.py); time moves
with time-machine, so the cool-off is the real one."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command

from tests.factories import TEST_PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
OFFICE = "203.0.113.7"
ELSEWHERE = "198.51.100.20"
NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
LOCKED = "Tạm khóa đăng nhập"


def attempt(client, username, password, address=OFFICE, **headers):
    client.logout()
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def editor(db):
    return make_user("bientap", is_superuser=True)


@pytest.fixture
def reporter(db):
    return make_user("phongvien", is_superuser=True)


def lock_out(client, username="bientap", address=OFFICE, **headers):
    for number in range(1, 6):
        response = attempt(client, username, "sai-mat-khau", address, **headers)
        assert response.status_code == (429 if number == 5 else 200), number
    return response


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editor, reporter, settings):
    assert settings.AXES_ENABLED and settings.AXES_FAILURE_LIMIT == 5
    fifth = lock_out(client)
    assert LOCKED in fifth.content.decode()

    # Now even the right password is refused, with the reason in Vietnamese.
    response = attempt(client, "bientap", TEST_PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert LOCKED in page
    assert "5 lần" in page and "15 phút" in page
    assert "quản trị viên" in page  # who can unlock it sooner
    assert not signed_in(client)

    # Another user from another address is unaffected...
    assert attempt(client, "phongvien", TEST_PASSWORD, ELSEWHERE).status_code == 302
    assert signed_in(client)
    # ...and so is the locked account from another address: a stranger cannot
    # lock the editor out of the newsroom by mistyping the editor's name.
    assert attempt(client, "bientap", TEST_PASSWORD, ELSEWHERE).status_code == 302
    assert signed_in(client)


def test_the_lock_ends_after_the_cool_off(client, editor, settings):
    with time_machine.travel(NOW, tick=False) as traveller:
        lock_out(client)
        traveller.shift(timedelta(minutes=14))
        assert attempt(client, "bientap", TEST_PASSWORD).status_code == 429  # does not restart the clock
        traveller.shift(timedelta(minutes=1, seconds=5))
        response = attempt(client, "bientap", TEST_PASSWORD)
        assert response.status_code == 302
        assert signed_in(client)


def test_an_administrator_unlocks_with_axes_reset(client, editor):
    lock_out(client)
    assert attempt(client, "bientap", TEST_PASSWORD).status_code == 429
    call_command("axes_reset_username", "bientap")
    assert attempt(client, "bientap", TEST_PASSWORD).status_code == 302
    assert signed_in(client)

    lock_out(client)
    call_command("axes_reset")  # every lock at once
    assert attempt(client, "bientap", TEST_PASSWORD).status_code == 302


def test_guessing_many_accounts_from_one_address_locks_that_address(client, editor, settings):
    limit = settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
    assert limit > settings.AXES_FAILURE_LIMIT  # a newsroom behind one address is not locked by a few typos
    for number in range(limit - 1):
        assert attempt(client, f"doan-ten-{number}", "sai").status_code == 200, number
    assert attempt(client, "doan-ten-cuoi", "sai").status_code == 429
    assert attempt(client, "bientap", TEST_PASSWORD).status_code == 429
    assert not signed_in(client)
    assert attempt(client, "bientap", TEST_PASSWORD, ELSEWHERE).status_code == 302


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, editor, settings):
    settings.TRUSTED_PROXY_HOPS = 1
    proxy = "10.0.0.2"
    lock_out(client, address=proxy, HTTP_X_FORWARDED_FOR=OFFICE)
    # A client cannot step out of the lock by adding its own X-Forwarded-For entry...
    spoofed = attempt(client, "bientap", TEST_PASSWORD, proxy, HTTP_X_FORWARDED_FOR=f"{ELSEWHERE}, {OFFICE}")
    assert spoofed.status_code == 429
    # ...while a colleague at another address, through the same proxy, signs in.
    assert attempt(client, "bientap", TEST_PASSWORD, proxy, HTTP_X_FORWARDED_FOR=ELSEWHERE).status_code == 302
