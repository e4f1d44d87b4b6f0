"""Login throttling with django-axes (issue 17): settings in cms/settings/base.py.

Two limits within the cool-off (AXES_COOLOFF_TIME): AXES_FAILURE_LIMIT wrong
passwords for one account from one address, and LOGIN_FAILURE_LIMIT_PER_ADDRESS
from one address whatever the account (someone trying many names). Axes has a
single limit for all its lockout parameters, and one limit of 5 per address
would lock a whole newsroom behind one public address after a few typos; so the
handler scales the per-address count onto that single limit. The account alone
is never locked: a stranger mistyping the editor's name cannot keep the editor out."""

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render


class NewsroomAxesHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        # One queryset per entry of AXES_LOCKOUT_PARAMETERS: [["username", "ip_address"], "ip_address"].
        totals = [
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        ]
        if len(totals) != 2:
            return max(totals, default=0)
        per_account_and_address, per_address = totals
        limit = get_failure_limit(request, credentials)
        # Reaches `limit` exactly when the address reaches its own, higher limit.
        return max(per_account_and_address, per_address * limit // settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS)


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the login form while locked (HTTP 429), in Vietnamese."""
    cool_off = get_cool_off(request) or timedelta(0)
    context = {
        "username": get_client_username(request, credentials) or "",
        "failure_limit": get_failure_limit(request, credentials),
        "address_limit": settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS,
        "cool_off_minutes": max(1, round(cool_off.total_seconds() / 60)),
    }
    return render(request, "core/login_locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
