"""Builds the reader stylesheet, site/static/css/site.css, from its components.

    make css        (or: python site/build_css.py)

The sources are site/static/css/components/*.css, one file a component, joined in
the order of their names (the number in front keeps the cascade order). The
result is committed and served as it is: one stylesheet request per page, no
Node, nothing to build when the project is cloned, collected and Brotli-compressed
by collectstatic like any other static file. tests/static/test_css_bundle.py
fails when the committed file is not what this script makes from the sources.

The output is minified (comments and white space dropped, one top-level rule a
line): fewer bytes for readers, and a generated file that is not a second copy
of the sources line by line. Strings are copied untouched; white space is only
removed where CSS never needs it (around { } ; , and after :), so a descendant
combinator before a pseudo-class (`.a :focus`) and the spaces in calc() stay.
"""

import sys
from pathlib import Path

CSS_DIR = Path(__file__).resolve().parent / "static" / "css"
COMPONENTS = CSS_DIR / "components"
BUNDLE = CSS_DIR / "site.css"
HEADER = "/* Tòa Soạn reader stylesheet. Built by `make css` from css/components/*.css: edit those, not this file. */\n"

NO_SPACE_AROUND = "{};,"
NO_SPACE_AFTER = ":"


def minify(css):
    """CSS without comments and needless white space, a newline after each top-level rule."""
    out = []
    depth = 0
    pending_space = False
    i, n = 0, len(css)
    while i < n:
        char = css[i]
        if char in "\"'":  # a string, copied as it is (escapes included)
            end = i + 1
            while end < n and css[end] != char:
                end += 2 if css[end] == "\\" else 1
            if pending_space and out and out[-1][-1:] not in NO_SPACE_AROUND + NO_SPACE_AFTER + "\n":
                out.append(" ")
            pending_space = False
            out.append(css[i : end + 1])
            i = end + 1
            continue
        if css.startswith("/*", i):
            end = css.find("*/", i + 2)
            i = n if end < 0 else end + 2
            pending_space = True  # a comment separates tokens like white space does
            continue
        if char.isspace():
            pending_space = True
            i += 1
            continue
        if char in NO_SPACE_AROUND:
            pending_space = False
            if char == "}" and out and out[-1] == ";":
                out.pop()  # the last declaration needs no semicolon
            out.append(char)
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    out.append("\n")
            i += 1
            continue
        if pending_space and out and out[-1][-1:] not in NO_SPACE_AROUND + NO_SPACE_AFTER + "\n":
            out.append(" ")
        pending_space = False
        out.append(char)
        i += 1
    return "".join(out).strip() + "\n"


def sources():
    return sorted(COMPONENTS.glob("*.css"))


def build():
    """The bundle's text, made from the component files."""
    return HEADER + "".join(minify(path.read_text(encoding="utf-8")) for path in sources())


def main():
    text = build()
    if BUNDLE.exists() and BUNDLE.read_text(encoding="utf-8") == text:
        print(f"{BUNDLE.relative_to(Path.cwd()) if BUNDLE.is_relative_to(Path.cwd()) else BUNDLE}: up to date")
        return 0
    BUNDLE.write_text(text, encoding="utf-8")
    print(f"{BUNDLE}: {len(sources())} components, {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
