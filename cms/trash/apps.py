from django.apps import AppConfig


class TrashConfig(AppConfig):
    name = "cms.trash"
    label = "trash"
    verbose_name = "Thùng rác"
