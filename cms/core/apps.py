from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Nền tảng chung"

    def ready(self):
        from . import restrictions

        restrictions.install()
