from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "cms.comments"
    label = "comments"
    verbose_name = "Bình luận"

    def ready(self):
        # Signal receivers connect when imported; Django's documented place is ready().
        from . import signals  # noqa: F401
