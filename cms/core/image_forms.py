"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): every image is decoded in
full before it is accepted.

Wagtail checks the header (format, size, WAGTAILIMAGES_MAX_IMAGE_PIXELS; its messages
are translated in cms/locale/vi). A file cut short in transfer still has a whole
header, is accepted, and fails later, when a rendition is made on a public page.
Decoding it here costs at most the pixel limit's memory, once, at upload.
"""

import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

CORRUPT_IMAGE_MESSAGE = (
    "Tệp ảnh bị hỏng hoặc không đầy đủ (có thể chưa tải xong): hãy mở ảnh trên máy, lưu lại rồi tải lên lại."
)


def check_image_decodes(file):
    """Raise ValidationError unless Pillow decodes every pixel of `file`.

    PIL's ImageFile.LOAD_TRUNCATED_IMAGES must stay False (the default) for this to
    catch files cut short."""
    position = file.tell() if hasattr(file, "tell") else None
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(file) as image:
                image.load()
    except (
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        PILImage.DecompressionBombWarning,
        PILImage.DecompressionBombError,
    ):
        raise ValidationError(CORRUPT_IMAGE_MESSAGE, code="corrupt_image") from None
    finally:
        file.seek(position or 0)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, whose checks may themselves fail on a damaged file
    (Willow decodes some formats to measure them): any such failure, and any file
    that does not decode in full, is a validation error, not a 500."""

    def to_python(self, data):
        self.check_header_pixels(data)
        try:
            file = super().to_python(data)
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, PILImage.DecompressionBombError):
            raise ValidationError(CORRUPT_IMAGE_MESSAGE, code="corrupt_image") from None
        # SVG is not a raster Pillow can decode.
        if file is not None and getattr(getattr(file, "image", None), "format_name", "") != "svg":
            check_image_decodes(file)
        return file

    def check_header_pixels(self, data):
        """Refuse an image with too many pixels from its header alone. Wagtail's own
        check asks Willow, which decodes the whole image first: ~700 MB for a small
        PNG of 179 million pixels (the most Pillow opens) before saying no."""
        if not self.max_image_pixels or not hasattr(data, "read"):
            return
        try:
            data.seek(0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as image:  # reads the header only
                    width, height = image.size
        except PILImage.DecompressionBombError:
            width = height = None
        except Exception:  # noqa: BLE001 - not something Pillow knows (SVG…): Wagtail's checks decide
            return
        finally:
            data.seek(0)
        if width is None or width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": width * height if width else _("unknown number"),
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            decoded = DecodedImageField(label=field.label, required=field.required, widget=field.widget)
            decoded.help_text = field.help_text
            self.fields["file"] = decoded
