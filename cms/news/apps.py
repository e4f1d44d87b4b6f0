from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "cms.news"
    label = "news"
    verbose_name = "Tin bài"

    def ready(self):
        from . import signals  # noqa: F401
