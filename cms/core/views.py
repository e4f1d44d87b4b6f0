from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    # No context processors here: the database may be what failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))
