from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "cms.forums"
    label = "forums"
    verbose_name = "Bình luận và diễn đàn"

    def ready(self):
        from . import signals  # noqa: F401
