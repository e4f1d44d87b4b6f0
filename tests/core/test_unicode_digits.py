"""Digits that are not 0-9 ('²', '١٢', full-width '１２'): str.isdigit() says yes, int() may
say no. Every place that reads a number from a URL must answer 4xx or ignore them, never 500."""

import pytest

from tests.factories import make_directive, make_library, make_registry

pytestmark = pytest.mark.django_db

ODD_DIGITS = ["²", "١٢", "１２", "2⁰²³"]


@pytest.fixture
def shelf(outlet):
    library = make_library(outlet)
    make_directive(library)
    make_registry(outlet)
    return library


@pytest.mark.parametrize("value", ODD_DIGITS)
@pytest.mark.parametrize(
    "url, name, ok_statuses",
    [
        ("/van-ban/", "year", {200}),
        ("/dien-hinh/", "year", {200}),
        ("/api/v2/pages/?type=directives.DirectivePage", "year", {400}),
        ("/api/v2/pages/?type=directives.DirectivePage", "issuer", {200}),
        ("/api/search/?q=chi+thi", "page", {400}),
        ("/api/search/?q=chi+thi", "year", {200}),
        ("/api/search/?q=chi+thi", "site", {400}),
        ("/tim-kiem/?q=chi+thi", "page", {200}),
        ("/tim-kiem/?q=chi+thi", "year", {200}),
    ],
)
def test_odd_digits_never_cause_a_500(client, shelf, url, name, value, ok_statuses):
    joiner = "&" if "?" in url else "?"
    response = client.get(f"{url}{joiner}{name}={value}")
    assert response.status_code in ok_statuses
