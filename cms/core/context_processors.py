from .models import OutletSettings
from .themes import current_theme


def outlet(request):
    """The outlet's settings and theme, for the masthead and footer."""
    if request.path.startswith("/admin/"):
        return {}
    return {"outlet": OutletSettings.for_request(request), "theme": current_theme.get()}
