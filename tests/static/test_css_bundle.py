"""The reader stylesheet is built from components (site/build_css.py, `make css`) and committed."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_css", ROOT / "site" / "build_css.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_bundle_is_built_from_the_components(builder):
    committed = builder.BUNDLE.read_text(encoding="utf-8")
    assert committed == builder.build(), "site/static/css/site.css is stale: run `make css` and commit it"


def test_bundle_is_one_request(builder):
    """No @import: readers get one render-blocking stylesheet, whatever the components."""
    assert len(builder.sources()) > 10
    assert "@import" not in builder.BUNDLE.read_text(encoding="utf-8")
    base = (ROOT / "site" / "templates" / "base.html").read_text(encoding="utf-8")
    blocking = [link for link in re.findall(r"<link [^>]*stylesheet[^>]*>", base) if 'media="print"' not in link]
    assert blocking == ['<link rel="stylesheet" href="{% static \'css/site.css\' %}">']


def test_every_component_ends_up_in_the_bundle(builder):
    bundle = builder.BUNDLE.read_text(encoding="utf-8")
    for path in builder.sources():
        for selector in re.findall(r"^([.#\w][^{}\n]*?)\s*\{", path.read_text(encoding="utf-8"), flags=re.M):
            assert selector.replace(", ", ",") in bundle, (path.name, selector)


@pytest.mark.parametrize(
    ("source", "minified"),
    [
        ("a {\n  color: red;\n}\n", "a{color:red}\n"),
        ("/* note */\n.a :focus-visible { outline: 0; }", ".a :focus-visible{outline:0}\n"),
        ('.x::after { content: " : { } /* kept */ "; }', '.x::after{content:" : { } /* kept */ "}\n'),
        ("p { width: calc(100% - 2 * var(--gap)); }", "p{width:calc(100% - 2 * var(--gap))}\n"),
        (
            "@media screen and (min-width: 768px) {\n  .a, .b { margin: 0 auto; }\n}\nb { c: d }",
            "@media screen and (min-width:768px){.a,.b{margin:0 auto}}\nb{c:d}\n",
        ),
        ("i { border-color: red !important; }", "i{border-color:red !important}\n"),
        ('q { quotes: \'\\201C\' "\\""; }', 'q{quotes:\'\\201C\' "\\""}\n'),
        ('input:not([type="checkbox"]) > b ~ i + s {}', 'input:not([type="checkbox"]) > b ~ i + s{}\n'),
    ],
)
def test_minify_keeps_meaning(builder, source, minified):
    assert builder.minify(source) == minified
