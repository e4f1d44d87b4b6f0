"""Every model of the other apps the importer writes into, imported here only: when
an app moves (e.g. comments out of cms.forums), this is the one file to change."""

from wagtail.contrib.redirects.models import Redirect  # noqa: F401
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site  # noqa: F401

from cms.comments.models import APPROVED, PENDING, Comment  # noqa: F401
from cms.core.models import OutletSettings, PageViews  # noqa: F401
from cms.core.page_cache import purge_all  # noqa: F401
from cms.core.restrictions import restriction_memo  # noqa: F401
from cms.core.text import fold_vietnamese, vn_slugify  # noqa: F401
from cms.directives.kinds import KINDS  # noqa: F401
from cms.directives.models import (  # noqa: F401
    DirectiveFile,
    DirectiveIndexPage,
    DirectivePage,
    DirectiveRelation,
    Issuer,
)
from cms.directives.numbers import NumberError, kinds_for_code, parse_number  # noqa: F401
from cms.news.models import ArticleAttachment, ArticleAuthor, ArticlePage, Author, ColumnPage, HomePage  # noqa: F401
from cms.search import service as search_service  # noqa: F401

Image = get_image_model()
Document = get_document_model()
