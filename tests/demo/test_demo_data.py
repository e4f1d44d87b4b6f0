"""The demo content is data (cms/demo/data/*.yaml): every shipped file passes its rules,
a bad file stops `load_demo` with the file and the entry named and nothing written,
relative dates are read as offsets, and the demo code keeps its layers."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.demo import content
from cms.demo.common import age_range, offset_days
from cms.demo.validate import DemoDataError, Invalid

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "cms" / "demo"


def read_fresh(data_dir=None):
    """content.load without its per-process cache."""
    return content.load.__wrapped__(data_dir)


@pytest.fixture
def data_copy(tmp_path):
    """A copy of the shipped data files, to break one of them."""
    target = tmp_path / "data"
    shutil.copytree(content.DATA_DIR, target)
    return target


def edit(path, change):
    with open(path, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    change(raw)
    with open(path, "w", encoding="utf-8") as handle:
        yaml.safe_dump(raw, handle, allow_unicode=True, sort_keys=False, width=100)


def test_every_shipped_file_passes_its_rules_with_the_demo_counts():
    data = read_fresh()
    assert set(content.FILES) == {path.stem for path in content.DATA_DIR.glob("*.yaml")}
    assert len(data.outlets) == 2
    assert sum(1 + len(column.get("children", ())) for columns in data.columns.values() for column in columns) == 11
    assert len(data.articles) == 81
    assert sum(article.outlet == "district" for article in data.articles) == 17
    assert len(data.directives["directives"]) == 22
    assert len(data.exemplars["exemplars"]) == 14
    assert len(data.exemplars["nominations"]) == 4
    assert {"open", "closed", "upcoming"} <= set(data.forums)
    # Relative dates are read at load time: a range for the fresh articles, an offset for a directive.
    assert sum(article.age == (0.03, 0.9) for article in data.articles) >= 5
    signed = next(d for d in data.directives["directives"] if d["number"] == "3120/QĐ-UBND")
    assert (signed["issued"], signed["effective_from"]) == (-9, 21)


def test_shipped_files_are_readable_utf8_without_escaped_diacritics():
    for path in content.DATA_DIR.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "\\u" not in text and "\\x" not in text, path.name
    assert "Chủ động ứng phó triều cường" in (content.DATA_DIR / "articles.yaml").read_text(encoding="utf-8")


def test_a_missing_field_names_the_file_and_the_entry(data_copy):
    edit(data_copy / "articles.yaml", lambda raw: raw["articles"][11].pop("column"))
    title = yaml.safe_load((data_copy / "articles.yaml").read_text(encoding="utf-8"))["articles"][11]["title"]
    with pytest.raises(DemoDataError) as error:
        read_fresh(data_copy)
    message = str(error.value)
    assert message.startswith(f"{data_copy / 'articles.yaml'}, articles › mục 12 (")
    assert title[:40] in message
    assert message.endswith(': thiếu trường "column"')


def test_wrong_types_unknown_fields_and_bad_references_are_named(data_copy):
    edit(data_copy / "comments.yaml", lambda raw: next(iter(raw["articles"].values()))[0].update(at="sáng nay"))
    with pytest.raises(DemoDataError, match=r'comments\.yaml, articles › "Chủ động.*" › mục 1 \("Trần Thị Ngọc Hân"\)'):
        read_fresh(data_copy)
    shutil.copy(content.DATA_DIR / "comments.yaml", data_copy / "comments.yaml")

    edit(data_copy / "directives.yaml", lambda raw: raw["directives"][3].update(signed_by="X"))
    with pytest.raises(
        DemoDataError, match=r'directives\.yaml, directives › mục 4 \("23-CT/TU"\): trường lạ "signed_by"'
    ):
        read_fresh(data_copy)
    shutil.copy(content.DATA_DIR / "directives.yaml", data_copy / "directives.yaml")

    edit(data_copy / "articles.yaml", lambda raw: raw["articles"][0].update(hero="khong-co-anh"))
    with pytest.raises(
        DemoDataError, match=r'articles › mục 1 \(.*\): không có ảnh \(media\.yaml hero_images\) "khong-co-anh"'
    ):
        read_fresh(data_copy)
    shutil.copy(content.DATA_DIR / "articles.yaml", data_copy / "articles.yaml")

    edit(data_copy / "articles.yaml", lambda raw: raw["articles"][0].update(published="hôm qua"))
    with pytest.raises(DemoDataError, match=r'mục 1 .*trường "published": cần thời điểm dạng "YYYY-MM-DD HH:MM"'):
        read_fresh(data_copy)


def test_an_article_named_by_title_elsewhere_must_exist(data_copy):
    # Without this check the load would stop half-way through, at the citations.
    def rename(raw):
        raw["citations"] = {f"{title} (sửa)": keys for title, keys in raw["citations"].items()}

    edit(data_copy / "directives.yaml", rename)
    with pytest.raises(DemoDataError, match=r'directives\.yaml, citations › ".* \(sửa\)": không có bài viết này'):
        read_fresh(data_copy)


def test_a_file_that_is_not_yaml_is_named_with_its_line(data_copy):
    (data_copy / "pools.yaml").write_text("pools:\n  thoi-su: [\n", encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"pools\.yaml, dòng \d+: không phải YAML hợp lệ"):
        read_fresh(data_copy)
    (data_copy / "site.yaml").unlink()
    with pytest.raises(DemoDataError, match=r"site\.yaml: không đọc được tệp"):
        read_fresh(data_copy)


@pytest.mark.django_db
def test_load_demo_with_a_bad_file_writes_nothing(data_copy, monkeypatch):
    # The last file read is broken: every other file has passed, still nothing is written.
    edit(data_copy / "forums.yaml", lambda raw: raw["closed"]["opinions"][2].pop("body"))
    monkeypatch.setattr(content, "DATA_DIR", data_copy)
    content.load.cache_clear()
    before = (Page.objects.count(), get_image_model().objects.count(), get_document_model().objects.count())
    try:
        with pytest.raises(CommandError) as error:
            call_command("load_demo", password="mat-khau-demo")
    finally:
        content.load.cache_clear()
    assert str(error.value).startswith("Dữ liệu mẫu không hợp lệ: ")
    assert 'forums.yaml, closed › trường "opinions" › mục 3 ("Trần Minh Khang"): thiếu trường "body"' in str(
        error.value
    )
    assert (Page.objects.count(), get_image_model().objects.count(), get_document_model().objects.count()) == before
    assert not User.objects.exists()


def test_relative_dates():
    assert offset_days("-2d") == -2
    assert offset_days("+21d") == 21
    assert offset_days("-3h") == pytest.approx(-0.125)
    assert offset_days("-90m") == pytest.approx(-90 / 1440)
    assert age_range("-0.03d..-0.9d") == (0.03, 0.9)
    assert age_range("-2d..-30d") == (2, 30)
    for bad in ("3 hours ago", "-2w", "", None):
        with pytest.raises(Invalid):
            offset_days(bad)
    with pytest.raises(Invalid):
        age_range("+1d..+2d")  # published in the future


def _demo_modules():
    return {path.stem: ast.parse(path.read_text(encoding="utf-8")) for path in DEMO.glob("*.py")}


def _demo_imports(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                names.add(node.module.split(".")[0])
            elif node.level == 1:
                names.update(alias.name for alias in node.names)
            elif (node.module or "").startswith("cms.demo."):
                names.add(node.module.split(".")[2])
    return names


def test_demo_modules_are_small_and_import_only_downwards():
    for path in DEMO.rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 500, path
    modules = _demo_modules()
    importers = {name for name, tree in modules.items() if "loader" in _demo_imports(tree)}
    assert importers == set(), importers  # only the management command calls the loader
    sections = {"directives", "exemplars", "forums"}
    for name in sections:
        assert not (_demo_imports(modules[name]) & sections), name
    for name in ("common", "content", "schema", "validate", "media", "bodies"):
        assert not (_demo_imports(modules[name]) & (sections | {"loader"})), name


def test_cms_demo_is_installed_everywhere_but_the_scaled_production_settings(tmp_path):
    script = (
        "import importlib, sys; "
        "print(*('cms.demo' in importlib.import_module('cms.settings.' + n).INSTALLED_APPS for n in sys.argv[1:]))"
    )
    names = ["production", "embedded", "dev", "test", "bench"]
    env = {**os.environ, "SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "toasoan.example.vn", "BENCH_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-c", script, *names], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True"]
