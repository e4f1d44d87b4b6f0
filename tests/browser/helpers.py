"""Helpers shared by the browser tests."""

import re

from tests.factories import TEST_PASSWORD


def log_in(page, base_url, username, password=TEST_PASSWORD):
    page.goto(base_url + "/admin/login/")
    form = page.locator("form.login-form")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
