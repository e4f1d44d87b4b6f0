from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "cms.forums"
    label = "forums"
    verbose_name = "Diễn đàn góp ý"

    def ready(self):
        # Signal receivers connect when imported; Django's documented place is ready().
        from . import signals  # noqa: F401
